package io.lede.article;

import static io.lede.testsupport.Api.article;
import static io.lede.testsupport.Api.awaitSearch;
import static io.lede.testsupport.Api.hitIds;
import static io.lede.testsupport.Api.post;
import static io.lede.testsupport.Api.uniqueWord;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;

import io.lede.testsupport.Concurrently;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * Writes racing on one text still leave one original with its duplicates, and never a duplicate of a deleted
 * article (which once stopped all indexing) or a 5xx.
 */
@QuarkusTest
class DuplicateRacesTest {

    private static final String MORE = " Members debated the proposals for several hours, and the final vote followed a "
            + "long series of amendments on roads, schools, libraries and the harbour that the mayor had promised "
            + "to support during last year's campaign.";

    private static Map<String, Object> copy(String word, String host, String text) {
        Map<String, Object> input = article("Budget vote " + word, text);
        input.put("url", "https://" + host + ".example.org/" + word);
        return input;
    }

    private static Response postRaw(Map<String, Object> input) {
        return given().contentType(ContentType.JSON).body(input).when().post("/api/articles");
    }

    @Test
    void aCopyPostedWhileItsOriginalIsDeletedNeverNamesTheDeletedArticle() throws Exception {
        for (int trial = 0; trial < 5; trial++) {
            String word = uniqueWord();
            String text = "The council " + word + " approved the budget on Tuesday after a long debate." + MORE;
            String original = post(copy(word, "a", text)).getString("id");

            List<Response> responses = concurrently(
                    () -> given().when().delete("/api/articles/" + original),
                    () -> postRaw(copy(word, "b", text)));

            assertThat(responses.get(0).statusCode()).isEqualTo(204);
            String copy = responses.get(1).then().statusCode(201).extract().path("id");
            String duplicateOf = given().get("/api/articles/" + copy).then().statusCode(200).extract()
                    .path("duplicateOf");
            assertThat(duplicateOf).as("the copy of a deleted article is an original").isNull();
            assertThat(hitIds(awaitSearch(word, r -> hitIds(r).equals(List.of(copy))))).containsExactly(copy);
        }
    }

    /** An article whose text changes twice while copies of its first new text arrive. */
    @Test
    void aDuplicateAlwaysNamesALiveArticleWithItsOwnText() throws Exception {
        for (int trial = 0; trial < 5; trial++) {
            String word = uniqueWord();
            String first = "Tram " + word + " line opens to the airport next spring, the city said." + MORE;
            String second = "Bridge " + word + " repairs close two lanes for the summer, engineers said." + MORE;
            String third = "Market " + word + " hall reopens after a fire, traders said on Monday." + MORE;
            String id = post(copy(word, "a", first)).getString("id");

            List<Response> responses = concurrently(
                    () -> given().contentType(ContentType.JSON).body(copy(word, "a", second))
                            .when().put("/api/articles/" + id),
                    () -> given().contentType(ContentType.JSON).body(copy(word, "a", third))
                            .when().put("/api/articles/" + id),
                    () -> postRaw(copy(word, "b", second)), () -> postRaw(copy(word, "c", second)));

            assertThat(responses).extracting(Response::statusCode).allMatch(status -> status < 300);
            // Once all are done, each duplicate names an original with the same text.
            for (String article : List.of(id, responses.get(2).path("id"), responses.get(3).path("id"))) {
                var stored = given().get("/api/articles/" + article).then().statusCode(200).extract().jsonPath();
                if (stored.getString("duplicateOf") != null) {
                    given().get("/api/articles/" + stored.getString("duplicateOf")).then().statusCode(200)
                            .body("body", equalTo(stored.getString("body"))).body("duplicateOf", nullValue());
                }
            }
        }
    }

    @Test
    void copiesPostedTogetherMakeOneOriginal() throws Exception {
        String word = uniqueWord();
        String text = "Ferry " + word + " fares rise in spring, the operator announced on Monday." + MORE;

        List<Response> responses = concurrently(() -> postRaw(copy(word, "a", text)),
                () -> postRaw(copy(word, "b", text)), () -> postRaw(copy(word, "c", text)));

        long originals = responses.stream().map(r -> r.then().statusCode(201).extract().<String> path("id"))
                .filter(id -> given().get("/api/articles/" + id).then().extract().path("duplicateOf") == null)
                .count();
        assertThat(originals).isEqualTo(1);
        awaitSearch(word, r -> r.getLong("total.value") == 1 && r.getList("hits[0].duplicates").size() == 2);
    }

    @Test
    void deletingAnOriginalAndItsOldestDuplicateTogetherIsNeverAServerError() throws Exception {
        String word = uniqueWord();
        String text = "Harbour " + word + " dredging begins in May, the port said on Friday." + MORE;
        String original = post(copy(word, "a", text)).getString("id");
        String oldest = post(copy(word, "b", text)).getString("id");
        String youngest = post(copy(word, "c", text)).getString("id");

        List<Response> responses = concurrently(() -> given().when().delete("/api/articles/" + original),
                () -> given().when().delete("/api/articles/" + oldest));

        assertThat(responses).extracting(Response::statusCode).containsOnly(204);
        given().get("/api/articles/" + youngest).then().statusCode(200)
                .body("duplicateOf", nullValue());
        awaitSearch(word, r -> hitIds(r).equals(List.of(youngest)));
    }

    @Test
    void inOneBulkRequestTheOldTextOfAChangedOriginalStaysWithItsNewOriginal() {
        String word = uniqueWord();
        String text = "Library " + word + " reading room reopens after a year of renovation." + MORE;
        String original = post(copy(word, "a", text)).getString("id");
        String first = post(copy(word, "b", text)).getString("id");
        String second = post(copy(word, "c", text)).getString("id");

        String ndjson = "{\"title\": \"Rewritten " + word + "\", \"url\": \"https://a.example.org/" + word
                + "\", \"body\": \"An entirely new text " + word + ".\"}\n"
                + "{\"title\": \"Budget vote renamed " + word + "\", \"url\": \"https://c.example.org/" + word
                + "\", \"body\": \"" + text + "\"}\n";
        given().contentType("application/x-ndjson").body(ndjson.getBytes(StandardCharsets.UTF_8)).when().post("/api/articles/bulk")
                .then().statusCode(200).body("failed", equalTo(0));

        given().get("/api/articles/" + first).then().body("duplicateOf", nullValue());
        given().get("/api/articles/" + second).then().body("duplicateOf", equalTo(first));
        given().get("/api/articles/" + original).then().body("duplicateOf", nullValue());
    }

    @SafeVarargs
    private static <T> List<T> concurrently(Callable<T>... requests) throws Exception {
        return Concurrently.run(List.of(requests));
    }
}
