package io.lede.admin;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.jboss.logging.Logger;

import io.lede.api.ApiException;
import io.lede.article.Article;
import io.lede.article.ArticleService;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Rebuilds the index from PostgreSQL, the source of truth, one reindex at a time across every instance.
 * <p>
 * Each article's document is rewritten in place: the index is not purged first, so search keeps answering from
 * the documents already there, and each one is replaced by its rebuilt version as the reindex reaches it (same
 * id, so nothing is duplicated). With outbox-polling coordination Hibernate Search suspends event processing while
 * a mass indexer runs (an entity indexed from both at once could end out of date): articles written meanwhile are
 * stored and acknowledged as usual, and reach search once the reindex ends.
 * <p>
 * Instances behind one address share nothing but the database, so a reindex lives there as a {@link ReindexRun}
 * row: a unique index lets one row at a time be running, whichever instance a {@code POST} reached, and a
 * {@code GET} on any instance reads it. The instance running it records its progress every few seconds; when that
 * instance stops (a crash, a rolled deployment), its row's stamp goes stale and the reindex counts as interrupted,
 * so that another can start.
 */
@ApplicationScoped
public class Reindexing {

    private static final Logger LOG = Logger.getLogger(Reindexing.class);

    /** How often the running instance records its progress (the {@code @Scheduled} below says it again). */
    static final Duration HEARTBEAT = Duration.ofSeconds(5);
    /** A running reindex not recorded for this long was left by an instance that stopped: twelve missed beats. */
    static final Duration STALE_AFTER = HEARTBEAT.multipliedBy(12);

    private final SearchMapping searchMapping;
    private final ReindexConfig config;
    private final String instance = instanceName();
    /** The reindex this instance runs or ran last, if any. */
    private volatile ReindexJob local;

    public Reindexing(SearchMapping searchMapping, ReindexConfig config) {
        this.searchMapping = searchMapping;
        this.config = config;
    }

    /** Starts a reindex in the background; a 409 while one is running on any instance. */
    public synchronized ReindexStatus start() {
        ReindexJob job = new ReindexJob(claim());
        local = job;
        LOG.info("Reindex started");
        try {
            CompletableFuture<?> run = searchMapping.scope(Article.class).massIndexer()
                    // In place: searches keep finding the documents until their rebuilt versions replace them.
                    .purgeAllOnStart(false)
                    .dropAndCreateSchemaOnStart(false)
                    .threadsToLoadObjects(config.threads())
                    .batchSizeToLoadObjects(config.batchSize())
                    .transactionTimeout(Math.toIntExact(config.timeout().toSeconds()))
                    .monitor(job.monitor())
                    .start()
                    .toCompletableFuture();
            job.attach(run);
            run.whenComplete((ignored, failure) -> finished(job, failure));
        } catch (RuntimeException e) {
            finished(job, e);
        }
        return job.status();
    }

    /**
     * The running reindex of any instance, else the latest; this instance's own while its row does not yet hold
     * what it knows (its progress of this moment, or an end the database was away for).
     */
    public ReindexStatus status() {
        ReindexJob job = local;
        if (job != null && !job.recorded()) {
            return job.status();
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Instant now = databaseNow();
            return running().or(Reindexing::latest).map(run -> asSeenAt(run, now)).orElse(ReindexStatus.IDLE);
        });
    }

    /** Records progress, and retries recording an end the database missed. */
    @Scheduled(every = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void heartbeat() {
        ReindexJob job = local;
        if (job != null && !job.recorded()) {
            record(job);
        }
    }

    /**
     * Inserts the running row, after marking as interrupted a running row whose instance stopped; a 409 when
     * another instance's reindex is running (its row is there, or it inserted its own at the same moment). Times
     * are the database's, the one clock every instance shares.
     */
    private ReindexRun claim() {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Instant now = databaseNow();
                Optional<ReindexRun> running = running();
                if (running.isPresent() && abandoned(running.get(), now)) {
                    markInterrupted(running.get());
                } else if (running.isPresent()) {
                    throw alreadyRunning(ReindexStatus.of(running.get()));
                }
                ReindexRun run = new ReindexRun();
                run.id = UUID.randomUUID();
                run.state = ReindexRun.RUNNING;
                run.instance = instance;
                run.startedAt = now;
                run.heartbeatAt = now;
                run.persistAndFlush();
                return run;
            });
        } catch (RuntimeException e) {
            // Another instance inserted its row between our read and our insert: the unique index said no.
            if (ArticleService.isUniqueViolation(e)) {
                throw alreadyRunning(status());
            }
            throw e;
        }
    }

    private static ApiException alreadyRunning(ReindexStatus running) {
        return new ApiException(409, "Reindex already running",
                "A reindex started at " + running.startedAt() + " on " + running.instance() + " is running ("
                        + running.documentsIndexed() + " documents so far); follow it with GET " + ReindexResource.PATH,
                List.of());
    }

    /**
     * Copies the job's progress, and how it ended if it has, into its row, only while that row is still running:
     * one write at a time per job, so a beat taken before the end never lands after it. A row another instance
     * marked interrupted (this one went silent too long) stays so, and this instance's reindex stops, so that two
     * never run at once.
     */
    private void record(ReindexJob job) {
        synchronized (job) {
            ReindexStatus status = job.status();
            try {
                int updated = QuarkusTransaction.requiringNew().call(() -> ReindexRun.update(
                        "state = ?1, heartbeatAt = ?2, documentsIndexed = ?3, documentsTotal = ?4, finishedAt = ?5, "
                                + "error = ?6 where id = ?7 and state = ?8",
                        status.state(), databaseNow(), status.documentsIndexed(), status.documentsTotal(),
                        status.finishedAt(), status.error(), job.id(), ReindexRun.RUNNING));
                if (updated == 0) {
                    LOG.error("Another instance took this reindex for interrupted and may run its own: stopping it");
                    job.takenOver();
                } else if (!status.state().equals(ReindexRun.RUNNING)) {
                    job.markRecorded();
                }
            } catch (RuntimeException e) {
                // The database is away: the next beat tries again, an end included.
                LOG.warn("Could not record the reindex's progress", e);
            }
        }
    }

    private void finished(ReindexJob job, Throwable failure) {
        if (job.recorded()) {
            // Taken over: another instance's verdict is in the row, and this end is only the cancellation.
            job.failed(failure == null ? new IllegalStateException("taken over") : failure);
            LOG.info("Reindex stopped: another instance took it for interrupted");
            return;
        }
        if (failure == null) {
            job.succeeded();
            LOG.infof("Reindex succeeded: %d documents", job.status().documentsIndexed());
        } else {
            job.failed(failure);
            LOG.error("Reindex failed", failure);
        }
        record(job);
    }

    private static Optional<ReindexRun> running() {
        return ReindexRun.<ReindexRun> find("state", ReindexRun.RUNNING).firstResultOptional();
    }

    private static Optional<ReindexRun> latest() {
        return ReindexRun.<ReindexRun> find("order by startedAt desc").firstResultOptional();
    }

    private static boolean abandoned(ReindexRun run, Instant now) {
        return run.state.equals(ReindexRun.RUNNING) && run.heartbeatAt.isBefore(now.minus(STALE_AFTER));
    }

    private static void markInterrupted(ReindexRun run) {
        run.state = "interrupted";
        run.finishedAt = run.heartbeatAt;
        run.error = interruption(run);
        // Written before the new row is inserted: the unique index allows one running row at a time.
        ReindexRun.flush();
    }

    /** A row as it stands at {@code now}: a running one whose instance stopped reads as interrupted. */
    private static ReindexStatus asSeenAt(ReindexRun run, Instant now) {
        ReindexStatus status = ReindexStatus.of(run);
        return abandoned(run, now) ? new ReindexStatus("interrupted", run.instance, run.documentsIndexed,
                run.documentsTotal, run.startedAt, run.heartbeatAt, interruption(run)) : status;
    }

    private static String interruption(ReindexRun run) {
        return "The instance running it (" + run.instance + ") stopped before it ended; last heard from at "
                + run.heartbeatAt + ". Start another.";
    }

    /** The database's clock: instances compare stamps written by each other, and their own clocks may differ. */
    private static Instant databaseNow() {
        Object micros = ReindexRun.getEntityManager()
                .createNativeQuery("select cast(extract(epoch from clock_timestamp()) * 1000000 as bigint)")
                .getSingleResult();
        long value = ((Number) micros).longValue();
        return Instant.ofEpochSecond(value / 1_000_000, (value % 1_000_000) * 1_000);
    }

    /** The host name (a pod's name on Kubernetes) and process id: unique even for two instances on one machine. */
    private static String instanceName() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            try {
                host = InetAddress.getLocalHost().getHostName();
            } catch (Exception e) {
                host = "unknown-host";
            }
        }
        return host + "/" + ProcessHandle.current().pid();
    }
}
