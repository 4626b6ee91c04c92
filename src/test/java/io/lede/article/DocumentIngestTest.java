package io.lede.article;

import static io.lede.testsupport.Api.awaitSearch;
import static io.lede.testsupport.Api.search;
import static java.nio.charset.StandardCharsets.UTF_8;
import static io.lede.testsupport.Api.uniqueWord;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import io.lede.testsupport.Eventually;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.path.json.JsonPath;

/** Articles sent as whole web pages, Markdown or plain text. */
@QuarkusTest
class DocumentIngestTest {

    private static final Path MOSCOW_TIMES_SAMPLE = Path.of("..", "shared", "samples",
            "moscow-times-2023-12-23-ceasefire.md");

    private static String page(String word) {
        return "<!doctype html><html lang=en><head><title>Ferry fares rise " + word + " | Harbor Ledger</title>"
                + "<meta property=og:site_name content=\"Harbor Ledger\">"
                + "<link rel=canonical href=\"https://ledger.example.org/ferry-" + word + "\"></head><body>"
                + "<nav><a href=/>Home</a> <a href=/news>News</a></nav>"
                + "<article><h1>Ferry fares rise " + word + "</h1><p class=byline>By Ana Ruiz, March 5, 2024</p>"
                + "<p>Ferry fares across the bay will rise by eight percent in April, the operator said on Monday, "
                + "citing fuel costs and the price of new vessels.</p><p>Season tickets for commuters are exempt "
                + "until the autumn, when the operator expects to review its timetable.</p><p>Notice " + word + ".</p>"
                + "</article>"
                + "<footer>All rights reserved.</footer></body></html>";
    }

    /** Files sent as application/octet-stream without a known extension are read by what they hold. */
    @Test
    void anUploadedFileOfUnknownTypeIsReadByItsContentAndBinaryOnesAreRefused() {
        String word = uniqueWord();
        JsonPath result = given().contentType("multipart/form-data")
                .multiPart("files", "notes", ("Ferry notes " + word + "\n\nThe ferry ran late all week, the "
                        + "harbour master said.").getBytes(UTF_8), "application/octet-stream")
                .multiPart("files", "page", ("<!doctype html><h1>Ferry page " + word + "</h1><p>The ferry ran "
                        + "late all week, the harbour master said on Friday.</p>").getBytes(UTF_8),
                        "application/octet-stream")
                .multiPart("files", "scan.pdf", new byte[] { '%', 'P', 'D', 'F', 0, 1, 2, (byte) 0xff },
                        "application/octet-stream")
                .multiPart("files", "record", ("{\"title\": \"Ferry record " + word + "\", \"body\": \"The ferry "
                        + "ran late.\"}").getBytes(UTF_8), "application/octet-stream")
                .when().post("/api/articles/bulk").then().statusCode(200).extract().jsonPath();

        assertThat(result.getList("items.status", Integer.class)).containsExactly(201, 201, 415, 201);
        given().when().get("/api/articles/" + result.getString("items[3].id"))
                .then().statusCode(200).body("title", equalTo("Ferry record " + word));
        assertThat(result.getString("items[2].error")).contains(".html", ".md", ".txt", ".json");
        assertThat(result.getString("items[0].id")).isNotBlank();
        given().when().get("/api/articles/" + result.getString("items[1].id"))
                .then().statusCode(200).body("title", equalTo("Ferry page " + word));
    }

    @Test
    void anUploadWithoutFilesIsA400() {
        given().contentType("multipart/form-data").multiPart("doc", "<h1>Ferry</h1><p>Not a file part.</p>")
                .when().post("/api/articles/bulk")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("files"));
    }

    @Test
    void aFormFieldBesideTheFilesGetsAResultSayingItWasNotRead() {
        String word = uniqueWord();
        JsonPath result = given().contentType("multipart/form-data")
                .multiPart("files", "page.html", ("<!doctype html><h1>Ferry page " + word + "</h1><p>The ferry ran "
                        + "late all week, the harbour master said on Friday.</p>").getBytes(UTF_8), "text/html")
                .multiPart("doc", "<h1>Ferry</h1><p>Sent as a field's value, not as a file.</p>")
                .when().post("/api/articles/bulk").then().statusCode(200).extract().jsonPath();

        assertThat(result.getList("items.status", Integer.class)).containsExactly(201, 400);
        assertThat(result.getString("items[1].field")).isEqualTo("doc");
        assertThat(result.getString("items[1].error")).contains("not a file");
        assertThat(result.getInt("failed")).isEqualTo(1);
    }

    @Test
    void aWholePageIsStoredAsItsExtractedArticle() {
        String word = uniqueWord();
        given().contentType("text/html").body(page(word))
                .when().post("/api/articles")
                .then().statusCode(201)
                .body("title", equalTo("Ferry fares rise " + word))
                .body("url", equalTo("https://ledger.example.org/ferry-" + word))
                .body("source", equalTo("Harbor Ledger"))
                .body("authors", equalTo(List.of("Ana Ruiz")))
                .body("publishedAt", equalTo("2024-03-05T00:00:00Z"))
                .body("language", equalTo("en"))
                .body("body", containsString("Ferry fares across the bay"))
                .body("body", not(containsString("Home")));

        // Same canonical URL again: an update, not a second article.
        given().contentType("text/html").body(page(word))
                .when().post("/api/articles")
                .then().statusCode(200);
        awaitSearch(word, r -> r.getLong("total.value") == 1);
    }

    @Test
    void extractPreviewsWithoutStoring() {
        String word = uniqueWord();
        given().contentType("text/html").body(page(word))
                .when().post("/api/extract")
                .then().statusCode(200)
                .body("title", equalTo("Ferry fares rise " + word))
                .body("publishedAt", equalTo("2024-03-05T00:00:00Z"))
                .body("body", equalTo("Ferry fares across the bay will rise by eight percent in April, the operator "
                        + "said on Monday, citing fuel costs and the price of new vessels.\n\nSeason tickets for "
                        + "commuters are exempt until the autumn, when the operator expects to review its timetable.\n\n"
                        + "Notice " + word + "."));
        given().queryParam("q", word).when().get("/api/search").then().body("total.value", equalTo(0));
    }

    @Test
    void thePreviewRefusesWhatIngestRefuses() {
        given().contentType("text/html").body("<html><body><div></div></body></html>")
                .when().post("/api/extract")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("title", "body")));
        given().contentType("text/html").queryParam("url", "javascript:alert(1)")
                .body("<html><body><h1>Ferry fares rise</h1><p>Fares rise in April.</p></body></html>")
                .when().post("/api/extract")
                .then().statusCode(400).body("errors.field", hasItem("url"));
    }

    @Test
    void markdownWithoutACharsetThatIsNotUtf8IsReadAsWindows1252() {
        byte[] latin = "# Caf\u00e9 opens on the quay\n\nThe caf\u00e9 opened on Monday with a brass band."
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        given().config(RestAssured.config().encoderConfig(
                EncoderConfig.encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false)))
                .contentType("text/markdown").body(latin)
                .when().post("/api/extract")
                .then().statusCode(200)
                .body("title", equalTo("Caf\u00e9 opens on the quay"));
    }

    @Test
    void plainTextWithAUrlParameter() {
        String word = uniqueWord();
        given().contentType("text/plain; charset=UTF-8").queryParam("url", "https://notes.example.org/" + word)
                .body("Library extends hours " + word + "\n\nThe city library will open until nine on weekdays.")
                .when().post("/api/articles")
                .then().statusCode(201)
                .body("title", equalTo("Library extends hours " + word))
                .body("url", equalTo("https://notes.example.org/" + word))
                .body("body", equalTo("The city library will open until nine on weekdays."));
    }

    @Test
    void aDocumentWithoutTextIsA400NamingWhatIsMissing() {
        given().contentType("text/html").body("<html><body><div></div></body></html>")
                .when().post("/api/articles")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("title", "body")));
    }

    @Test
    void aDocumentOverTheLimitIsA413() {
        given().contentType("text/html").body("<p>" + "x".repeat(11 * 1024 * 1024) + "</p>")
                .when().post("/api/extract")
                .then().statusCode(413).contentType("application/problem+json");
    }

    @Test
    void aDocumentOfMillionsOfTagsIsA413BeforeItIsParsed() {
        given().contentType("text/html").body(("<h1>Tags</h1><p>" + "<b>x".repeat(2_000_000)).getBytes(UTF_8))
                .when().post("/api/articles")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", containsString("lede.ingest.max-elements"));
    }

    @Test
    void binaryDataSentAsTextIsA415() {
        byte[] noise = new byte[100_000];
        new java.util.Random(11).nextBytes(noise);
        given().contentType("text/plain").body(noise)
                .when().post("/api/articles")
                .then().statusCode(415).contentType("application/problem+json")
                .body("detail", containsString("binary"));
        JsonPath result = given().contentType("multipart/form-data")
                .multiPart("files", "noise.txt", noise, "text/plain")
                .when().post("/api/articles/bulk").then().statusCode(200).extract().jsonPath();
        assertThat(result.getList("items.status", Integer.class)).containsExactly(415);
    }

    @Test
    void aMultipartUploadOfAThousandPagesStoresEachWithItsOwnResult() {
        String word = uniqueWord();
        var request = given().contentType("multipart/form-data");
        for (int i = 0; i < 1000; i++) {
            request.multiPart("files", "page-" + i + ".html", page(word + " " + "n" + i).getBytes(UTF_8), "text/html");
        }
        request.multiPart("files", "notes.md", ("# Markdown note " + word + "\n\nA short note written in Markdown "
                + "about the ferry timetable.").getBytes(UTF_8), "application/octet-stream");
        request.multiPart("files", "empty.html", "<html></html>".getBytes(UTF_8), "text/html");

        JsonPath result = request.when().post("/api/articles/bulk").then().statusCode(200).extract().jsonPath();

        assertThat(result.getInt("created")).isEqualTo(1001);
        assertThat(result.getInt("failed")).isEqualTo(1);
        assertThat(result.getString("items[0].file")).isEqualTo("page-0.html");
        assertThat(result.getInt("items[1001].part")).isEqualTo(1002);
        assertThat(result.getInt("items[1001].status")).isEqualTo(400);
        Eventually.until(Duration.ofSeconds(60), () -> search(word).getLong("total.value"), total -> total == 1001);
    }

    @Test
    void hostilePagesGetA4xxOrABestEffortArticleNeverA5xx() {
        java.util.Random random = new java.util.Random(7);
        byte[] junk = new byte[2 * 1024 * 1024];
        random.nextBytes(junk);
        List<byte[]> pages = List.of(
                ("<html><body>" + "<div>".repeat(100_000) + "<p>Deep text that is long enough to count as a paragraph "
                        + "of an article.</p>" + "</div>".repeat(100_000) + "</body></html>").getBytes(),
                ("<html><body>" + "<span><b><i>x</i></b></span>".repeat(150_000) + "</body></html>").getBytes(),
                junk,
                "<html><head><meta charset=\"no-such-charset\"></head><body><h1>Title here</h1><p>Body text of the "
                        .concat("page that is long enough.</p></body></html>").getBytes(),
                new byte[0]);
        for (byte[] page : pages) {
            int status = given().contentType("text/html").body(page)
                    .when().post("/api/extract")
                    .then().extract().statusCode();
            assertThat(status).isLessThan(500);
        }
    }

    @Test
    void markdownFrontMatterRawHtmlAndTablesAreReadAsAPagesWouldBe() {
        String word = uniqueWord();
        String markdown = "---\ntitle: Ice on Mars " + word + "\nauthor: Jane Roe\ndate: 2024-05-06\n"
                + "tags: [water, science]\n---\n\n# Water on Mars confirmed\n\n<!-- TODO: add quote from NASA -->\n\n"
                + "Scientists found H<sub>2</sub>O ice under the surface, the team said.<script>alert(1)</script>\n\n"
                + "| Site | Depth |\n|---|---|\n| Utopia | 10 m |\n";
        given().contentType("text/markdown; charset=UTF-8").body(markdown)
                .when().post("/api/articles")
                .then().statusCode(201)
                .body("title", equalTo("Ice on Mars " + word))
                .body("authors", equalTo(List.of("Jane Roe")))
                .body("tags", equalTo(List.of("water", "science")))
                .body("publishedAt", equalTo("2024-05-06T00:00:00Z"))
                .body("body", equalTo("Water on Mars confirmed\n\nScientists found H2O ice under the surface, the "
                        + "team said.\n\nSite | Depth\n\nUtopia | 10 m"));
    }

    /** Issue acceptance: the shared scraped-Markdown sample posted as text/markdown. */
    @Test
    void theMoscowTimesMarkdownSampleIsStoredCleanly() throws IOException {
        Assumptions.assumeTrue(Files.exists(MOSCOW_TIMES_SAMPLE), "needs ../shared/samples");
        String stored = given().contentType("text/markdown; charset=UTF-8").body(Files.readString(MOSCOW_TIMES_SAMPLE))
                .when().post("/api/articles")
                .then().statusCode(org.hamcrest.Matchers.oneOf(200, 201))
                .body("title", equalTo("Putin Quietly Signaling Openness to Ukraine Ceasefire Talks – NYT"))
                .body("publishedAt", equalTo("2023-12-23T00:00:00Z"))
                .body("url", equalTo("https://www.themoscowtimes.com/2023/12/23/"
                        + "putin-quietly-signaling-openness-to-ukraine-ceasefire-talks-nyt-a83548"))
                .extract().path("body");

        assertThat(stored).startsWith("Russian President Vladimir Putin has been telegraphing")
                .doesNotContain("duma.gov.ru", "Related article", "How Russian Officials Plan", "Original url");
    }
}
