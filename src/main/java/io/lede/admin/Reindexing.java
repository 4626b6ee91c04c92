package io.lede.admin;

import java.net.InetAddress;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.jboss.logging.Logger;

import io.lede.api.ApiException;
import io.lede.article.Article;
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
            searchMapping.scope(Article.class).massIndexer()
                    // In place: searches keep finding the documents until their rebuilt versions replace them.
                    .purgeAllOnStart(false)
                    .dropAndCreateSchemaOnStart(false)
                    .threadsToLoadObjects(config.threads())
                    .batchSizeToLoadObjects(config.batchSize())
                    .transactionTimeout(Math.toIntExact(config.timeout().toSeconds()))
                    .monitor(job.monitor())
                    .start()
                    .whenComplete((ignored, failure) -> finished(job, failure));
        } catch (RuntimeException e) {
            finished(job, e);
        }
        return job.status();
    }

    /** The latest reindex of any instance; this instance's own while running, with its progress of this moment. */
    public ReindexStatus status() {
        ReindexJob job = local;
        if (job != null && job.running()) {
            return job.status();
        }
        return QuarkusTransaction.requiringNew().call(() -> latest().map(Reindexing::asSeenNow))
                .orElse(ReindexStatus.IDLE);
    }

    @Scheduled(every = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void heartbeat() {
        ReindexJob job = local;
        if (job != null && job.running()) {
            record(job);
        }
    }

    /**
     * Inserts the running row, after marking as interrupted a running row whose instance stopped; a 409 when
     * another instance's reindex is running (its row is there, or it inserted its own at the same moment).
     */
    private ReindexRun claim() {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
                Optional<ReindexRun> latest = latest();
                latest.filter(Reindexing::abandoned).ifPresent(Reindexing::markInterrupted);
                Optional<ReindexRun> running = latest.filter(run -> run.state.equals(ReindexRun.RUNNING));
                if (running.isPresent()) {
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
            // Another instance inserted its row between our read and our insert.
            if (isRunningElsewhere(e)) {
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

    /** Copies the job's progress, and how it ended if it has, into its row. */
    private void record(ReindexJob job) {
        ReindexStatus status = job.status();
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                ReindexRun run = ReindexRun.findById(job.id());
                if (run == null || !run.state.equals(ReindexRun.RUNNING)) {
                    return; // marked interrupted by another instance after a long stall: that stays the record
                }
                run.state = status.state();
                run.heartbeatAt = Instant.now();
                run.documentsIndexed = status.documentsIndexed();
                run.documentsTotal = status.documentsTotal();
                run.finishedAt = status.finishedAt();
                run.error = status.error();
            });
        } catch (RuntimeException e) {
            // The database is away: the next beat tries again, and a reindex that ended while it was stays
            // running in the record until the stamp goes stale, then counts as interrupted.
            LOG.warn("Could not record the reindex's progress", e);
        }
    }

    private void finished(ReindexJob job, Throwable failure) {
        if (failure == null) {
            job.succeeded();
            LOG.infof("Reindex succeeded: %d documents", job.status().documentsIndexed());
        } else {
            job.failed(failure);
            LOG.error("Reindex failed", failure);
        }
        record(job);
    }

    private static Optional<ReindexRun> latest() {
        return ReindexRun.<ReindexRun> find("order by startedAt desc").firstResultOptional();
    }

    private static boolean abandoned(ReindexRun run) {
        return run.state.equals(ReindexRun.RUNNING) && run.heartbeatAt.isBefore(Instant.now().minus(STALE_AFTER));
    }

    private static void markInterrupted(ReindexRun run) {
        run.state = "interrupted";
        run.finishedAt = run.heartbeatAt;
        run.error = interruption(run);
        // Written before the new row is inserted: the unique index allows one running row at a time.
        ReindexRun.flush();
    }

    /** A row as it stands now: a running one whose instance stopped reads as interrupted. */
    private static ReindexStatus asSeenNow(ReindexRun run) {
        ReindexStatus status = ReindexStatus.of(run);
        return abandoned(run) ? new ReindexStatus("interrupted", run.instance, run.documentsIndexed,
                run.documentsTotal, run.startedAt, run.heartbeatAt, interruption(run)) : status;
    }

    private static String interruption(ReindexRun run) {
        return "The instance running it (" + run.instance + ") stopped before it ended; last heard from at "
                + run.heartbeatAt + ". Start another.";
    }

    private static boolean isRunningElsewhere(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConstraintViolationException violation && violation.getConstraintName() != null
                    && violation.getConstraintName().contains(ReindexRun.ONE_RUNNING)) {
                return true;
            }
        }
        return false;
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
