package io.lede.search;

import static io.lede.testsupport.Api.article;
import static io.lede.testsupport.Api.awaitSearch;
import static io.lede.testsupport.Api.hitIds;
import static io.lede.testsupport.Api.post;
import static io.lede.testsupport.Api.search;
import static io.lede.testsupport.Api.uniqueWord;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** recency=off|mild|strong, and the highlight parameters. */
@QuarkusTest
class RankingAndHighlightOptionsTest {

    /** Equal words and lengths for the topic; {@code ref} keeps the bodies apart so that none is a duplicate. */
    private static String postDated(String topic, String ref, Instant publishedAt) {
        Map<String, Object> input = article("Budget vote " + topic, "The council voted on the " + topic
                + " budget. Ref " + ref + ".");
        input.put("language", "en");
        if (publishedAt != null) {
            input.put("publishedAt", publishedAt.toString());
        }
        return post(input).getString("id");
    }

    @Test
    void recencyLiftsNewerArticlesWithoutBuryingUndatedOnes() {
        String topic = uniqueWord();
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        String recent = postDated(topic, "qa", now.minus(1, ChronoUnit.DAYS));
        String old = postDated(topic, "qb", now.minus(3 * 365, ChronoUnit.DAYS));
        String undated = postDated(topic, "qc", null);
        awaitSearch(topic, r -> r.getList("hits").size() == 3);

        // Equal relevance: without recency only the tie-break (newest first, undated last) orders them.
        JsonPath off = search(topic, "recency", "off");
        assertThat(hitIds(off)).as(off.prettify()).containsExactly(recent, old, undated);
        // With it, the old article loses to both. The undated one keeps its whole score: beside yesterday's it
        // ranks as if published now.
        JsonPath strong = search(topic, "recency", "strong");
        assertThat(hitIds(strong)).as(strong.prettify()).containsExactlyInAnyOrder(recent, undated, old).endsWith(old);
        assertThat(strong.getFloat("hits[2].score")).isLessThan(0.5f * strong.getFloat("hits[0].score"));
        JsonPath mild = search(topic);
        assertThat(hitIds(mild)).containsExactlyInAnyOrder(recent, undated, old).endsWith(old);
        // Mild: three years cost about a quarter of the score, not the ranking against a better match.
        assertThat(mild.getFloat("hits[2].score")).isBetween(0.7f * mild.getFloat("hits[0].score"),
                0.8f * mild.getFloat("hits[0].score"));
    }

    @Test
    void fragmentsTheirSizeAndTagsAreTheClientsToChoose() {
        String topic = uniqueWord();
        String sentence = "The harbour " + topic + " reopened after the storm. ";
        post(article("Harbour " + topic, sentence.repeat(3) + "Filler text without the word. ".repeat(40)
                + sentence.repeat(3)));
        awaitSearch(topic, r -> r.getList("hits").size() == 1);

        JsonPath result = search(topic, "highlight", 1, "fragmentSize", 60, "highlightPreTag", "<em class=\"hit\">",
                "highlightPostTag", "</em>");

        List<String> body = result.getList("hits[0].highlights.body", String.class);
        assertThat(body).hasSize(1);
        assertThat(body.get(0)).contains("<em class=\"hit\">" + topic + "</em>").hasSizeLessThan(60 + 40);
        assertThat(result.getString("hits[0].highlights.title[0]")).isEqualTo("Harbour <em class=\"hit\">" + topic
                + "</em>");
        assertThat(search(topic, "highlight", 0).getList("hits[0].highlights.body")).isEmpty();
    }

    @Test
    void aBodyWithoutTheMatchShowsItsOpeningEscaped() {
        String topic = uniqueWord();
        post(article("Title only " + topic, "<b>Opening</b> & more of a body that never says the word."));
        awaitSearch(topic, r -> r.getList("hits").size() == 1);

        JsonPath result = search(topic);
        List<String> body = result.getList("hits[0].highlights.body", String.class);

        assertThat(body).as(result.prettify()).hasSize(1);
        assertThat(body.get(0)).startsWith("&lt;b&gt;Opening&lt;").contains("&amp; more").doesNotContain("<");
    }
}
