package io.lede.search.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Relevance judgments the way trec_eval reads them: per query, per judged document, an integer relevance level.
 * A level above 0 is relevant and is also the document's gain in nDCG; 0 or below is judged not relevant.
 * Formats with other codes (Cranfield: 1 best … 4 least) are converted to levels by their reader.
 */
public final class Qrels {

    private final Map<String, Map<String, Integer>> judgments;

    public Qrels(Map<String, Map<String, Integer>> judgments) {
        Map<String, Map<String, Integer>> copy = new LinkedHashMap<>();
        judgments.forEach((query, docs) -> copy.put(query, Collections.unmodifiableMap(new LinkedHashMap<>(docs))));
        this.judgments = Collections.unmodifiableMap(copy);
    }

    /**
     * Reads a TREC qrels file: {@code query iteration document relevance} per line, whitespace-separated (the
     * iteration column is ignored, as trec_eval does). A document judged twice for one query keeps its last level.
     */
    public static Qrels readTrec(Path file) throws IOException {
        Map<String, Map<String, Integer>> judgments = new LinkedHashMap<>();
        try (BufferedReader in = Files.newBufferedReader(file)) {
            String line;
            int number = 0;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                String[] columns = line.strip().split("\\s+");
                if (columns.length != 4) {
                    throw new IOException(file + " line " + number + ": expected 4 columns, got " + columns.length);
                }
                judgments.computeIfAbsent(columns[0], q -> new LinkedHashMap<>())
                        .put(columns[2], Integer.parseInt(columns[3]));
            }
        }
        return new Qrels(judgments);
    }

    /** The judged documents of a query and their levels (empty if the query has no judgments). */
    public Map<String, Integer> judged(String query) {
        return judgments.getOrDefault(query, Map.of());
    }

    /** The documents with a level above 0. */
    public Set<String> relevant(String query) {
        return judged(query).entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The level of a document, 0 if it is not judged. */
    public int level(String query, String document) {
        return judged(query).getOrDefault(document, 0);
    }

    public Set<String> queries() {
        return judgments.keySet();
    }

    /** Number of (query, document) judgments. */
    public int size() {
        return judgments.values().stream().mapToInt(Map::size).sum();
    }
}
