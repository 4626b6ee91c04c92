package io.lede.article;

import static io.lede.testsupport.Api.uniqueWord;
import static io.restassured.RestAssured.given;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * JSON articles (single posts, NDJSON bulk lines, extract previews) that carry a whole page, Markdown or plain text
 * in {@code html}, {@code markdown} or {@code text} instead of a body.
 */
@QuarkusTest
class JsonDocumentIngestTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static String page(String word) {
        return "<!doctype html><html lang=en><head><title>Night buses return " + word + " | Valley Courier</title>"
                + "<meta property=og:site_name content=\"Valley Courier\"></head><body>"
                + "<nav><a href=/>Front page</a> <a href=/transit>Transit</a></nav>"
                + "<article><h1>Night buses return " + word + "</h1><p class=byline>By Lena Ortiz, November 8, 2024</p>"
                + "<p>The regional transit board restored three night bus routes on Friday, two years after they were "
                + "cut, and promised a departure every forty minutes until four in the morning.</p>"
                + "<p>Hospital and bakery workers had asked for the routes at every board meeting since the cut, "
                + "the board's chair said. Marker " + word + ".</p></article>"
                + "<footer>Subscribe to our newsletter.</footer></body></html>";
    }

    private static Map<String, Object> fields(Object... pairs) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private static String line(Map<String, Object> article) {
        try {
            return JSON.writeValueAsString(article);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonPath bulk(String... lines) {
        return given().contentType("application/x-ndjson").body((String.join("\n", lines) + "\n").getBytes(UTF_8))
                .when().post("/api/articles/bulk")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void aJsonArticleWithAWholePageIsStoredAsItsExtractedArticle() {
        String word = uniqueWord();
        given().contentType(ContentType.JSON)
                .body(fields("html", page(word), "url", "https://courier.example.net/buses-" + word))
                .when().post("/api/articles")
                .then().statusCode(201)
                .body("title", equalTo("Night buses return " + word))
                .body("url", equalTo("https://courier.example.net/buses-" + word))
                .body("source", equalTo("Valley Courier"))
                .body("authors", equalTo(List.of("Lena Ortiz")))
                .body("publishedAt", equalTo("2024-11-08T00:00:00Z"))
                .body("language", equalTo("en"))
                .body("body", containsString("restored three night bus routes"))
                .body("body", not(containsString("Front page")))
                .body("body", not(containsString("newsletter")));
    }

    @Test
    void givenFieldsOverrideWhatIsExtracted() {
        String word = uniqueWord();
        given().contentType(ContentType.JSON)
                .body(fields("html", page(word), "title", "Owl routes are back " + word, "tags", List.of("transit"),
                        "authors", List.of(), "publishedAt", "2024-11-09", "externalId", "courier-" + word))
                .when().post("/api/articles")
                .then().statusCode(201)
                .body("title", equalTo("Owl routes are back " + word))
                .body("tags", equalTo(List.of("transit")))
                .body("authors", equalTo(List.of()))
                .body("publishedAt", equalTo("2024-11-09T00:00:00Z"))
                .body("externalId", equalTo("courier-" + word))
                .body("source", equalTo("Valley Courier"))
                .body("body", containsString("restored three night bus routes"));
    }

    @Test
    void aBulkStreamMixesJsonPageMarkdownAndTextLines() {
        String word = uniqueWord();
        JsonPath result = bulk(
                line(fields("title", "Ferry timetable changes " + word, "body", "Two morning sailings move.")),
                line(fields("html", page(word), "url", "https://courier.example.net/bulk-" + word)),
                line(fields("markdown", "# Orchard harvest starts early " + word + "\n\nGrowers in the valley began "
                        + "picking apples a week ahead of the usual date after a warm **September**.")),
                "",
                line(fields("text", "Pool closes for repairs " + word + "\n\nThe municipal pool will stay closed "
                        + "until March while its roof is replaced.\n\nSwimming lessons move to the school gym.")));

        assertThat(result.getList("items.line", Integer.class)).containsExactly(1, 2, 3, 5);
        assertThat(result.getList("items.status", Integer.class)).containsExactly(201, 201, 201, 201);
        List<String> titles = result.getList("items.id", String.class).stream()
                .map(id -> given().get("/api/articles/" + id).then().statusCode(200).extract().path("title"))
                .map(String.class::cast).toList();
        assertThat(titles).containsExactly("Ferry timetable changes " + word, "Night buses return " + word,
                "Orchard harvest starts early " + word, "Pool closes for repairs " + word);

        String markdownBody = given().get("/api/articles/" + result.getString("items[2].id")).path("body");
        assertThat(markdownBody).isEqualTo("Growers in the valley began picking apples a week ahead of the usual date "
                + "after a warm September.");
        String textBody = given().get("/api/articles/" + result.getString("items[3].id")).path("body");
        assertThat(textBody).isEqualTo("The municipal pool will stay closed until March while its roof is replaced."
                + "\n\nSwimming lessons move to the school gym.");
    }

    @Test
    void twoContentFieldsAreA400NamingBoth() {
        given().contentType(ContentType.JSON)
                .body(fields("title", "Both", "body", "Some text.", "html", "<h1>Both</h1>"))
                .when().post("/api/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("body", "html")))
                .body("errors[0].reason", containsString("only one of"));

        JsonPath result = bulk(
                line(fields("markdown", "# Twice\n\nText.", "text", "Twice\n\nText.")),
                line(fields("title", "Alone " + uniqueWord(), "body", "Stored regardless.")));
        assertThat(result.getList("items.status", Integer.class)).containsExactly(400, 201);
        assertThat(result.getString("items[0].error")).startsWith("markdown:").contains("text:");
    }

    @Test
    void aTooLargePageIsA413AndFailsOnlyItsOwnLine() {
        String huge = "<html><body><h1>Huge page</h1><p>" + "y".repeat(11 * 1024 * 1024) + "</p></body></html>";
        given().contentType(ContentType.JSON).body(line(fields("html", huge)).getBytes(UTF_8))
                .when().post("/api/articles")
                .then().statusCode(413).contentType("application/problem+json");

        String word = uniqueWord();
        JsonPath result = bulk(
                line(fields("text", "Before the big one " + word + "\n\nA short note.")),
                line(fields("html", huge)),
                line(fields("html", page(word))));
        assertThat(result.getList("items.status", Integer.class)).containsExactly(201, 413, 201);
        assertThat(result.getInt("failed")).isEqualTo(1);
    }

    @Test
    void extractPreviewsAJsonArticleWithItsOverrides() {
        String word = uniqueWord();
        given().contentType(ContentType.JSON)
                .body(fields("html", page(word), "title", "Preview title " + word,
                        "url", "https://courier.example.net/p", "language", "EN-gb"))
                .when().post("/api/extract")
                .then().statusCode(200)
                .body("title", equalTo("Preview title " + word))
                // As it would be stored: the language as its code.
                .body("language", equalTo("en"))
                .body("url", equalTo("https://courier.example.net/p"))
                .body("authors", equalTo(List.of("Lena Ortiz")))
                .body("body", containsString("restored three night bus routes"));
        given().queryParam("q", word).when().get("/api/search").then().body("total.value", equalTo(0));

        given().contentType(ContentType.JSON).body(fields("title", "Nothing to extract", "body", "Text."))
                .when().post("/api/extract")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("html", "markdown", "text")));
        given().contentType(ContentType.JSON).body(fields("html", "<h1>A</h1>", "text", "A"))
                .when().post("/api/extract")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("html", "text")));
    }
}
