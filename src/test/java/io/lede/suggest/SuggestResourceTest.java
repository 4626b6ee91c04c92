package io.lede.suggest;

import static io.lede.testsupport.Api.article;
import static io.lede.testsupport.Api.post;
import static io.lede.testsupport.Api.uniqueWord;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasKey;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import io.lede.testsupport.Eventually;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class SuggestResourceTest {

    /** Enough words to count as an article's text for duplicate detection (BodyFingerprint.MIN_WORDS). */
    private static final String MORE = " Members debated the proposals for several hours, and the final vote followed a "
            + "long series of amendments on roads, schools, libraries and the harbour that the mayor had promised "
            + "to support during last year's campaign.";

    @Test
    void completesHeadlinesAndPhrasesFromAnyWordOfThem() {
        String word = uniqueWord();
        post(article("Harbour " + word + " ceasefire talks stall in the port", "Nothing else to say."));

        // From the headline's first word: the whole headline and its first words.
        List<Map<String, String>> fromStart = awaitSuggestions("Harbour " + word.substring(0, 9), s -> s.size() >= 2);
        assertThat(fromStart).contains(suggestion("Harbour " + word + " ceasefire talks stall in the port", "title"),
                suggestion("Harbour " + word + " ceasefire", "phrase"));
        // From a word inside it: a few words on, not the rest of the headline.
        assertThat(suggest(word.substring(0, 9))).containsExactly(suggestion(word + " ceasefire talks", "phrase"));
        assertThat(texts(suggest(word + " ceasefire t"))).containsExactly(word + " ceasefire talks");
    }

    @Test
    void completesAuthorsAndNamesOfPeopleAndPlacesInTheText() {
        String author = capitalised(uniqueWord()) + " Okafor";
        String first = capitalised(uniqueWord());
        String last = capitalised(uniqueWord());
        String place = capitalised(uniqueWord());
        Map<String, Object> input = article("Envoy meets the minister",
                "The envoy flew to " + place + " on Tuesday and met " + first + " " + last + " at the palace. "
                        + "Officials said " + last + " would travel to " + place + " again next week.");
        input.put("authors", List.of(author));
        post(input);

        awaitSuggestions(author.substring(0, 9), s -> s.contains(suggestion(author, "author")));
        assertThat(suggest(first.substring(0, 9))).containsExactly(suggestion(first + " " + last, "name"));
        assertThat(suggest(last.substring(0, 9))).containsExactly(suggestion(last, "name"));
        assertThat(suggest(place.substring(0, 9))).containsExactly(suggestion(place, "name"));
        // Capitalised only because they begin a sentence: not names.
        assertThat(texts(suggest("Officials said " + last.substring(0, 9)))).isEmpty();
    }

    @Test
    void aNameCompletesFromAnyOfItsWords() {
        String first = capitalised(uniqueWord());
        String last = capitalised(uniqueWord());
        post(article("Envoy meets the president", "The envoy met President " + first + " " + last + " on Monday."));

        awaitSuggestions(last.substring(0, 9), s -> s.contains(suggestion(last, "name")));
        assertThat(suggest(first.substring(0, 9))).contains(suggestion(first + " " + last, "name"));
    }

    @Test
    void caseAndAccentsDoNotMatter() {
        String rest = uniqueWord().substring(2);
        String name = "Zélensk" + rest;
        post(article("Talks with " + name + " resume", "Delegates met " + name + " in the capital."));

        awaitSuggestions("zelensk" + rest.substring(0, 6), s -> s.contains(suggestion(name, "name")));
        for (String typed : List.of("ZELENSK" + rest.substring(0, 6), "Zélensk" + rest.substring(0, 6),
                "zÉlEnSk" + rest.substring(0, 6))) {
            assertThat(suggest(typed)).as(typed).contains(suggestion(name, "name"));
        }
    }

    @Test
    void atMostTenEachTextOnceAndSizeAsksForFewer() {
        String word = uniqueWord();
        String repeated = word + " harbour reopens after storm";
        for (int i = 0; i < 3; i++) {
            Map<String, Object> copy = article(repeated.toUpperCase(), "Copy " + i + " of the story.");
            post(copy);
            post(article(repeated, "Another copy " + i + "."));
        }
        for (int i = 0; i < 15; i++) {
            post(article(word + " story number " + (char) ('a' + i), "Story " + i + "."));
        }

        List<Map<String, String>> suggestions = awaitSuggestions(word, s -> s.size() == 10);
        List<String> folded = new ArrayList<>();
        suggestions.forEach(s -> folded.add(s.get("text").toLowerCase()));
        // Six articles say "... harbour reopens": the phrase comes once, whatever its case.
        assertThat(folded).doesNotHaveDuplicates().contains(word + " harbour reopens");
        assertThat(given().queryParam("q", word).queryParam("size", 3).get("/api/suggest")
                .then().statusCode(200).extract().jsonPath().getList("suggestions")).hasSize(3);
    }

    @Test
    void aDuplicateSuggestsItsOwnHeadlineAndAuthors() {
        String word = uniqueWord();
        String copyWord = uniqueWord();
        String text = "The council approved the budget " + word + " on Tuesday after a long debate." + MORE;
        Map<String, Object> original = article("Council approves budget " + word, text);
        original.put("url", "https://a.example.org/" + word);
        post(original);
        Map<String, Object> copy = article("Budget " + copyWord + " passes", text);
        copy.put("url", "https://b.example.org/" + word);
        copy.put("authors", List.of("Xeno " + Character.toUpperCase(copyWord.charAt(0)) + copyWord.substring(1)));
        post(copy);

        // Search finds the original by the copy's headline and author, so both are offered.
        awaitSuggestions(copyWord, s -> s.contains(suggestion(copyWord + " passes", "phrase")));
        assertThat(suggest("xeno " + copyWord)).extracting(suggestion -> suggestion.get("kind")).contains("author");
    }

    @Test
    void missingBlankOrLongQueriesAndBadSizesAreProblemsNamingTheParameter() {
        given().get("/api/suggest").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("q"));
        given().queryParam("q", "   ").get("/api/suggest").then().statusCode(400)
                .body("errors[0].field", equalTo("q"));
        given().queryParam("q", "x".repeat(101)).get("/api/suggest").then().statusCode(400)
                .body("errors[0].field", equalTo("q")).body("detail", containsString("100"));
        for (String size : List.of("0", "11", "many")) {
            given().queryParam("q", "pre").queryParam("size", size).get("/api/suggest").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("errors[0].field", equalTo("size"));
        }
    }

    @Test
    void oddInputCompletesNothingRatherThanFailing() {
        for (String q : List.of("--", "(", "\"", "*", "x".repeat(100), "a\u001Fb", "\\", "{\"a\":1}", "日本")) {
            given().queryParam("q", q).get("/api/suggest").then().statusCode(200)
                    .body("query", equalTo(SuggestionInputs.clean(q)));
        }
    }

    @Test
    void theOpenApiDescriptionDocumentsTheEndpoint() {
        given().queryParam("format", "json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/suggest'.get.parameters.name", hasItems("q", "size"))
                .body("paths.'/api/suggest'.get.responses.'400'.content",
                        hasKey("application/problem+json"));
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static Map<String, String> suggestion(String text, String kind) {
        return Map.of("text", text, "kind", kind);
    }

    private static List<String> texts(List<Map<String, String>> suggestions) {
        return suggestions.stream().map(s -> s.get("text")).toList();
    }

    private static List<Map<String, String>> suggest(String q) {
        JsonPath json = given().queryParam("q", q).get("/api/suggest")
                .then().statusCode(200).extract().jsonPath();
        assertThat(json.getString("query")).isEqualTo(q.strip());
        return json.getList("suggestions");
    }

    /** Suggests until {@code done}: indexing follows a commit by up to a second or so. */
    private static List<Map<String, String>> awaitSuggestions(String q, Predicate<List<Map<String, String>>> done) {
        return Eventually.until(() -> suggest(q), done);
    }
}
