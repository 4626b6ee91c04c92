package io.lede.search;

import static io.lede.testsupport.Api.article;
import static io.lede.testsupport.Api.awaitSearch;
import static io.lede.testsupport.Api.fullMatchIds;
import static io.lede.testsupport.Api.hitIds;
import static io.lede.testsupport.Api.post;
import static io.lede.testsupport.Api.search;
import static io.lede.testsupport.Api.uniqueWord;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Words of 5+ letters match at one typing slip, 9+ at two, when nothing matches as written. */
@QuarkusTest
class TypoToleranceTest {

    @Test
    void aMisspelledWordFindsTheArticleAndSaysWhatItMeant() {
        String topic = uniqueWord();
        String id = post(article("Ceasefire talks on " + topic, "Envoys discussed a ceasefire.")).getString("id");
        awaitSearch(topic, r -> r.getList("hits").size() == 1);

        JsonPath result = search("ceasfire " + topic);

        assertThat(hitIds(result)).containsExactly(id);
        assertThat(result.getString("matched")).isEqualTo("typos");
        assertThat(result.getString("didYouMean")).isEqualTo("ceasefire " + topic);
        assertThat(result.getList("hits[0].highlights.body", String.class)).anySatisfy(
                fragment -> assertThat(fragment).contains("<mark>ceasefire</mark>"));
    }

    @Test
    void exactHitsSayNothingAboutTyposAndRankAboveCorrectedOnes() {
        String topic = uniqueWord();
        // "harbour" as written, and "harbor", one edit away.
        String exact = post(article("Harbour news " + topic, "The harbour reopened.")).getString("id");
        post(article("Harbor news " + topic, "The harbor reopened.")).getString("id");
        awaitSearch(topic, r -> r.getList("hits").size() == 2);

        JsonPath result = search("harbour " + topic);

        // The corrected spelling is no full match: at most a partial one (it has the topic), after the exact one.
        assertThat(fullMatchIds(result)).containsExactly(exact);
        assertThat(hitIds(result).get(0)).isEqualTo(exact);
        assertThat(result.getMap("")).doesNotContainKey("didYouMean");
    }

    @Test
    void editsAllowedGrowWithTheWord() {
        String topic = uniqueWord();
        String id = post(article(topic + " report", "The parliament passed the infrastructure bill.")).getString("id");
        awaitSearch(topic, r -> r.getList("hits").size() == 1);

        // 10 letters, two edits: found. 4 letters, one edit: not ("bilk" is not "bill").
        assertThat(hitIds(search(topic + " infrastrcture parlament"))).containsExactly(id);
        assertThat(hitIds(search(topic + " infrastrucutre"))).containsExactly(id);
        assertThat(fullMatchIds(search(topic + " bilk"))).isEmpty();
    }

    @Test
    void aHyphenatedWordNeedsEveryPartAndNumbersAreMeantAsTyped() {
        String topic = uniqueWord();
        String id = post(article("Hospital " + topic + " report", "Its 19 wards treated 60000 patients last "
                + "year, the hospital said.")).getString("id");
        awaitSearch(topic, r -> r.getList("hits").size() == 1);

        // "ceasfire-19" is one loose word: its part "19" alone must not make the article a full match.
        assertThat(fullMatchIds(search(topic + " ceasfire-19"))).isEmpty();
        // Each part allows slips by its own length: "sad" (3 letters) is not "said", "hospitl" (7) is "hospital".
        assertThat(fullMatchIds(search(topic + " sad-hospitl"))).isEmpty();
        assertThat(fullMatchIds(search(topic + " said-hospitl"))).containsExactly(id);
        JsonPath number = search(topic + " 60001");
        assertThat(fullMatchIds(number)).isEmpty();
        assertThat(number.getMap("")).doesNotContainKey("didYouMean");
    }

    /** The corrected word is read from the hits' highlights, which a client asking for no fragments still gets. */
    @Test
    void aWordFoundOnlyInBodiesIsCorrectedWithoutBodyFragmentsToo() {
        String topic = uniqueWord();
        post(article("Talks in " + topic, "The envoys agreed a ceasefire on Friday."));
        awaitSearch(topic, r -> r.getList("hits").size() == 1);

        JsonPath result = search("ceasfire " + topic, "highlight", 0);

        assertThat(result.getString("didYouMean")).isEqualTo("ceasefire " + topic);
        assertThat(result.getList("hits[0].highlights.body")).isEmpty();
    }

    @Test
    void typosOffFindsOnlyWhatIsWrittenButStillSuggests() {
        String topic = uniqueWord();
        post(article("Ceasefire in " + topic, "A ceasefire was agreed."));
        awaitSearch(topic, r -> r.getList("hits").size() == 1);

        JsonPath result = search("ceasfire " + topic, "typos", "off", "size", 1);

        // With typos off, the article with "topic" but not "ceasfire" shows only as a partial match.
        assertThat(result.getString("didYouMean")).isEqualTo("ceasefire " + topic);
        assertThat(result.getList("hits.allWords", Boolean.class)).containsOnly(false);
    }
}
