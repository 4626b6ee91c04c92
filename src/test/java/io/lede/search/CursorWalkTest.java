package io.lede.search;

import static io.lede.testsupport.Api.search;
import static io.lede.testsupport.Api.uniqueWord;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.lede.testsupport.Eventually;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** A cursor continues a result list far past the 10,000 hits pages can reach, each hit exactly once. */
@QuarkusTest
class CursorWalkTest {

    private static final int ARTICLES = 25_000;

    @Test
    void aCursorWalkOver25000MatchesReturnsEachExactlyOnce() {
        String topic = uniqueWord();
        StringBuilder ndjson = new StringBuilder();
        for (int i = 0; i < ARTICLES; i++) {
            // Every article scores alike for the topic (same words, same lengths), so only the tie-breaker orders
            // them: the case where a cursor without one would skip or repeat hits.
            ndjson.append("{\"externalId\":\"walk-").append(topic).append('-').append(i)
                    .append("\",\"source\":\"Walk ").append(topic)
                    .append("\",\"title\":\"Walk ").append(topic).append("\",\"body\":\"Entry ")
                    .append(String.format("%05d", i)).append(" of the ").append(topic).append(" list.\"}\n");
        }
        given().contentType("application/x-ndjson").body(ndjson.toString().getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles/bulk").then().statusCode(200);
        Eventually.until(Duration.ofMinutes(3), () -> count(topic), count -> count == ARTICLES);

        JsonPath first = search(topic, "size", 100, "facets", "none", "highlight", 0);
        assertThat(first.getLong("total.value")).isEqualTo(10_000);
        assertThat(first.getString("total.relation")).isEqualTo("gte");

        Set<String> seen = new HashSet<>();
        int returned = 0;
        String cursor = null;
        do {
            JsonPath page = cursor == null ? first
                    : search(topic, "size", 100, "facets", "none", "highlight", 0, "cursor", cursor);
            for (String id : page.getList("hits.id", String.class)) {
                seen.add(id);
                returned++;
            }
            cursor = page.getString("nextCursor");
        } while (cursor != null);

        assertThat(returned).isEqualTo(ARTICLES);
        assertThat(seen).hasSize(ARTICLES);
    }

    /** Articles of the topic searchable so far: counted exactly by the source facet, where total stops at 10,000. */
    private static long count(String topic) {
        JsonPath result = search(topic, "size", 1, "facets", "source");
        return result.getList("facets.source").isEmpty() ? 0 : result.getLong("facets.source[0].count");
    }
}
