package io.lede.search.eval;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The reference ranking: plain BM25 (the engine's defaults, k1 = 1.2, b = 0.75) over the collection in its own
 * index, talking to OpenSearch directly. Title and body are {@code text} fields with the built-in {@code english}
 * analyzer; a query is a {@code multi_match} of its text over both (type {@code best_fields}, operator OR: the
 * better of the two fields' scores), the way Lucene BM25 baselines are usually run.
 */
final class Baseline {

    private static final int BULK_BATCH = 1_000;

    private final Http http;
    private final String openSearch;
    private final String index;

    Baseline(Http http, String openSearchUrl, String index) {
        this.http = http;
        this.openSearch = openSearchUrl;
        this.index = index;
    }

    String index() {
        return index;
    }

    /** Replaces the index with one holding these documents, searchable when this returns. */
    int load(List<Collection.Document> documents) throws IOException, InterruptedException {
        http.status(Http.request(openSearch, "/" + index).DELETE().build());
        Map<String, Object> text = Map.of("type", "text", "analyzer", "english");
        http.send(Http.request(openSearch, "/" + index)
                .header("Content-Type", "application/json")
                .PUT(Http.json(Map.of(
                        "settings", Map.of("number_of_shards", 1, "number_of_replicas", 0),
                        "mappings", Map.of("properties", Map.of("title", text, "body", text)))))
                .build());
        int indexed = 0;
        for (int from = 0; from < documents.size(); from += BULK_BATCH) {
            ByteArrayOutputStream bulk = new ByteArrayOutputStream();
            for (Collection.Document document : documents.subList(from, Math.min(documents.size(), from + BULK_BATCH))) {
                Http.JSON.writeValue(bulk, Map.of("index", Map.of("_id", document.id())));
                bulk.write('\n');
                Http.JSON.writeValue(bulk, Map.of("title", document.title(), "body", document.body()));
                bulk.write('\n');
            }
            JsonNode result = http.send(Http.request(openSearch, "/" + index + "/_bulk")
                    .header("Content-Type", "application/x-ndjson")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(bulk.toByteArray()))
                    .build());
            for (JsonNode item : result.path("items")) {
                JsonNode outcome = item.path("index");
                if (outcome.path("status").asInt() / 100 == 2) {
                    indexed++;
                } else {
                    System.err.println("BM25 index refused " + outcome.path("_id").asText() + ": " + outcome.path("error"));
                }
            }
        }
        http.send(Http.request(openSearch, "/" + index + "/_refresh").POST(HttpRequest.BodyPublishers.noBody()).build());
        return indexed;
    }

    /** The ids of the best {@code size} documents for the query text, best first. */
    List<String> search(String query, int size) throws IOException, InterruptedException {
        JsonNode result = http.send(Http.request(openSearch, "/" + index + "/_search")
                .header("Content-Type", "application/json")
                .POST(Http.json(Map.of(
                        "size", size,
                        "_source", false,
                        "query", Map.of("multi_match", Map.of("query", query, "fields", List.of("title", "body"))))))
                .build());
        List<String> ids = new ArrayList<>();
        for (JsonNode hit : result.path("hits").path("hits")) {
            ids.add(hit.path("_id").asText());
        }
        return ids;
    }
}
