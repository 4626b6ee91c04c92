package io.lede.article;

import static io.lede.testsupport.Api.article;
import static io.lede.testsupport.Api.awaitSearch;
import static io.lede.testsupport.Api.post;
import static io.lede.testsupport.Api.uniqueWord;
import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

import io.lede.testsupport.Concurrently;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

@QuarkusTest
class ArticleResourceTest {

    @TestHTTPResource("/api/articles")
    URI articlesUri;

    @Test
    void createdArticleHasALocationThatReadsItBack() {
        Map<String, Object> input = article("Harbour reopens after storm", "The harbour reopened on Monday.");
        input.put("authors", List.of("Ana Ruiz", "Tom Berg"));
        input.put("tags", "weather");
        input.put("language", "en-GB");
        input.put("publishedAt", "2024-02-03");
        input.put("url", "https://news.example.org/" + uniqueWord());

        String location = given().contentType(ContentType.JSON).body(input)
                .when().post("/api/articles")
                .then().statusCode(201)
                .header("Location", containsString("/api/articles/"))
                .body("title", equalTo("Harbour reopens after storm"))
                .body("authors", equalTo(List.of("Ana Ruiz", "Tom Berg")))
                .body("tags", equalTo(List.of("weather")))
                .body("language", equalTo("en"))
                .body("publishedAt", equalTo("2024-02-03T00:00:00Z"))
                .extract().header("Location");

        given().when().get(location)
                .then().statusCode(200)
                .body("title", equalTo("Harbour reopens after storm"))
                .body("body", equalTo("The harbour reopened on Monday."))
                .body("ingestedAt", equalTo(given().get(location).jsonPath().getString("updatedAt")));
    }

    @Test
    void postingTheSameExternalIdThreeTimesKeepsOneArticle() {
        String word = uniqueWord();
        String externalId = "wire-" + word;
        JsonPath first = postStatus(article("Council votes " + word, "First version."), externalId, 201);
        postStatus(article("Council votes " + word, "Second version."), externalId, 200);
        JsonPath third = postStatus(article("Council votes again " + word, "Third version."), externalId, 200);

        assertThat(third.getString("id")).isEqualTo(first.getString("id"));
        JsonPath found = awaitSearch(word, r -> r.getList("hits").size() == 1
                && r.getString("hits[0].title").contains("again"));
        assertThat(found.getLong("total.value")).isEqualTo(1);
        given().get("/api/articles/" + first.getString("id")).then().body("body", equalTo("Third version."));
    }

    @Test
    void postingAKnownUrlUpdatesThatArticle() {
        String url = "https://news.example.org/" + uniqueWord();
        Map<String, Object> input = article("Bridge closes", "Closed for repairs.");
        input.put("url", url);
        String id = post(input).getString("id");

        input.put("body", "Closed for repairs until June.");
        given().contentType(ContentType.JSON).body(input).when().post("/api/articles")
                .then().statusCode(200).body("id", equalTo(id)).body("body", equalTo("Closed for repairs until June."));
    }

    @Test
    void anExternalIdAndUrlOfTwoDifferentArticlesConflict() {
        Map<String, Object> a = article("First", "One.");
        a.put("externalId", "a-" + uniqueWord());
        post(a);
        Map<String, Object> b = article("Second", "Two.");
        b.put("url", "https://news.example.org/" + uniqueWord());
        String idOfB = post(b).getString("id");

        Map<String, Object> clash = article("Clash", "Three.");
        clash.put("externalId", a.get("externalId"));
        clash.put("url", b.get("url"));
        given().contentType(ContentType.JSON).body(clash).when().post("/api/articles")
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors.field", hasItem("url"))
                .body("detail", containsString(idOfB));
    }

    @Test
    void aKnownUrlUnderAnotherExternalIdIsAConflictAndAMissingOneIsKept() {
        String url = "https://news.example.org/" + uniqueWord();
        Map<String, Object> wire = article("Bridge closes", "Closed for repairs.");
        wire.put("externalId", "wire-" + uniqueWord());
        wire.put("url", url);
        String id = post(wire).getString("id");

        Map<String, Object> otherId = article("Bridge closes", "Closed for repairs until June.");
        otherId.put("externalId", "wire-" + uniqueWord());
        otherId.put("url", url);
        given().contentType(ContentType.JSON).body(otherId).when().post("/api/articles")
                .then().statusCode(409).contentType("application/problem+json")
                .body("errors.field", hasItem("externalId"))
                .body("detail", containsString(id));

        Map<String, Object> byUrlOnly = article("Bridge closes", "Closed for repairs until July.");
        byUrlOnly.put("url", url);
        given().contentType(ContentType.JSON).body(byUrlOnly).when().post("/api/articles")
                .then().statusCode(200).body("id", equalTo(id)).body("externalId", equalTo(wire.get("externalId")));
    }

    @Test
    void gettingTheBulkEndpointIs405NotAnUnknownArticle() {
        given().when().get("/api/articles/bulk")
                .then().statusCode(405).contentType("application/problem+json")
                .header("Allow", containsString("POST"));
    }

    @Test
    void aClientThatTakesNoJsonIsRefusedBeforeAnythingIsStored() {
        Map<String, Object> input = article("Ferry timetable", "The winter timetable starts on Monday.");
        input.put("externalId", "accept-" + uniqueWord());

        given().contentType(ContentType.JSON).accept("application/xml").body(input).when().post("/api/articles")
                .then().statusCode(406).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Accept"));
        given().contentType(ContentType.JSON).accept("application/json;q=0, text/html").body(input)
                .when().post("/api/articles").then().statusCode(406);
        // The most specific range decides: JSON is refused even though anything else is welcome.
        given().contentType(ContentType.JSON).accept("application/json;q=0, */*").body(input)
                .when().post("/api/articles").then().statusCode(406);
        // Nothing was stored: the same post with a usual Accept creates the article.
        given().contentType(ContentType.JSON).accept("text/html, application/*;q=0.5").body(input)
                .when().post("/api/articles").then().statusCode(201);
    }

    @Test
    void putReplacesEveryField() {
        Map<String, Object> input = article("Old title", "Old body.");
        input.put("tags", List.of("old"));
        String id = post(input).getString("id");

        given().contentType(ContentType.JSON).body(article("New title", "New body."))
                .when().put("/api/articles/" + id)
                .then().statusCode(200)
                .body("title", equalTo("New title"))
                .body("tags", equalTo(List.of()));
    }

    @Test
    void deletedArticleLeavesTheDatabaseAndSearch() {
        String word = uniqueWord();
        String id = post(article("Ferry timetable " + word, "Ferries run hourly.")).getString("id");
        awaitSearch(word, r -> r.getList("hits").size() == 1);

        given().when().delete("/api/articles/" + id).then().statusCode(204);

        given().when().get("/api/articles/" + id).then().statusCode(404);
        awaitSearch(word, r -> r.getList("hits").isEmpty());
        given().when().delete("/api/articles/" + id).then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void blankTitleIsRefusedNamingTheField() {
        given().contentType(ContentType.JSON).body("{\"title\": \"\"}")
                .when().post("/api/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", equalTo(List.of("title", "body")))
                .body("errors[0].reason", containsString("required"))
                .body("instance", equalTo("/api/articles"));
    }

    @Test
    void invalidFieldsAreAllReported() {
        Map<String, Object> input = article("Fine title", "Fine body.");
        input.put("url", "ftp://files.example.org/x");
        input.put("language", "english");
        input.put("publishedAt", "yesterday");
        given().contentType(ContentType.JSON).body(input)
                .when().post("/api/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("url", "language", "publishedAt")));
    }

    @Test
    void brokenJsonIsRefusedWithWhereItBreaks() {
        given().contentType(ContentType.JSON).body("{\"title\": \"Unclosed")
                .when().post("/api/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", startsWith("Malformed JSON at line 1"));
        // The parser's internals (its settings' Java names) are not the client's business.
        given().contentType(ContentType.JSON).body("{\"title\": \"T\"")
                .when().post("/api/articles")
                .then().statusCode(400).body("detail", not(containsString("StreamReadFeature")));
        given().contentType(ContentType.JSON).body("{\"t\": " + "[".repeat(1500) + "]".repeat(1500) + "}")
                .when().post("/api/articles")
                .then().statusCode(400).body("detail", not(containsString("StreamReadConstraints")));
    }

    @Test
    void aFieldOfTheWrongTypeIsNamed() {
        given().contentType(ContentType.JSON).body("{\"title\": \"T\", \"body\": \"B\", \"authors\": {\"name\": 1}}")
                .when().post("/api/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("authors")))
                .body("errors[0].reason", containsString("list of strings"));
    }

    @Test
    void aFieldGivenTwiceIsNamed() {
        given().contentType(ContentType.JSON).body("{\"title\": \"T\", \"body\": \"B\", \"title\": \"U\"}")
                .when().post("/api/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("title")))
                .body("errors[0].reason", containsString("more than once"));
    }

    @Test
    void wrongTypesAreReportedWithEveryOtherInvalidField() {
        given().contentType(ContentType.JSON)
                .body("{\"title\": [\"T\"], \"body\": \"B\", \"url\": \"ftp://x\", \"tags\": [\"ok\", {\"a\": 2}]}")
                .when().post("/api/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("title", "tags[1]", "url")));
    }

    /** Inflating bodies would let a small upload fill the disk: a compressed one is refused, before it is read. */
    @Test
    void aCompressedBodyIsRefusedWith415() throws Exception {
        byte[] json = "{\"title\": \"Ferry\", \"body\": \"The ferry runs again.\"}".getBytes(UTF_8);
        given().contentType(ContentType.JSON).header("Content-Encoding", "gzip").body(gzip(json))
                .when().post("/api/articles")
                .then().statusCode(415).contentType("application/problem+json")
                .header("Accept-Encoding", "identity")
                .body("errors[0].field", equalTo("Content-Encoding"));
    }

    private static byte[] gzip(byte[] content) throws java.io.IOException {
        var out = new java.io.ByteArrayOutputStream();
        try (var zip = new java.util.zip.GZIPOutputStream(out)) {
            zip.write(content);
        }
        return out.toByteArray();
    }

    @Test
    void aBulkStreamTakesTheOtherNamesOfNdjson() {
        String line = "{\"title\": \"Tram " + uniqueWord() + "\", \"body\": \"The tram runs again.\"}\n";
        for (String type : List.of("application/json", "application/ndjson", "application/jsonl")) {
            given().contentType(type).body(line.getBytes(UTF_8)).when().post("/api/articles/bulk")
                    .then().statusCode(200).body("items[0].status", org.hamcrest.Matchers.oneOf(200, 201));
        }
        given().contentType("application/xml").body(line.getBytes(UTF_8)).when().post("/api/articles/bulk")
                .then().statusCode(415).body("detail", containsString("application/xml"))
                .body("detail", not(containsString("@Consumes")));
    }

    @Test
    void emptyBodyIsRefused() {
        given().contentType(ContentType.JSON).body("")
                .when().post("/api/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("empty"));
    }

    @Test
    void bodyOverTheDocumentLimitIsRefusedWith413() {
        String huge = "{\"title\": \"Big\", \"body\": \"" + "a".repeat(20 * 1024 * 1024) + "\"}";
        given().contentType(ContentType.JSON).body(huge)
                .when().post("/api/articles")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("lede.ingest.max-document-size"));
    }

    @Test
    void hostileJsonGetsA400() throws Exception {
        byte[] binaryJunk = new byte[64 * 1024];
        new Random(42).nextBytes(binaryJunk);
        Map<String, byte[]> bodies = Map.of(
                "deep nesting", ("{\"title\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}").getBytes(UTF_8),
                "binary junk", binaryJunk,
                "null", "null".getBytes(UTF_8),
                "an array", "[]".getBytes(UTF_8),
                "a string", "\"just a string\"".getBytes(UTF_8),
                "trailing tokens", "{\"title\": \"T\", \"body\": \"B\"} trailing".getBytes(UTF_8));
        // java.net.http rather than RestAssured, whose logging would pretty-print a 100,000-deep body.
        HttpClient http = HttpClient.newHttpClient();
        for (Map.Entry<String, byte[]> body : bodies.entrySet()) {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(articlesUri)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body.getValue())).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(body.getKey() + ": " + response.body()).isEqualTo(400);
            assertThat(response.headers().firstValue("Content-Type")).as(body.getKey())
                    .contains("application/problem+json");
        }
    }

    @Test
    void malformedIdIsNotFound() {
        given().when().get("/api/articles/not-a-uuid")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", containsString("not-a-uuid"));
    }

    @Test
    void unsupportedMediaTypeIsAProblem() {
        given().contentType("application/x-www-form-urlencoded").body("title=x")
                .when().post("/api/articles")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void unknownPathIsAProblem() {
        given().when().get("/api/nothing-here")
                .then().statusCode(404).contentType("application/problem+json")
                .body("instance", endsWith("/api/nothing-here"));
    }

    @Test
    void nulCharactersAreDroppedRatherThanFailingTheDatabase() {
        given().contentType(ContentType.JSON).body("{\"title\": \"Null\\u0000byte\", \"body\": \"B\\u0000ody\"}")
                .when().post("/api/articles")
                .then().statusCode(201).body("title", equalTo("Nullbyte"));
    }

    @Test
    void concurrentPostsOfOneNewExternalIdAllSucceedAndLeaveOneArticle() throws Exception {
        for (int round = 0; round < 5; round++) {
            String externalId = "race-" + uniqueWord();
            List<Integer> statuses = concurrently(6, () -> given().contentType(ContentType.JSON)
                    .body(Map.of("externalId", externalId, "title", "Race", "body", "Same story."))
                    .when().post("/api/articles").then().extract().statusCode());
            assertThat(statuses).containsOnly(201, 200).containsOnlyOnce(201);
        }
    }

    @Test
    void concurrentDeletesOfOneArticleAnswer204OnceAnd404Otherwise() throws Exception {
        for (int round = 0; round < 5; round++) {
            String id = post(article("Short-lived", "Gone soon.")).getString("id");
            List<Integer> statuses = concurrently(4, () -> given().when().delete("/api/articles/" + id)
                    .then().extract().statusCode());
            assertThat(statuses).containsOnly(204, 404).containsOnlyOnce(204);
        }
    }

    @Test
    void datesOutsideFourDigitYearsAreRefused() {
        for (String date : List.of("+300000-01-01T00:00:00Z", "-5000-01-01", "+999999999-12-31T23:59:59Z")) {
            Map<String, Object> input = article("Dated", "Body.");
            input.put("publishedAt", date);
            given().contentType(ContentType.JSON).body(input).when().post("/api/articles")
                    .then().statusCode(400).body("errors[0].field", equalTo("publishedAt"));
        }
    }

    @Test
    void anUnpairedSurrogateInAnIdStillIdentifiesTheSameArticle() {
        String json = "{\"externalId\": \"lone-\\ud800-" + uniqueWord() + "\", \"title\": \"T\", \"body\": \"B\"}";
        String id = given().contentType(ContentType.JSON).body(json).when().post("/api/articles")
                .then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body(json).when().post("/api/articles")
                .then().statusCode(200).body("id", equalTo(id));
    }

    private static List<Integer> concurrently(int clients, Callable<Integer> request) throws Exception {
        return Concurrently.run(Collections.nCopies(clients, request));
    }

    private static JsonPath postStatus(Map<String, Object> input, String externalId, int status) {
        input.put("externalId", externalId);
        return given().contentType(ContentType.JSON).body(input)
                .when().post("/api/articles")
                .then().statusCode(status).extract().jsonPath();
    }
}
