package io.lede.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The suite's search engine addressed directly, behind the service's back: for tests that inspect it or break it
 * on purpose. {@code host} is the service's own {@code quarkus.hibernate-search-orm.elasticsearch.hosts}.
 */
public final class SearchEngine {

    private SearchEngine() {
    }

    /** Sends a request, fails unless the engine answers 200, and returns the body. */
    public static String request(String host, String method, String path, String json)
            throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://" + host + path))
                .header("Content-Type", "application/json")
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json))
                .build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(method + " " + path + ": " + response.body()).isEqualTo(200);
        return response.body();
    }

    /**
     * Makes the article index refuse (or accept again) writes, as the engines do themselves when a disk fills up:
     * a {@code read_only_allow_delete} block. Searches keep working.
     */
    public static void blockIndexWrites(String host, boolean blocked) throws IOException, InterruptedException {
        request(host, "PUT", "/articles-write/_settings",
                "{\"index.blocks.read_only_allow_delete\": " + (blocked ? "true" : "null") + "}");
    }
}
