package io.lede.search;

import static io.lede.testsupport.Api.article;
import static io.lede.testsupport.Api.awaitSearch;
import static io.lede.testsupport.Api.post;
import static io.lede.testsupport.Api.search;
import static io.lede.testsupport.Api.uniqueWord;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * Facet counts against a hand-built set of five articles sharing one word. Each facet ignores its own filter and
 * respects the others.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FacetCountsTest {

    private final String topic = uniqueWord();
    private final String a = "Source A " + topic;
    private final String b = "Source B " + topic;
    private final String c = "Source C " + topic;

    private boolean loaded;

    /** Once for the class, when the service is up (a @BeforeAll can run before Quarkus has started it). */
    @BeforeEach
    void fiveArticles() {
        if (loaded) {
            return;
        }
        loaded = true;
        add(a, List.of("Xavier Ortiz"), "en", List.of("t1"), "2023-01-15");
        add(a, List.of("Yan Li"), "en", List.of("t1", "t2"), "2023-02-10");
        add(b, List.of("Xavier Ortiz"), "de", List.of("t2"), "2024-02-01");
        add(b, List.of("Xavier Ortiz", "Yan Li"), "en", List.of(), null);
        add(c, List.of(), "fr", List.of("t1"), "2024-02-20");
        awaitSearch(topic, r -> r.getLong("total.value") == 5);
    }

    private void add(String source, List<String> authors, String language, List<String> tags, String date) {
        Map<String, Object> input = article("Story " + topic, "Text of the story about " + topic + ".");
        input.put("source", source);
        input.put("authors", authors);
        input.put("language", language);
        input.put("tags", tags);
        if (date != null) {
            input.put("publishedAt", date);
        }
        post(input);
    }

    private static Map<String, Integer> counts(JsonPath result, String facet) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        List<Map<String, Object>> buckets = result.getList("facets." + facet);
        buckets.forEach(bucket -> counts.put((String) bucket.get("value"), (Integer) bucket.get("count")));
        return counts;
    }

    @Test
    void withoutFiltersEveryFacetCountsEveryMatch() {
        JsonPath result = search(topic);

        assertThat(counts(result, "source")).containsOnly(entry(a, 2), entry(b, 2), entry(c, 1));
        assertThat(counts(result, "author")).containsOnly(entry("Xavier Ortiz", 3), entry("Yan Li", 2));
        assertThat(counts(result, "language")).containsOnly(entry("en", 3), entry("de", 1), entry("fr", 1));
        assertThat(counts(result, "tag")).containsOnly(entry("t1", 3), entry("t2", 2));
        assertThat(counts(result, "published.year")).containsExactly(entry("2023", 2), entry("2024", 2));
        assertThat(counts(result, "published.month"))
                .containsExactly(entry("2023-01", 1), entry("2023-02", 1), entry("2024-02", 2));
        // Most frequent first.
        assertThat(counts(result, "author").keySet()).containsExactly("Xavier Ortiz", "Yan Li");
    }

    @Test
    void aFilteredFacetStillCountsItsOtherValues() {
        JsonPath result = search(topic, "source", a);

        assertThat(result.getLong("total.value")).isEqualTo(2);
        assertThat(counts(result, "source")).containsOnly(entry(a, 2), entry(b, 2), entry(c, 1));
        assertThat(counts(result, "author")).containsOnly(entry("Xavier Ortiz", 1), entry("Yan Li", 1));
        assertThat(counts(result, "language")).containsOnly(entry("en", 2));
        assertThat(counts(result, "tag")).containsOnly(entry("t1", 2), entry("t2", 1));
    }

    @Test
    void eachFilteredFacetIgnoresOnlyItsOwnFilter() {
        JsonPath result = search(topic, "source", b, "language", "en");

        assertThat(result.getLong("total.value")).isEqualTo(1);
        // Sources of the English articles; languages of source B's articles.
        assertThat(counts(result, "source")).containsOnly(entry(a, 2), entry(b, 1));
        assertThat(counts(result, "language")).containsOnly(entry("en", 1), entry("de", 1));
        assertThat(counts(result, "author")).containsOnly(entry("Xavier Ortiz", 1), entry("Yan Li", 1));
        assertThat(counts(result, "tag")).isEmpty();
    }

    @Test
    void thePublicationHistogramIgnoresTheDateRangeWhichTheOthersRespect() {
        JsonPath result = search(topic, "from", "2024-01-01");

        assertThat(result.getLong("total.value")).isEqualTo(2);
        assertThat(counts(result, "published.year")).containsExactly(entry("2023", 2), entry("2024", 2));
        assertThat(counts(result, "source")).containsOnly(entry(b, 1), entry(c, 1));
    }

    @Test
    void facetsCanBeChosenOrTurnedOff() {
        JsonPath some = search(topic, "facets", "source,tag");
        assertThat(some.getMap("facets")).containsOnlyKeys("source", "tag");

        JsonPath none = search(topic, "facets", "none");
        assertThat(none.getMap("")).doesNotContainKey("facets");

        JsonPath browsing = search("", "source", c);
        assertThat(counts(browsing, "language")).containsOnly(entry("fr", 1));
    }
}
