package io.lede.admin;

import static io.lede.testsupport.Api.article;
import static io.lede.testsupport.Api.awaitSearch;
import static io.lede.testsupport.Api.hitIds;
import static io.lede.testsupport.Api.post;
import static io.lede.testsupport.Api.search;
import static io.lede.testsupport.Api.uniqueWord;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;

import java.io.IOException;
import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.lede.testsupport.Eventually;
import io.lede.testsupport.SearchEngine;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/**
 * POST /api/admin/reindex rebuilds index documents from the database in the background, one reindex at a time
 * across instances, and GET reports how it went. The database these tests share may hold many articles by now, hence the long waits.
 */
@QuarkusTest
class ReindexTest {

    private static final Duration REINDEX_TIMEOUT = Duration.ofMinutes(5);
    private static final String OTHER_INSTANCE = "lede-7f9c6-xk2p4/1";

    @ConfigProperty(name = "quarkus.hibernate-search-orm.elasticsearch.hosts")
    String searchHost;

    @Inject
    DataSource dataSource;

    @Test
    void reindexingRestoresAnArticleWhoseDocumentWasDropped() throws Exception {
        String word = uniqueWord();
        String id = post(article("Harbour " + word + " reopens", "The harbour reopened after the storm."))
                .getString("id");
        awaitSearch(word, r -> hitIds(r).equals(List.of(id)));

        // As if indexed by an older version, or lost: the article is in the database but not in the index.
        engine("DELETE", "/articles-write/_doc/" + id + "?refresh=true", null);
        assertThat(hitIds(search(word))).isEmpty();

        awaitFinished();
        JsonPath started = given().when().post("/api/admin/reindex")
                .then().statusCode(202)
                .header("Location", endsWith("/api/admin/reindex"))
                .extract().jsonPath();
        assertThat(started.getString("state")).isEqualTo("running");
        assertThat(started.getString("startedAt")).isNotNull();
        assertThat(started.getString("finishedAt")).isNull();

        JsonPath done = awaitFinished();
        assertThat(done.getString("state")).isEqualTo("succeeded");
        assertThat(done.getString("error")).isNull();
        assertThat(done.getLong("documentsIndexed")).isPositive().isEqualTo(done.getLong("documentsTotal"));
        assertThat(Instant.parse(done.getString("finishedAt")))
                .isAfterOrEqualTo(Instant.parse(done.getString("startedAt")));

        assertThat(hitIds(search(word))).containsExactly(id);
        // Rewritten in place, not added again.
        String byId = "{\"query\": {\"ids\": {\"values\": [\"" + id + "\"]}}}";
        assertThat(engine("POST", "/articles-read/_count", byId)).contains("\"count\":1");
    }

    @Test
    void aSecondReindexWhileOneRunsIsAConflict() {
        post(article("Ferry " + uniqueWord(), "Something to index."));
        awaitFinished();
        given().when().post("/api/admin/reindex").then().statusCode(202);
        // The first cannot have finished yet: it waits for indexing-event processing to suspend itself first.
        given().when().post("/api/admin/reindex")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409))
                .body("detail", containsString("GET /api/admin/reindex"));
        given().when().get("/api/admin/reindex").then().statusCode(200)
                .body("state", oneOf("running", "succeeded"));
        assertThat(awaitFinished().getString("state")).isEqualTo("succeeded");
    }

    @Test
    void aFailedReindexSaysWhyAndAnotherCanFollow() throws Exception {
        String word = uniqueWord();
        String id = post(article("Tram " + word, "The tram line opened.")).getString("id");
        awaitSearch(word, r -> hitIds(r).equals(List.of(id)));
        awaitFinished();

        // The block the engines put on an index whose disk is full: every write is refused.
        blockIndexWrites(true);
        given().when().post("/api/admin/reindex").then().statusCode(202);
        JsonPath failed = awaitFinished();
        assertThat(failed.getString("state")).isEqualTo("failed");
        assertThat(failed.getString("error")).contains("failure(s) occurred during mass indexing");
        assertThat(failed.getString("finishedAt")).isNotNull();
        // Asking again is no error either.
        given().when().get("/api/admin/reindex").then().statusCode(200).body("state", equalTo("failed"));

        blockIndexWrites(false);
        given().when().post("/api/admin/reindex").then().statusCode(202);
        assertThat(awaitFinished().getString("state")).isEqualTo("succeeded");
        assertThat(hitIds(search(word))).containsExactly(id);
    }

    /** Instances share only the database: one started on another pod holds the lock, and any instance reports it. */
    @Test
    void aReindexRunningOnAnotherInstanceIsAConflictHereAndReportedHere() {
        awaitFinished();
        otherInstancesRun(Instant.now(), 1200);

        given().when().post("/api/admin/reindex")
                .then().statusCode(409)
                .contentType("application/problem+json")
                .body("detail", containsString(OTHER_INSTANCE));
        JsonPath status = status();
        assertThat(status.getString("state")).isEqualTo("running");
        assertThat(status.getString("instance")).isEqualTo(OTHER_INSTANCE);
        assertThat(status.getLong("documentsIndexed")).isEqualTo(1200);
    }

    @Test
    void aReindexLeftRunningByAStoppedInstanceCountsAsInterruptedAndAnotherCanStart() {
        awaitFinished();
        Instant lastHeard = Instant.now().minus(Duration.ofMinutes(10)).truncatedTo(ChronoUnit.SECONDS);
        otherInstancesRun(lastHeard, 300);

        JsonPath interrupted = status();
        assertThat(interrupted.getString("state")).isEqualTo("interrupted");
        assertThat(interrupted.getString("instance")).isEqualTo(OTHER_INSTANCE);
        assertThat(Instant.parse(interrupted.getString("finishedAt"))).isEqualTo(lastHeard);
        assertThat(interrupted.getString("error")).contains(OTHER_INSTANCE, "stopped");

        given().when().post("/api/admin/reindex").then().statusCode(202).body("instance", not(OTHER_INSTANCE));
        assertThat(awaitFinished().getString("state")).isEqualTo("succeeded");
        assertThat(QuarkusTransaction.requiringNew().call(() -> ReindexRun.<ReindexRun> list("instance",
                OTHER_INSTANCE)).get(0).state).as("recorded as interrupted").isEqualTo("interrupted");
    }

    /**
     * An instance can go silent past the stale limit and still be running (a long pause, a cut to the database):
     * another instance then marks its reindex interrupted and may start its own. Once it hears of that, at its next
     * heartbeat, it stops and reports the verdict rather than its own progress, so two never run as one.
     */
    @Test
    void aReindexAnotherInstanceTookForInterruptedStopsHere() throws Exception {
        post(article("Pier " + uniqueWord(), "Something to index."));
        awaitFinished();
        UUID taken;
        try (Connection lock = dataSource.getConnection()) {
            // The reindex waits for this lock to read the articles, so it is still running at its next heartbeat.
            lock.setAutoCommit(false);
            lock.createStatement().execute("lock table article in access exclusive mode");
            given().when().post("/api/admin/reindex").then().statusCode(202);
            // What another instance writes on finding this reindex's stamp stale.
            taken = QuarkusTransaction.requiringNew().call(() -> {
                ReindexRun running = ReindexRun.<ReindexRun> find("state", ReindexRun.RUNNING).singleResult();
                running.state = "interrupted";
                return running.id;
            });

            JsonPath stopped = Eventually.until(Reindexing.HEARTBEAT.multipliedBy(3), ReindexTest::status,
                    s -> !s.getString("state").equals("running"));
            assertThat(stopped.getString("state")).isEqualTo("interrupted");
            lock.rollback();
        }
        given().when().post("/api/admin/reindex").then().statusCode(202);
        assertThat(awaitFinished().getString("state")).isEqualTo("succeeded");
        assertThat(QuarkusTransaction.requiringNew().call(() -> ReindexRun.<ReindexRun> findById(taken).state))
                .as("the stopped reindex's late end left the verdict").isEqualTo("interrupted");
    }

    @AfterEach
    void unblock() throws Exception {
        QuarkusTransaction.requiringNew().run(() -> ReindexRun.delete("instance", OTHER_INSTANCE));
        blockIndexWrites(false);
        awaitFinished();
    }

    /** The row another instance writes when it starts a reindex, as last recorded at {@code heartbeat}. */
    private static void otherInstancesRun(Instant heartbeat, long documentsIndexed) {
        QuarkusTransaction.requiringNew().run(() -> {
            ReindexRun run = new ReindexRun();
            run.id = UUID.randomUUID();
            run.state = ReindexRun.RUNNING;
            run.instance = OTHER_INSTANCE;
            run.startedAt = heartbeat.minusSeconds(30);
            run.heartbeatAt = heartbeat;
            run.documentsIndexed = documentsIndexed;
            run.persist();
        });
    }

    private static JsonPath status() {
        return given().when().get("/api/admin/reindex").then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath awaitFinished() {
        return Eventually.until(REINDEX_TIMEOUT, ReindexTest::status, s -> !s.getString("state").equals("running"));
    }

    private void blockIndexWrites(boolean blocked) throws IOException, InterruptedException {
        SearchEngine.blockIndexWrites(searchHost, blocked);
    }

    private String engine(String method, String path, String json) throws IOException, InterruptedException {
        return SearchEngine.request(searchHost, method, path, json);
    }
}
