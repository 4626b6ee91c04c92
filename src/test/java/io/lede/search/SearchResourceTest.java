package io.lede.search;

import static io.lede.testsupport.Api.article;
import static io.lede.testsupport.Api.awaitSearch;
import static io.lede.testsupport.Api.fullMatchIds;
import static io.lede.testsupport.Api.hitIds;
import static io.lede.testsupport.Api.post;
import static io.lede.testsupport.Api.search;
import static io.lede.testsupport.Api.uniqueWord;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class SearchResourceTest {

    private static final Path MOSCOW_TIMES_SAMPLE = Path.of("..", "shared", "samples",
            "moscow-times-2023-12-23-ceasefire.md");

    @Test
    void aWordInTheHeadlineRanksAboveTheSameWordInTheBodyAlone() {
        String word = uniqueWord();
        // Same body length and the word once in each body: only the headline differs. (How a headline match
        // compares with a body match alone depends on the index's average field lengths: BM25 favours fields
        // shorter than average.)
        String inBody = post(with(article("Quarterly figures", "Analysts mention " + word + " once in passing."),
                "language", "en")).getString("id");
        String inTitle = post(with(article("Results of " + word, "Analysts mention " + word + " in passing again."),
                "language", "en")).getString("id");

        JsonPath result = awaitSearch(word, r -> r.getList("hits").size() == 2);

        assertThat(hitIds(result)).as(result.prettify()).containsExactly(inTitle, inBody);
        assertThat(result.getFloat("hits[0].score")).isGreaterThan(result.getFloat("hits[1].score"));
    }

    @Test
    void articlesWithEveryWordComeFirstThenThoseWithSomeMarkedPartial() {
        String a = uniqueWord();
        String b = uniqueWord();
        String both = post(article("Both " + a, "And " + b + ".")).getString("id");
        String onlyA = post(article("Only " + a + " here, at length, in the title", "Nothing more.")).getString("id");
        JsonPath result = awaitSearch(a, r -> r.getList("hits").size() == 2);
        assertThat(result.getLong("total.value")).isEqualTo(2);

        JsonPath both1 = search(a + " " + b);
        assertThat(hitIds(both1)).containsExactly(both, onlyA);
        assertThat(both1.getList("hits.allWords", Boolean.class)).containsExactly(true, false);
        assertThat(both1.getString("matched")).isEqualTo("some");
        // Pages of one: the same list, the article with every word first, the other on the next page.
        JsonPath onePage = search(a + " " + b, "size", 1);
        assertThat(hitIds(onePage)).containsExactly(both);
        assertThat(onePage.getLong("total.value")).isEqualTo(2);
        JsonPath next = search(a + " " + b, "size", 1, "cursor", onePage.getString("nextCursor"));
        assertThat(hitIds(next)).containsExactly(onlyA);
        assertThat(next.getList("hits.allWords", Boolean.class)).containsExactly(false);
        assertThat(next.getString("nextCursor")).isNull();
    }

    @Test
    void everyPageOfAListGivesOneTotalAndCursorsAndPageNumbersAgree() {
        String a = uniqueWord();
        String b = uniqueWord();
        for (int i = 0; i < 3; i++) {
            post(article("Both " + a + " " + i, "And " + b + " " + i + "."));
        }
        for (int i = 0; i < 4; i++) {
            post(article("Only " + a + " " + i, "Nothing more " + i + "."));
        }
        awaitSearch(a, r -> r.getLong("total.value") == 7);

        // Three articles have both words, fewer than a page of five: those with one follow, on every page.
        JsonPath first = search(a + " " + b, "size", 5);
        JsonPath second = search(a + " " + b, "size", 5, "page", 2);
        JsonPath viaCursor = search(a + " " + b, "size", 5, "cursor", first.getString("nextCursor"));

        assertThat(first.getList("hits.allWords", Boolean.class)).containsExactly(true, true, true, false, false);
        assertThat(first.getLong("total.value")).isEqualTo(7);
        assertThat(second.getLong("total.value")).isEqualTo(7);
        assertThat(viaCursor.getLong("total.value")).isEqualTo(7);
        assertThat(hitIds(second)).hasSize(2).doesNotContainAnyElementsOf(hitIds(first));
        assertThat(hitIds(viaCursor)).isEqualTo(hitIds(second));
        assertThat(viaCursor.getString("nextCursor")).isNull();
        assertThat(second.getMap("facets")).isEqualTo(first.getMap("facets"));
        // Two a page, by cursor and by page number: the same list in the same order, and the same total.
        List<String> byCursor = new ArrayList<>();
        List<String> byPage = new ArrayList<>();
        String cursor = null;
        for (int page = 1; page <= 4; page++) {
            JsonPath viaPage = search(a + " " + b, "size", 2, "page", page);
            JsonPath walked = cursor == null ? search(a + " " + b, "size", 2)
                    : search(a + " " + b, "size", 2, "cursor", cursor);
            assertThat(viaPage.getLong("total.value")).isEqualTo(7);
            assertThat(walked.getLong("total.value")).isEqualTo(7);
            byPage.addAll(hitIds(viaPage));
            byCursor.addAll(hitIds(walked));
            cursor = walked.getString("nextCursor");
            if (cursor == null) {
                break;
            }
        }
        assertThat(byCursor).isEqualTo(byPage).hasSize(7).doesNotHaveDuplicates()
                .isEqualTo(List.of(hitIds(first), hitIds(second)).stream().flatMap(List::stream).toList());
    }

    @Test
    void whenNoArticleHasEveryWordThoseWithMostOfThemComeFirst() {
        String a = uniqueWord();
        String b = uniqueWord();
        String c = uniqueWord();
        String missing = uniqueWord();
        String two = post(article("Report on " + a, "It covers " + b + " as well.")).getString("id");
        String one = post(article("Notes", "Only " + c + " here.")).getString("id");
        awaitSearch(a, r -> r.getList("hits").size() == 1);
        awaitSearch(c, r -> r.getList("hits").size() == 1);

        // No article holds all four words: rather than nothing, the articles with some, most first.
        assertThat(hitIds(search(a + " " + b + " " + c + " " + missing))).containsExactly(two, one);
        // An exclusion is no reason to show every other article: with operators, no fallback.
        assertThat(hitIds(search(a + " " + missing + " -" + c))).isEmpty();
    }

    @Test
    void wordsCloseTogetherRankAboveTheSameWordsFarApart() {
        String a = uniqueWord();
        String b = uniqueWord();
        String filler = " The committee met again on Thursday to discuss the schedule for the coming season.";
        String apart = post(article("Minutes", "First " + a + "." + filler + filler + " Last " + b + "."))
                .getString("id");
        // As many words as the other article, so that only the distance between the two differs.
        String close = post(article("Minutes", "First " + a + " " + b + " here." + filler + filler)).getString("id");

        JsonPath result = awaitSearch(a + " " + b, r -> r.getList("hits").size() == 2);

        assertThat(hitIds(result)).containsExactly(close, apart);
    }

    @Test
    void filtersAreAnyValueWithinAFieldAndEveryFieldTogether() {
        String word = uniqueWord();
        String alpha = post(filed(word, "Ana Ruiz", "en", "port", "2024-03-05T10:00:00Z")).getString("id");
        String beta = post(filed(word, "Tom Berg", "de", "rail", "2024-03-07T10:00:00Z")).getString("id");
        String gamma = post(filed(word, "Ana Ruiz", "de", "port", "2024-04-01T10:00:00Z")).getString("id");
        awaitSearch(word, r -> r.getList("hits").size() == 3);

        assertThat(filteredIds(word, "author", List.of("Ana Ruiz"))).containsExactlyInAnyOrder(alpha, gamma);
        assertThat(filteredIds(word, "tag", List.of("port", "rail"))).containsExactlyInAnyOrder(alpha, beta, gamma);
        assertThat(hitIds(given().queryParam("q", word).queryParam("author", "Ana Ruiz").queryParam("language", "de")
                .get("/api/search").then().statusCode(200).extract().jsonPath())).containsExactly(gamma);
        // A language reads as ingest stores it: "DE-ch" is "de".
        assertThat(filteredIds(word, "language", List.of("DE-ch"))).containsExactlyInAnyOrder(beta, gamma);
        // Whole days, both ends included.
        assertThat(hitIds(search(word, "from", "2024-03-05", "to", "2024-03-07"))).containsExactlyInAnyOrder(alpha,
                beta);
        assertThat(hitIds(search("", "tag", "port", "author", "Ana Ruiz", "from", "2024-03-06")))
                .containsExactly(gamma);
    }

    @Test
    void sortByDateEitherWayWithUndatedArticlesLast() {
        String word = uniqueWord();
        String undated = post(article("Undated " + word, "No date.")).getString("id");
        String older = post(filed(word, "Ana Ruiz", "en", "port", "2021-01-01T00:00:00Z")).getString("id");
        String newer = post(filed(word, "Ana Ruiz", "en", "port", "2023-01-01T00:00:00Z")).getString("id");
        awaitSearch(word, r -> r.getList("hits").size() == 3);

        assertThat(hitIds(search(word, "sort", "newest"))).containsExactly(newer, older, undated);
        assertThat(hitIds(search(word, "sort", "oldest"))).containsExactly(older, newer, undated);
        given().queryParam("sort", "date").get("/api/search").then().statusCode(400)
                .body("errors[0].field", equalTo("sort"));
        given().queryParam("from", "yesterday").get("/api/search").then().statusCode(400)
                .body("errors[0].field", equalTo("from"));
    }

    private static Map<String, Object> filed(String word, String author, String language, String tag,
            String publishedAt) {
        Map<String, Object> article = article("Story " + word, "About " + word + " and more.");
        article.put("authors", List.of(author));
        article.put("language", language);
        article.put("tags", List.of(tag));
        article.put("publishedAt", publishedAt);
        return article;
    }

    private static List<String> filteredIds(String word, String param, List<String> values) {
        return hitIds(given().queryParam("q", word).queryParam(param, values.toArray())
                .get("/api/search").then().statusCode(200).extract().jsonPath());
    }

    @Test
    void bodyHighlightsMarkTheMatchAndEscapeEverythingElse() {
        String word = uniqueWord();
        String body = "Before the vote <script>alert('x')</script> the council said " + word
                + " would <b>never</b> pass & that was that.";
        post(article("Council story", body));

        JsonPath result = awaitSearch(word, r -> r.getList("hits").size() == 1);

        List<String> fragments = result.getList("hits[0].highlights.body");
        assertThat(fragments).hasSize(1);
        String fragment = fragments.get(0);
        assertThat(fragment).contains("<mark>" + word + "</mark>")
                .contains("&lt;script&gt;")
                .contains("&lt;b&gt;never&lt;&#x2F;b&gt;")
                .contains("&amp;")
                .doesNotContain("<script>").doesNotContain("<b>");
        assertThat(result.getList("hits[0].highlights.title")).isEmpty();
    }

    @Test
    void titleHighlightIsTheWholeEscapedTitle() {
        String word = uniqueWord();
        post(article("Tom & Jerry <i>win</i> " + word + " award", "Body."));

        JsonPath result = awaitSearch(word, r -> r.getList("hits").size() == 1);

        assertThat(result.getList("hits[0].highlights.title", String.class))
                .containsExactly("Tom &amp; Jerry &lt;i&gt;win&lt;&#x2F;i&gt; <mark>" + word + "</mark> award");
        assertThat(result.getString("hits[0].title")).isEqualTo("Tom & Jerry <i>win</i> " + word + " award");
    }

    @Test
    void longBodiesGiveFragmentsAroundTheMatches() {
        String word = uniqueWord();
        String filler = "The committee discussed budgets, roads and schools at length. ".repeat(40);
        post(article("Long report", filler + "Then " + word + " came up. " + filler + "Later " + word + " again. "
                + filler));

        JsonPath result = awaitSearch(word, r -> r.getList("hits").size() == 1);

        List<String> fragments = result.getList("hits[0].highlights.body");
        assertThat(fragments).hasSize(2).allSatisfy(f -> {
            assertThat(f).contains("<mark>" + word + "</mark>");
            assertThat(f.length()).isLessThan(400);
        });
    }

    @Test
    void sourceFilterKeepsOnlyThosePublications() {
        String word = uniqueWord();
        Map<String, Object> a = article("Port news " + word, "A.");
        a.put("source", "The Harbor Ledger");
        Map<String, Object> b = article("Port news " + word, "B.");
        b.put("source", "Northern Courier");
        Map<String, Object> c = article("Port news " + word, "C.");
        c.put("source", "Meridian Wire");
        post(a);
        String idB = post(b).getString("id");
        String idC = post(c).getString("id");
        awaitSearch(word, r -> r.getList("hits").size() == 3);

        JsonPath filtered = search(word, "source", List.of("Northern Courier", "Meridian Wire"));

        assertThat(hitIds(filtered)).containsExactlyInAnyOrder(idB, idC);
        assertThat(filtered.getList("hits.source", String.class)).doesNotContain("The Harbor Ledger");
    }

    @Test
    void hitsCarryTheirStoredFields() {
        String word = uniqueWord();
        Map<String, Object> input = article("Museum opens " + word, "Doors open at nine.");
        input.put("externalId", "museum-" + word);
        input.put("url", "https://news.example.org/museum-" + word);
        input.put("source", "The Harbor Ledger");
        input.put("publishedAt", "2025-05-01T09:30:00Z");
        String id = post(input).getString("id");

        JsonPath result = awaitSearch(word, r -> r.getList("hits").size() == 1);

        assertThat(result.getMap("hits[0]")).containsEntry("id", id)
                .containsEntry("externalId", "museum-" + word)
                .containsEntry("url", "https://news.example.org/museum-" + word)
                .containsEntry("source", "The Harbor Ledger")
                .containsEntry("publishedAt", "2025-05-01T09:30:00Z")
                .containsKey("score");
        assertThat(result.getLong("tookMs")).isNotNegative();
    }

    @Test
    void pagesDoNotOverlap() {
        String word = uniqueWord();
        for (int i = 0; i < 5; i++) {
            Map<String, Object> input = article("Item " + i + " " + word, "Body " + i + ".");
            input.put("publishedAt", "2024-01-0" + (i + 1));
            post(input);
        }
        awaitSearch(word, r -> r.getLong("total.value") == 5);

        List<String> first = hitIds(search(word, "size", 2, "page", 1));
        List<String> second = hitIds(search(word, "size", 2, "page", 2));
        List<String> third = hitIds(search(word, "size", 2, "page", 3));

        assertThat(first).hasSize(2);
        assertThat(second).hasSize(2).doesNotContainAnyElementsOf(first);
        assertThat(third).hasSize(1).doesNotContainAnyElementsOf(first).doesNotContainAnyElementsOf(second);
    }

    @Test
    void emptyQueryBrowsesNewestFirst() {
        String source = "Browse Gazette " + uniqueWord();
        for (String date : List.of("2021-03-01", "2023-07-15", "2022-11-30")) {
            Map<String, Object> input = article("Edition of " + date, "Body.");
            input.put("publishedAt", date);
            input.put("source", source);
            post(input);
        }

        JsonPath result = awaitSearch("", r -> r.getList("hits").size() == 3, "source", source);

        assertThat(result.getList("hits.title", String.class))
                .containsExactly("Edition of 2023-07-15", "Edition of 2022-11-30", "Edition of 2021-03-01");
    }

    @Test
    void malformedQuerySyntaxDegradesToWords() {
        String word = uniqueWord();
        post(article("Syntax " + word, "Body."));
        awaitSearch(word, r -> r.getList("hits").size() == 1);

        for (String messy : List.of("\"" + word, word + " -", "(" + word, word + " |", word + " \"\"", "+" + word)) {
            given().queryParam("q", messy).when().get("/api/search")
                    .then().statusCode(200);
        }
        assertThat(search("\"" + word).getList("hits")).hasSize(1);
    }

    @Test
    void sizeOverTheMaximumIsRefused() {
        given().queryParam("q", "x").queryParam("size", 100000)
                .when().get("/api/search")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("size"))
                .body("errors[0].reason", containsString("between 1 and 100"));
    }

    /** "é" composed or as "e" and a combining accent, and words with invisible soft hyphens: one spelling. */
    @Test
    void oneVisibleSpellingFindsEveryEncodingOfIt() {
        String word = uniqueWord();
        String decomposed = post(article("Cafe\u0301 " + word + " reopens", "The old cafe\u0301 reopened."))
                .getString("id");
        String hyphenated = post(article("Bu\u00ADcher\u00ADei " + word, "The Bu\u00ADcher\u00ADei reopened."))
                .getString("id");
        awaitSearch(word, r -> r.getList("hits").size() == 2);

        assertThat(fullMatchIds(search("caf\u00E9 " + word))).containsExactly(decomposed);
        assertThat(fullMatchIds(search("cafe\u0301 " + word))).containsExactly(decomposed);
        assertThat(fullMatchIds(search("bucherei " + word, "typos", "off"))).containsExactly(hyphenated);
    }

    @Test
    void theLongestAllowedQueryIsAnsweredAndALongerOneRefused() {
        String manyWords = "x y ".repeat(SearchRequest.MAX_QUERY_LENGTH / 4).strip();
        given().queryParam("q", manyWords).when().get("/api/search").then().statusCode(200);
        given().queryParam("q", manyWords + " and more").when().get("/api/search")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("q"));
    }

    @Test
    void aQueryOfTooManyDistinctTermsIsA400() {
        StringBuilder han = new StringBuilder();
        for (int c = 0x4E00; han.length() < 350; c++) {
            han.appendCodePoint(c);
        }
        given().queryParam("q", han.toString()).when().get("/api/search")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("q"));
    }

    @Test
    void bodiesLongerThanTheHighlighterLimitAreStillFoundAndHighlighted() {
        String word = uniqueWord();
        String body = "The report opens with " + word + ". " + "Filler sentence about nothing much. ".repeat(45_000);
        post(article("Very long report", body));

        JsonPath result = awaitSearch(word, r -> r.getList("hits").size() == 1);

        assertThat(result.getList("hits[0].highlights.body", String.class))
                .anySatisfy(f -> assertThat(f).contains("<mark>" + word + "</mark>"));
    }

    @Test
    void nonNumericAndDeepPagesAreRefused() {
        given().queryParam("page", "two").when().get("/api/search")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("page"));
        given().queryParam("page", 0).when().get("/api/search")
                .then().statusCode(400).body("errors[0].field", equalTo("page"));
        given().queryParam("page", 101).queryParam("size", 100).when().get("/api/search")
                .then().statusCode(400).body("errors[0].reason", containsString("10000"));
    }

    /** Issue acceptance: the real sample article posted as JSON is the first hit for "ceasefire". */
    @Test
    void theMoscowTimesSampleIsTheFirstHitForPutinCeasefire() throws IOException {
        Assumptions.assumeTrue(Files.exists(MOSCOW_TIMES_SAMPLE), "needs ../shared/samples");
        Map<String, Object> sample = MarkdownSample.read(MOSCOW_TIMES_SAMPLE);
        String id = post(sample).getString("id");

        // Other tests add ceasefire stories of their own (undated, so recency does not hold them back).
        JsonPath result = awaitSearch("Putin ceasefire", r -> r.getList("hits").size() > 0
                && r.getString("hits[0].id").equals(id));

        assertThat(result.getString("hits[0].title"))
                .isEqualTo("Putin Quietly Signaling Openness to Ukraine Ceasefire Talks – NYT");
        assertThat(result.getList("hits[0].highlights.body", String.class))
                .anySatisfy(fragment -> assertThat(fragment).contains("<mark>ceasefire</mark>"));
        assertThat(result.getString("hits[0].publishedAt")).isEqualTo("2023-12-23T00:00:00Z");
    }

    private static Map<String, Object> with(Map<String, Object> article, String field, Object value) {
        article.put(field, value);
        return article;
    }
}
