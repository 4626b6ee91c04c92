package io.lede.article;

import static io.lede.testsupport.Api.article;
import static io.lede.testsupport.Api.awaitSearch;
import static io.lede.testsupport.Api.hitIds;
import static io.lede.testsupport.Api.post;
import static io.lede.testsupport.Api.search;
import static io.lede.testsupport.Api.uniqueWord;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** The same text under another URL is recorded as a duplicate and shown once in search. */
@QuarkusTest
class DuplicatesTest {

    /** Enough words to count as an article's text (BodyFingerprint.MIN_WORDS). */
    private static final String MORE = " Members debated the proposals for several hours, and the final vote followed a "
            + "long series of amendments on roads, schools, libraries and the harbour that the mayor had promised "
            + "to support during last year's campaign.";

    private static Map<String, Object> syndicated(String word, String url, String body) {
        Map<String, Object> input = article("Council approves budget " + word, body);
        input.put("url", url);
        return input;
    }

    @Test
    void theSameTextUnderAnotherUrlIsADuplicateAndSearchShowsTheOriginalOnce() {
        String word = uniqueWord();
        String text = "The council approved the budget " + word + " on Tuesday after a long debate." + MORE;
        String original = post(syndicated(word, "https://a.example.org/" + word, text)).getString("id");
        // Reformatted copy: other whitespace and punctuation, same words.
        String copy = post(syndicated(word, "https://b.example.org/" + word,
                "The council approved the budget  " + word + "\n\non Tuesday -- after a long debate" + MORE))
                .getString("id");

        given().get("/api/articles/" + copy).then().body("duplicateOf", equalTo(original));
        given().get("/api/articles/" + original).then().body("duplicateOf", nullValue());
        awaitSearch(word, r -> hitIds(r).equals(List.of(original)));
    }

    @Test
    void deletingTheOriginalBringsItsDuplicateBackToSearch() {
        String word = uniqueWord();
        String text = "Storm " + word + " closes the coastal road for two days, officials said." + MORE;
        String original = post(syndicated(word, "https://a.example.org/" + word, text)).getString("id");
        String copy = post(syndicated(word, "https://b.example.org/" + word, text)).getString("id");
        awaitSearch(word, r -> r.getLong("total.value") == 1);

        given().delete("/api/articles/" + original).then().statusCode(204);

        given().get("/api/articles/" + copy).then().body("duplicateOf", nullValue());
        assertThat(hitIds(awaitSearch(word, r -> r.getLong("total.value") == 1 && hitIds(r).contains(copy))))
                .containsExactly(copy);
    }

    /** An original posted by the Harbour Times and its copy, retitled, by the Coast Herald. */
    private record Story(String word, String original, String copy, Map<String, Object> copyInput) {

        static Story syndicatedUnderAnotherHeadline(String headlineWord) {
            String word = uniqueWord();
            String text = "Ferry " + word + " fares rise in spring, the operator announced." + MORE;
            Map<String, Object> original = syndicated(word, "https://a.example.org/" + word, text);
            original.put("source", "Harbour Times");
            original.put("authors", List.of("Ann Original"));
            Map<String, Object> copy = syndicated(word, "https://b.example.org/" + word, text);
            copy.put("title", "Crossing costs climb " + headlineWord);
            copy.put("source", "Coast Herald");
            copy.put("authors", List.of("Carl Copy", "ann original"));
            return new Story(word, post(original).getString("id"), post(copy).getString("id"), copy);
        }
    }

    @Test
    void aDuplicatesHeadlineSourceAndAuthorFindTheStoryOnceWithItsOtherAddress() {
        String headline = uniqueWord();
        Story story = Story.syndicatedUnderAnotherHeadline(headline);

        JsonPath byHeadline = awaitSearch(headline, r -> r.getLong("total.value") == 1);
        assertThat(hitIds(byHeadline)).containsExactly(story.original());
        assertThat(byHeadline.getString("hits[0].source")).isEqualTo("Harbour Times");
        assertThat(byHeadline.getList("hits[0].duplicates", Map.class)).containsExactly(Map.of("id", story.copy(),
                "url", "https://b.example.org/" + story.word(), "source", "Coast Herald",
                "title", "Crossing costs climb " + headline));

        JsonPath bySource = search(story.word(), "source", "Coast Herald");
        assertThat(hitIds(bySource)).containsExactly(story.original());
        assertThat(hitIds(search(story.word(), "author", "Carl Copy"))).containsExactly(story.original());
        // One story, counted under each source and author it appeared with.
        JsonPath all = search(story.word());
        assertThat(all.getLong("total.value")).isEqualTo(1);
        assertThat(all.getList("facets.source.value")).containsExactlyInAnyOrder("Harbour Times", "Coast Herald");
        assertThat(all.getList("facets.source.count")).containsOnly(1);
        assertThat(all.getList("facets.author.value")).containsExactlyInAnyOrder("Ann Original", "Carl Copy",
                "ann original");
        // A byline as the copy spells it finds the story too.
        assertThat(hitIds(search(story.word(), "author", "ann original"))).containsExactly(story.original());
    }

    @Test
    void aMisspelledWordOfADuplicatesHeadlineIsCorrected() {
        String headline = uniqueWord();
        Story story = Story.syndicatedUnderAnotherHeadline(headline);
        awaitSearch(headline, r -> r.getLong("total.value") == 1);
        // Two letters swapped: within the edits a word this long may have.
        String misspelled = headline.substring(0, 4) + headline.charAt(5) + headline.charAt(4) + headline.substring(6);

        JsonPath corrected = search(misspelled);
        assertThat(hitIds(corrected)).containsExactly(story.original());
        assertThat(corrected.getString("didYouMean")).isEqualTo(headline);
    }

    @Test
    void aDuplicateRetitledOrDeletedNoLongerFindsTheStoryByWhatItHadBefore() {
        String first = uniqueWord();
        Story story = Story.syndicatedUnderAnotherHeadline(first);
        awaitSearch(first, r -> r.getLong("total.value") == 1);

        String second = uniqueWord();
        story.copyInput().put("title", "Crossing costs climb " + second);
        post(story.copyInput());
        assertThat(hitIds(awaitSearch(second, r -> r.getLong("total.value") == 1)))
                .containsExactly(story.original());
        awaitSearch(first, r -> r.getLong("total.value") == 0);

        given().delete("/api/articles/" + story.copy()).then().statusCode(204);
        awaitSearch(second, r -> r.getLong("total.value") == 0);
        JsonPath left = awaitSearch(story.word(), r -> r.getList("hits[0].duplicates").isEmpty());
        assertThat(hitIds(left)).containsExactly(story.original());
        assertThat(search(story.word(), "source", "Coast Herald").getLong("total.value")).isZero();
    }

    @Test
    void shortBodiesAreNeverDuplicates() {
        String word = uniqueWord();
        post(syndicated(word, "https://a.example.org/" + word, "Photo gallery."));
        post(syndicated(word, "https://b.example.org/" + word, "Photo gallery."));

        awaitSearch(word, r -> r.getLong("total.value") == 2);
    }

    @Test
    void changingADuplicatesTextMakesItAnArticleOfItsOwn() {
        String word = uniqueWord();
        String text = "Harbour " + word + " dredging begins in May, the port said." + MORE;
        post(syndicated(word, "https://a.example.org/" + word, text));
        Map<String, Object> copy = syndicated(word, "https://b.example.org/" + word, text);
        String copyId = post(copy).getString("id");

        copy.put("body", text + " A second paragraph only this outlet has.");
        post(copy);

        given().get("/api/articles/" + copyId).then().body("duplicateOf", nullValue());
        awaitSearch(word, r -> r.getLong("total.value") == 2);
    }
}
