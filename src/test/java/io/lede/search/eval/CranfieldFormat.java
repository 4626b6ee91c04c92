package io.lede.search.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Cranfield collection as distributed with the SMART system: {@code cran.all.1400} (documents), {@code cran.qry}
 * (queries) and {@code cranqrel} (judgments), in a folder.
 * <p>
 * Records start with {@code .I id}; fields with a line holding only {@code .T} (title), {@code .A} (authors, joined
 * by " and "), {@code .B} (bibliographic reference, not used) or {@code .W} (text). Queries have only {@code .W}.
 * <p>
 * The judgments number queries 1 to 225 in the order of the query file, not by the query file's own {@code .I}
 * (which skips numbers), so queries get their position as id. Judgment codes are Cleverdon's: 1 a complete answer,
 * 2 high relevance, 3 useful, 4 minimum interest; -1 (not described by the readme; 225 lines) is read as judged not
 * relevant, which for nDCG, MAP, P and recall is the same as not judged. Codes become trec_eval levels by
 * {@code level = 5 - code}: 4 for a complete answer down to 1 for minimum interest, so any code 1–4 is relevant and
 * nDCG gains grow with relevance.
 */
final class CranfieldFormat {

    static final String DOCUMENTS = "cran.all.1400";
    static final String QUERIES = "cran.qry";
    static final String JUDGMENTS = "cranqrel";

    private static final Pattern FIELD = Pattern.compile("^\\.([A-Z])\\s*(.*)$");
    private static final Pattern AUTHOR_SEPARATOR = Pattern.compile("\\s+and\\s+");

    private CranfieldFormat() {
    }

    static boolean recognises(Path dir) {
        return Files.exists(dir.resolve(DOCUMENTS)) && Files.exists(dir.resolve(QUERIES))
                && Files.exists(dir.resolve(JUDGMENTS));
    }

    static Collection read(Path dir) throws IOException {
        List<Collection.Document> documents = new ArrayList<>();
        for (Map<String, String> record : records(dir.resolve(DOCUMENTS))) {
            String authors = record.getOrDefault("A", "").replace('\n', ' ').strip();
            documents.add(new Collection.Document(record.get("I"),
                    record.getOrDefault("T", "").replace('\n', ' ').strip(),
                    record.getOrDefault("W", "").strip(),
                    authors.isEmpty() ? List.of() : Arrays.asList(AUTHOR_SEPARATOR.split(authors))));
        }
        List<Collection.Query> queries = new ArrayList<>();
        for (Map<String, String> record : records(dir.resolve(QUERIES))) {
            queries.add(new Collection.Query(Integer.toString(queries.size() + 1),
                    record.getOrDefault("W", "").replace('\n', ' ').strip()));
        }
        return new Collection("cranfield", documents, queries, judgments(dir.resolve(JUDGMENTS)));
    }

    /** Cleverdon's code (1 best … 4 least) as a trec_eval level (4 best … 1 least, 0 not relevant). */
    static int level(int code) {
        return code >= 1 && code <= 4 ? 5 - code : 0;
    }

    private static Qrels judgments(Path file) throws IOException {
        Map<String, Map<String, Integer>> judgments = new LinkedHashMap<>();
        int number = 0;
        for (String line : Files.readAllLines(file)) {
            number++;
            if (line.isBlank()) {
                continue;
            }
            String[] columns = line.strip().split("\\s+");
            if (columns.length != 3) {
                throw new IOException(file + " line " + number + ": expected query, document, code");
            }
            judgments.computeIfAbsent(columns[0], q -> new LinkedHashMap<>())
                    .put(columns[1], level(Integer.parseInt(columns[2])));
        }
        return new Qrels(judgments);
    }

    /** Each record's fields by their letter, {@code I} holding the record id; a field's lines joined by newlines. */
    private static List<Map<String, String>> records(Path file) throws IOException {
        List<Map<String, StringBuilder>> records = new ArrayList<>();
        StringBuilder field = null;
        for (String line : Files.readAllLines(file)) {
            Matcher marker = FIELD.matcher(line);
            if (marker.matches()) {
                String letter = marker.group(1);
                if (letter.equals("I")) {
                    Map<String, StringBuilder> record = new LinkedHashMap<>();
                    // "001" in the query file: ids are numbers
                    record.put("I", new StringBuilder(marker.group(2).strip().replaceFirst("^0+(?=.)", "")));
                    records.add(record);
                    field = null;
                    continue;
                }
                if (!records.isEmpty() && marker.group(2).isBlank()) {
                    field = records.get(records.size() - 1).computeIfAbsent(letter, l -> new StringBuilder());
                    continue;
                }
            }
            if (field != null) {
                if (!field.isEmpty()) {
                    field.append('\n');
                }
                field.append(line);
            }
        }
        List<Map<String, String>> result = new ArrayList<>();
        for (Map<String, StringBuilder> record : records) {
            Map<String, String> strings = new LinkedHashMap<>();
            record.forEach((letter, text) -> strings.put(letter, text.toString()));
            result.add(strings);
        }
        return result;
    }
}
