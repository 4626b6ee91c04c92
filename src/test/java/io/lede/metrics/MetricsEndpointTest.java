package io.lede.metrics;

import static io.lede.testsupport.Api.article;
import static io.lede.testsupport.Api.awaitSearch;
import static io.lede.testsupport.Api.post;
import static io.lede.testsupport.Api.search;
import static io.lede.testsupport.Api.uniqueWord;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.lede.testsupport.Eventually;
import io.lede.testsupport.SearchEngine;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

/** What {@code /q/metrics} shows after searches and ingests, with the tags dashboards and alerts select on. */
@QuarkusTest
class MetricsEndpointTest {

    @ConfigProperty(name = "quarkus.hibernate-search-orm.elasticsearch.hosts")
    String searchHost;

    @Test
    void searchesAreTimedByOutcomeAndTheirHitsCounted() {
        String word = uniqueWord();
        Prometheus before = Prometheus.scrape();

        assertThat(search(word).getList("hits")).isEmpty();
        post(article("Metrics " + word, "A body to find."));
        awaitSearch(word, r -> r.getList("hits").size() == 1);
        StringBuilder tooManyTerms = new StringBuilder();
        for (int c = 0x4E00; tooManyTerms.length() < 350; c++) {
            tooManyTerms.appendCodePoint(c);
        }
        given().queryParam("q", tooManyTerms.toString()).when().get("/api/search").then().statusCode(400);

        Prometheus after = Prometheus.scrape();
        assertThat(after.value("lede_search_seconds_count", "outcome", "ok"))
                .isGreaterThanOrEqualTo(before.valueOrZero("lede_search_seconds_count", "outcome", "ok") + 2);
        assertThat(after.value("lede_search_seconds_count", "outcome", "client_error"))
                .isEqualTo(before.valueOrZero("lede_search_seconds_count", "outcome", "client_error") + 1);
        assertThat(after.value("lede_search_seconds_count", "outcome", "error"))
                .isEqualTo(before.valueOrZero("lede_search_seconds_count", "outcome", "error"));
        assertThat(after.value("lede_search_seconds_sum", "outcome", "ok")).isPositive();
        assertThat(after.find("lede_search_seconds_bucket", "outcome", "ok")).hasSizeGreaterThan(10);
        assertThat(after.value("lede_search_seconds", "outcome", "ok", "quantile", "0.95")).isPositive();

        // The search before the article existed matched nothing; the ones after it, one article.
        assertThat(after.value("lede_search_hits_bucket", "le", "0.5"))
                .isGreaterThan(before.valueOrZero("lede_search_hits_bucket", "le", "0.5"));
        assertThat(after.value("lede_search_hits_count"))
                .isGreaterThanOrEqualTo(before.valueOrZero("lede_search_hits_count") + 2);
    }

    @Test
    void articlesAreCountedByFormatAndOutcome() {
        String word = uniqueWord();
        Prometheus before = Prometheus.scrape();

        Map<String, Object> json = article("Json " + word, "Body.");
        json.put("externalId", "metrics-" + word);
        String id = post(json).getString("id");
        post(json);
        given().contentType(ContentType.JSON).body("{\"title\": \"\"}").when().post("/api/articles")
                .then().statusCode(400);
        given().contentType(ContentType.JSON).body(json).when().put("/api/articles/" + id).then().statusCode(200);
        given().contentType("text/html").queryParam("url", "https://metrics.example.org/" + word)
                .body("<html><head><title>Html " + word + "</title></head><body><h1>Html " + word
                        + "</h1><p>A paragraph of the page.</p></body></html>")
                .when().post("/api/articles").then().statusCode(201);
        given().contentType("text/markdown").body("# Markdown " + word + "\n\nA paragraph.")
                .when().post("/api/articles").then().statusCode(201);
        given().contentType("text/plain").body("Text " + word + "\n\nA paragraph.")
                .when().post("/api/articles").then().statusCode(201);
        given().contentType("application/x-ndjson")
                .body(("{\"title\": \"Line one " + word + "\", \"body\": \"One.\"}\n"
                        + "{\"title\": \"\"}\n"
                        + "{\"title\": \"Line three " + word + "\", \"body\": \"Three.\"}\n")
                        .getBytes(StandardCharsets.UTF_8))
                .when().post("/api/articles/bulk").then().statusCode(200);
        given().multiPart("file", "upload.html", ("<html><body><h1>Upload " + word
                + "</h1><p>An uploaded page.</p></body></html>").getBytes(StandardCharsets.UTF_8), "text/html")
                .when().post("/api/articles/bulk").then().statusCode(200);

        Prometheus after = Prometheus.scrape();
        assertIncreasedBy(before, after, 1, "json", "created");
        assertIncreasedBy(before, after, 2, "json", "updated"); // the second post and the put
        assertIncreasedBy(before, after, 1, "json", "rejected");
        assertIncreasedBy(before, after, 1, "html", "created");
        assertIncreasedBy(before, after, 1, "markdown", "created");
        assertIncreasedBy(before, after, 1, "text", "created");
        assertIncreasedBy(before, after, 2, "ndjson", "created");
        assertIncreasedBy(before, after, 1, "ndjson", "rejected");
        assertIncreasedBy(before, after, 1, "multipart", "created");
        assertIncreasedBy(before, after, 0, "json", "failed");

        // The posted page and the uploaded one; one document each in Markdown and plain text.
        assertThat(after.value("lede_extraction_seconds_count", "format", "html"))
                .isEqualTo(before.value("lede_extraction_seconds_count", "format", "html") + 2);
        assertThat(after.value("lede_extraction_seconds_count", "format", "markdown"))
                .isEqualTo(before.value("lede_extraction_seconds_count", "format", "markdown") + 1);
        assertThat(after.value("lede_extraction_seconds_count", "format", "text"))
                .isEqualTo(before.value("lede_extraction_seconds_count", "format", "text") + 1);
        assertThat(after.find("lede_extraction_seconds_bucket", "format", "html")).isNotEmpty();
    }

    @Test
    void theIndexSizeAndTheOutboxBacklogAreGauged() throws Exception {
        String word = uniqueWord();
        post(article("Gauged " + word, "Body."));
        awaitSearch(word, r -> r.getList("hits").size() == 1);
        Prometheus now = Prometheus.scrape();
        assertThat(now.value("lede_index_documents")).isGreaterThanOrEqualTo(1);
        assertThat(now.value("lede_outbox_events", "status", "pending")).isNotNaN().isGreaterThanOrEqualTo(0);
        assertThat(now.value("lede_outbox_events", "status", "aborted")).isNotNaN().isGreaterThanOrEqualTo(0);

        // While the index refuses writes, the article's indexing event waits in the outbox: pending, retried,
        // aborted, re-queued, until the index takes it.
        SearchEngine.blockIndexWrites(searchHost, true);
        post(article("Backlogged " + uniqueWord(), "Body."));
        Eventually.until(Duration.ofSeconds(30), Prometheus::scrape, scrape -> scrape.value("lede_outbox_events",
                "status", "pending") + scrape.value("lede_outbox_events", "status", "aborted") >= 1);
        SearchEngine.blockIndexWrites(searchHost, false);
        Eventually.until(Duration.ofSeconds(60), Prometheus::scrape, scrape -> scrape.value("lede_outbox_events",
                "status", "pending") + scrape.value("lede_outbox_events", "status", "aborted") == 0);
    }

    @Test
    void httpJvmAndConnectionPoolMetricsComeWithThem() {
        given().when().get("/api/search").then().statusCode(200);
        Prometheus now = Prometheus.scrape();
        assertThat(now.find("http_server_requests_seconds_count", "uri", "/api/search")).isNotEmpty();
        assertThat(now.find("jvm_memory_used_bytes")).isNotEmpty();
        assertThat(now.find("agroal_active_count")).isNotEmpty();
    }

    @AfterEach
    void unblock() throws Exception {
        SearchEngine.blockIndexWrites(searchHost, false);
    }

    private static void assertIncreasedBy(Prometheus before, Prometheus after, int by, String format,
            String outcome) {
        assertThat(after.value("lede_ingest_articles_total", "format", format, "outcome", outcome))
                .as(format + "/" + outcome)
                .isEqualTo(before.value("lede_ingest_articles_total", "format", format, "outcome", outcome) + by);
    }
}
