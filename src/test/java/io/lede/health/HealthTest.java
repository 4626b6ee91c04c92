package io.lede.health;

import static io.lede.testsupport.Api.article;
import static io.lede.testsupport.Api.awaitSearch;
import static io.lede.testsupport.Api.post;
import static io.lede.testsupport.Api.uniqueWord;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.lede.testsupport.Eventually;
import io.lede.testsupport.SearchEngine;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * The probes Kubernetes asks: liveness (the process), readiness (the database) and startup, and the search cluster's
 * state in {@code /q/health/well}. The search cluster is taken down for real: by freezing the OpenSearch process (as
 * a hung node or a network partition would: connections open, nothing answers) and by taking the index's read alias
 * away. Neither takes the instance out of service: writes go on into the outbox.
 */
@QuarkusTest
class HealthTest {

    private static final String SEARCH_CHECK = "checks.find { it.name == 'Search cluster' }";

    /** Where {@code RealBackendsResource} starts the suite's OpenSearch node, which records its process id there. */
    private static final Path OPENSEARCH_PID = Path.of("target", "test-backends", "opensearch", "node.pid");

    @ConfigProperty(name = "quarkus.hibernate-search-orm.elasticsearch.hosts")
    String searchHost;

    @Test
    void livenessIsTheProcessAlone() {
        given().when().get("/q/health/live")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Lede process"));
    }

    @Test
    void startedOnceBootIsOver() {
        given().when().get("/q/health/started")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Lede started"));
    }

    @Test
    void readyWhenTheDatabaseAnswers() {
        given().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.find { it.name == 'Database connections health check' }.status", equalTo("UP"))
                .body("checks.name", not(hasItem("Search cluster")));
    }

    @Test
    void theSearchClusterAndTheArticleIndexAreReported() {
        given().when().get("/q/health/well")
                .then().statusCode(200)
                .body(SEARCH_CHECK + ".status", equalTo("UP"))
                .body(SEARCH_CHECK + ".data.index", equalTo("articles-read"))
                .body(SEARCH_CHECK + ".data.documents", greaterThanOrEqualTo(0));
        given().when().get("/q/health").then().statusCode(200).body("checks.name", hasItem("Search cluster"));
    }

    @Test
    void aSearchClusterThatDoesNotAnswerIsReportedWhileWritesGoOn() throws Exception {
        long pid = Long.parseLong(Files.readString(OPENSEARCH_PID).strip());
        String word = uniqueWord();
        // Counts the languages present, kept 5 s: the frozen search below, sent within milliseconds, goes straight
        // to its list (without the list's own deadline, this test fails on the client's read timeout).
        given().queryParam("q", word).when().get("/api/search").then().statusCode(200);
        signal("STOP", pid);
        try {
            CompletableFuture<Timed> search = timed(() -> given().queryParam("q", word).when().get("/api/search"));
            CompletableFuture<Timed> suggest = timed(() -> given().queryParam("q", "froz").when().get("/api/suggest"));
            long start = System.nanoTime();
            Response well = given().when().get("/q/health/well");
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            well.then().statusCode(503)
                    .body("status", equalTo("DOWN"))
                    .body(SEARCH_CHECK + ".status", equalTo("DOWN"))
                    .body(SEARCH_CHECK + ".data.problem", containsString("did not answer within 2000 ms"));
            // The check answers within lede.health.search-timeout, not after the client's 30 s read timeout.
            assertThat(took).isLessThan(Duration.ofSeconds(10));
            given().when().get("/q/health").then().statusCode(503);
            given().when().get("/q/health/ready").then().statusCode(200);
            given().when().get("/q/health/live").then().statusCode(200);
            post(article("Filed while the search cluster was frozen " + word, "Kept in the outbox meanwhile."));
            // The result list and suggestions give up at lede.search.timeout (10 s), not the client's 30 s.
            for (Timed answer : List.of(search.get(), suggest.get())) {
                answer.response().then().statusCode(503).contentType("application/problem+json")
                        .body("title", equalTo("Search unavailable"));
                assertThat(answer.took()).isBetween(Duration.ofSeconds(9), Duration.ofSeconds(20));
            }
        } finally {
            signal("CONT", pid);
        }
        Eventually.until(() -> given().when().get("/q/health/well").statusCode(), status -> status == 200);
        assertThat(awaitSearch(word, r -> r.getList("hits").size() == 1).getString("hits[0].title"))
                .startsWith("Filed while the search cluster was frozen");
    }

    @Test
    void aMissingArticleIndexIsReported() throws Exception {
        String index = SearchEngine.request(searchHost, "GET", "/_alias/articles-read", null).split("\"")[1];
        String remove = "{\"actions\": [{\"remove\": {\"index\": \"" + index + "\", \"alias\": \"articles-read\"}}]}";
        String restore = "{\"actions\": [{\"add\": {\"index\": \"" + index + "\", \"alias\": \"articles-read\"}}]}";
        SearchEngine.request(searchHost, "POST", "/_aliases", remove);
        try {
            given().when().get("/q/health/well")
                    .then().statusCode(503)
                    .body(SEARCH_CHECK + ".status", equalTo("DOWN"))
                    .body(SEARCH_CHECK + ".data.problem", equalTo("the index does not exist"));
            given().when().get("/q/health/ready").then().statusCode(200);
        } finally {
            SearchEngine.request(searchHost, "POST", "/_aliases", restore);
        }
        given().when().get("/q/health/well").then().statusCode(200);
    }

    private record Timed(Response response, Duration took) {
    }

    private static CompletableFuture<Timed> timed(Supplier<Response> request) {
        return CompletableFuture.supplyAsync(() -> {
            long start = System.nanoTime();
            Response response = request.get();
            return new Timed(response, Duration.ofNanos(System.nanoTime() - start));
        });
    }

    private static void signal(String signal, long pid) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(pid)).inheritIO().start();
        assertThat(kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0).as("kill -" + signal).isTrue();
    }
}
