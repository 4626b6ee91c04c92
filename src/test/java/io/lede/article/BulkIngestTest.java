package io.lede.article;

import static io.lede.testsupport.Api.awaitSearch;
import static io.lede.testsupport.Api.search;
import static io.lede.testsupport.Api.uniqueWord;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.function.IntFunction;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.lede.testsupport.Eventually;
import io.lede.testsupport.StreamingPost;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class BulkIngestTest {

    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Test
    void oneBadLineNeverRejectsTheOthers() {
        String word = uniqueWord();
        String ndjson = String.join("\n",
                "{\"externalId\": \"" + word + "-1\", \"title\": \"Tram line opens " + word + "\", \"body\": \"B\"}",
                "{\"title\": \"Unclosed",
                "",
                "{\"title\": \"\", \"body\": \"No title\"}",
                "{\"externalId\": \"" + word + "-1\", \"title\": \"Tram line opens late " + word + "\", \"body\": \"B\"}",
                "[1, 2]",
                "{\"externalId\": \"" + word + "-2\", \"title\": \"Tram fares " + word + "\", \"body\": \"C\"}\r",
                "");

        JsonPath result = given().contentType("application/x-ndjson").body(ndjson.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles/bulk")
                .then().statusCode(200).extract().jsonPath();

        assertThat(result.getList("items.line", Integer.class)).containsExactly(1, 2, 4, 5, 6, 7);
        assertThat(result.getList("items.status", Integer.class)).containsExactly(201, 400, 400, 200, 400, 201);
        assertThat(result.getString("items[1].error")).startsWith("Malformed JSON");
        assertThat(result.getString("items[2].error")).startsWith("title:");
        assertThat(result.getString("items[3].id")).isEqualTo(result.getString("items[0].id"));
        assertThat(result.getMap("")).containsEntry("created", 2).containsEntry("updated", 1).containsEntry("failed", 3);
        awaitSearch(word, r -> r.getList("hits").size() == 2);
    }

    @Test
    void aLineOverTheDocumentLimitFailsAlone() {
        String word = uniqueWord();
        String big = "{\"title\": \"Big\", \"body\": \"" + "x".repeat(11 * 1024 * 1024) + "\"}";
        String ndjson = big + "\n{\"title\": \"Small " + word + "\", \"body\": \"Fits.\"}\n";

        JsonPath result = given().contentType("application/x-ndjson").body(ndjson.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles/bulk")
                .then().statusCode(200).extract().jsonPath();

        assertThat(result.getList("items.status", Integer.class)).containsExactly(413, 201);
    }

    @Test
    void conflictingLineFailsWhileTheRestOfItsBatchIsStored() {
        String word = uniqueWord();
        String ndjson = String.join("\n",
                "{\"externalId\": \"" + word + "-a\", \"url\": \"https://x.example.org/" + word + "/a\", \"title\": \"A\", \"body\": \"A\"}",
                "{\"externalId\": \"" + word + "-b\", \"url\": \"https://x.example.org/" + word + "/b\", \"title\": \"B\", \"body\": \"B\"}",
                "{\"externalId\": \"" + word + "-a\", \"url\": \"https://x.example.org/" + word + "/b\", \"title\": \"C\", \"body\": \"C\"}");

        JsonPath result = given().contentType("application/x-ndjson").body(ndjson.getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles/bulk")
                .then().statusCode(200).extract().jsonPath();

        assertThat(result.getList("items.status", Integer.class)).containsExactly(201, 201, 409);
    }

    /**
     * 50,000 articles (about 60 MB) streamed in and results streamed out: the service's heap, measured after
     * garbage collection at several points of the stream, must not grow with what has been sent.
     */
    @Test
    void memoryStaysFlatOverFiftyThousandLines() throws Exception {
        int lines = 50_000;
        String filler = "Lorem ipsum dolor sit amet, consectetur adipiscing elit. ".repeat(20);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        memory.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        long[] peakGrowth = { 0 };

        InputStream generated = new GeneratedLines(lines, i -> {
            if (i % 10_000 == 0 && i > 0) {
                memory.gc();
                peakGrowth[0] = Math.max(peakGrowth[0], memory.getHeapMemoryUsage().getUsed() - baseline);
            }
            return "{\"externalId\": \"flat-" + i + "\", \"source\": \"Flat\", \"title\": \"Flat " + i
                    + "\", \"body\": \"" + filler + i + "\"}\n";
        });
        StreamingPost.Result<Map<Integer, Integer>> result = StreamingPost.post(port, "/api/articles/bulk",
                "application/x-ndjson", generated, body -> {
                    Map<Integer, Integer> statusCounts = new HashMap<>();
                    try (JsonParser parser = new ObjectMapper().getFactory().createParser(body)) {
                        for (JsonToken token; (token = parser.nextToken()) != null;) {
                            if (token == JsonToken.FIELD_NAME && parser.currentName().equals("status")) {
                                parser.nextToken();
                                statusCounts.merge(parser.getIntValue(), 1, Integer::sum);
                            }
                        }
                    }
                    return statusCounts;
                });

        assertThat(result.status()).isEqualTo(200);
        assertThat(result.chunked()).as("results stream back while lines are sent").isTrue();
        assertThat(result.value()).isIn(Map.of(201, lines), Map.of(200, lines));
        assertThat(peakGrowth[0]).as("heap growth while streaming %d MB", generatedMegabytes(lines, filler))
                .isLessThan(24L * 1024 * 1024);
        // And every one of them reaches the index (which also leaves no backlog for the tests that follow).
        // Counted by the source facet: total stops counting at 10,000.
        Eventually.until(Duration.ofMinutes(3),
                () -> search("flat", "facets", "source").getLong("facets.source[0].count"), total -> total == lines);
    }

    private static long generatedMegabytes(int lines, String filler) {
        return (long) lines * (filler.length() + 60) / (1024 * 1024);
    }

    /** An NDJSON body produced while it is sent, so the test itself holds no more than one line of it. */
    private static final class GeneratedLines extends InputStream {
        private final int count;
        private final IntFunction<String> line;
        private int next;
        private byte[] current = new byte[0];
        private int position;

        GeneratedLines(int count, IntFunction<String> line) {
            this.count = count;
            this.line = line;
        }

        @Override
        public int read() throws IOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (position == current.length) {
                if (next == count) {
                    return -1;
                }
                current = line.apply(next++).getBytes(StandardCharsets.UTF_8);
                position = 0;
            }
            int n = Math.min(length, current.length - position);
            System.arraycopy(current, position, buffer, offset, n);
            position += n;
            return n;
        }
    }
}
