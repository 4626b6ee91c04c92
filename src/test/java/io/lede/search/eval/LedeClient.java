package io.lede.search.eval;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Lede as a client sees it: documents go in through {@code POST /api/articles/bulk}, rankings come out of
 * {@code GET /api/search}. Only waiting for indexing asks the search cluster (how many of the collection's articles
 * its index holds), since the API has no such question.
 * <p>
 * A document becomes an article with {@code externalId} = collection name, colon, document id (so that a
 * collection loaded into an instance holding other articles never overwrites them), {@code title}, {@code body}
 * and {@code authors}.
 */
final class LedeClient {

    /** The API's largest page: rankings are 100 deep. */
    static final int MAX_SIZE = 100;
    /** The index alias Hibernate Search reads through (index {@code articles}). */
    private static final String READ_ALIAS = "articles-read";
    private static final int BULK_LINES = 5_000;
    private static final int COUNT_BATCH = 10_000;
    private static final Duration NO_PROGRESS_TIMEOUT = Duration.ofMinutes(2);
    /** Characters that Lede's query syntax reads as operators: + | - " * ( ) and, not enabled but reserved, ~ \. */
    private static final Pattern OPERATORS = Pattern.compile("[+|\\-\"*()~\\\\]");

    record Loaded(int created, int updated, int failed, List<String> errors) {
    }

    private final Http http;
    private final String lede;
    private final String prefix;

    LedeClient(Http http, String ledeUrl, String collectionName) {
        this.http = http;
        this.lede = ledeUrl;
        this.prefix = collectionName + ":";
    }

    /** Posts the documents as NDJSON, {@value #BULK_LINES} lines a request. */
    Loaded load(List<Collection.Document> documents) throws IOException, InterruptedException {
        int created = 0;
        int updated = 0;
        int failed = 0;
        List<String> errors = new ArrayList<>();
        for (int from = 0; from < documents.size(); from += BULK_LINES) {
            List<Collection.Document> batch = documents.subList(from, Math.min(documents.size(), from + BULK_LINES));
            ByteArrayOutputStream ndjson = new ByteArrayOutputStream();
            for (Collection.Document document : batch) {
                Map<String, Object> article = new LinkedHashMap<>();
                article.put("externalId", prefix + document.id());
                article.put("title", document.title());
                article.put("body", document.body());
                article.put("authors", document.authors());
                // The collections measured are English, as a client loading its own archive would know. (Left to
                // detection, some short abstracts would get no language and be analysed without stemming.)
                article.put("language", "en");
                Http.JSON.writeValue(ndjson, article);
                ndjson.write('\n');
            }
            JsonNode result = http.send(Http.request(lede, "/api/articles/bulk")
                    .header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(ndjson.toByteArray()))
                    .build());
            created += result.path("created").asInt();
            updated += result.path("updated").asInt();
            failed += result.path("failed").asInt();
            for (JsonNode item : result.path("items")) {
                if (item.has("error")) {
                    errors.add(batch.get(item.path("line").asInt() - 1).id() + ": " + item.path("error").asText());
                }
            }
        }
        return new Loaded(created, updated, failed, errors);
    }

    /**
     * Waits until the search cluster's index holds {@code expected} of these documents' articles (Lede indexes
     * through an outbox, after acknowledging); fails when the count stops growing for two minutes.
     */
    void awaitIndexed(String openSearchUrl, List<Collection.Document> documents, int expected)
            throws IOException, InterruptedException {
        long last = -1;
        long progressAt = System.nanoTime();
        while (true) {
            long count = indexed(openSearchUrl, documents);
            if (count >= expected) {
                return;
            }
            if (count != last) {
                last = count;
                progressAt = System.nanoTime();
            } else if (System.nanoTime() - progressAt > NO_PROGRESS_TIMEOUT.toNanos()) {
                throw new IOException("Lede's index holds " + count + " of " + expected
                        + " articles and has not grown for " + NO_PROGRESS_TIMEOUT);
            }
            Thread.sleep(200);
        }
    }

    private long indexed(String openSearchUrl, List<Collection.Document> documents)
            throws IOException, InterruptedException {
        long count = 0;
        for (int from = 0; from < documents.size(); from += COUNT_BATCH) {
            List<String> ids = documents.subList(from, Math.min(documents.size(), from + COUNT_BATCH)).stream()
                    .map(d -> prefix + d.id()).toList();
            JsonNode result = http.send(Http.request(openSearchUrl, "/" + READ_ALIAS + "/_count")
                    .header("Content-Type", "application/json")
                    .POST(Http.json(Map.of("query", Map.of("terms", Map.of("externalId", ids)))))
                    .build());
            count += result.path("count").asLong();
        }
        return count;
    }

    /** Every article Lede shows (duplicates aside), from the API's browse mode. */
    long visibleArticles() throws IOException, InterruptedException {
        return http.send(Http.request(lede, "/api/search?size=1").GET().build()).path("total").path("value").asLong();
    }

    /** Query text with Lede's operator characters turned into spaces, so that only the words are searched. */
    static String plainWords(String query) {
        return OPERATORS.matcher(query).replaceAll(" ").replaceAll("\\s+", " ").strip();
    }

    /** The collection's document ids of the first {@code size} hits, best first (other articles are skipped). */
    List<String> search(String query, int size) throws IOException, InterruptedException {
        JsonNode result = http.send(Http.request(lede, "/api/search?size=" + size + "&q="
                + URLEncoder.encode(query, StandardCharsets.UTF_8)).GET().build());
        List<String> ids = new ArrayList<>();
        for (JsonNode hit : result.path("hits")) {
            String externalId = hit.path("externalId").asText("");
            if (externalId.startsWith(prefix)) {
                ids.add(externalId.substring(prefix.length()));
            }
        }
        return ids;
    }
}
