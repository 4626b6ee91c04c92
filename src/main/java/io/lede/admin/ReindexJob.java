package io.lede.admin;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;

import org.hibernate.search.mapper.pojo.massindexing.DefaultMassIndexingMonitor;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingMonitor;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitor;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitorContext;
import org.hibernate.search.mapper.pojo.massindexing.MassIndexingTypeGroupMonitorCreateContext;

/**
 * The reindex this instance runs: its progress as the mass indexer reports it, and how it ended. Written by the mass
 * indexer's threads, copied into its {@link ReindexRun} row for every instance to see.
 */
final class ReindexJob {

    /** A failure message longer than this is cut: the first failure says enough, the logs hold the rest. */
    private static final int MAX_ERROR_LENGTH = 1000;

    private final ReindexRun run;
    private final AtomicLong indexed = new AtomicLong();
    private volatile Long total;
    private volatile Instant finishedAt;
    private volatile String error;
    private volatile boolean recorded;
    private volatile CompletableFuture<?> indexing;

    /** @param run its row, as claimed */
    ReindexJob(ReindexRun run) {
        this.run = run;
    }

    UUID id() {
        return run.id;
    }

    ReindexStatus status() {
        Instant finished = finishedAt;
        String failure = error;
        String state = finished == null ? ReindexRun.RUNNING : failure == null ? "succeeded" : "failed";
        return new ReindexStatus(state, run.instance, indexed.get(), total, run.startedAt, finished, failure);
    }

    boolean running() {
        return finishedAt == null;
    }

    /** Whether its row holds its final state (or another instance's verdict): until then its progress is recorded. */
    boolean recorded() {
        return recorded;
    }

    void markRecorded() {
        recorded = true;
    }

    /** The mass indexer's run, so that a reindex another instance took over can be stopped. */
    void attach(CompletableFuture<?> run) {
        this.indexing = run;
    }

    /** Another instance declared this reindex interrupted (it went silent too long) and may run its own: stop. */
    void takenOver() {
        recorded = true;
        CompletableFuture<?> run = indexing;
        if (run != null) {
            run.cancel(true);
        }
    }

    void succeeded() {
        if (running()) {
            finishedAt = Instant.now();
        }
    }

    void failed(Throwable failure) {
        if (running()) {
            error = describe(failure);
            finishedAt = Instant.now();
        }
    }

    /** The innermost message that says something, e.g. Hibernate Search's "3 failure(s) occurred ...". */
    private static String describe(Throwable failure) {
        String message = null;
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                message = t.getMessage();
                break;
            }
        }
        if (message == null) {
            message = failure.getClass().getSimpleName();
        }
        return message.length() > MAX_ERROR_LENGTH ? message.substring(0, MAX_ERROR_LENGTH) + " ..." : message;
    }

    /** Counts for this job what the mass indexer reports, and logs its progress as the default monitor does. */
    MassIndexingMonitor monitor() {
        MassIndexingMonitor logging = DefaultMassIndexingMonitor.builder().build();
        return new MassIndexingMonitor() {

            @Override
            public MassIndexingTypeGroupMonitor typeGroupMonitor(MassIndexingTypeGroupMonitorCreateContext context) {
                MassIndexingTypeGroupMonitor delegate = logging.typeGroupMonitor(context);
                return new MassIndexingTypeGroupMonitor() {
                    @Override
                    public void documentsIndexed(long count) {
                        delegate.documentsIndexed(count);
                    }

                    @Override
                    public void indexingStarted(MassIndexingTypeGroupMonitorContext started) {
                        started.totalCount().ifPresent(count -> total = count);
                        delegate.indexingStarted(started);
                    }

                    @Override
                    public void indexingCompleted(MassIndexingTypeGroupMonitorContext completed) {
                        delegate.indexingCompleted(completed);
                    }
                };
            }

            @Override
            public void documentsAdded(long count) {
                indexed.addAndGet(count);
                logging.documentsAdded(count);
            }

            @Override
            public void documentsBuilt(long count) {
                logging.documentsBuilt(count);
            }

            @Override
            public void entitiesLoaded(long count) {
                logging.entitiesLoaded(count);
            }

            @Override
            public void indexingCompleted() {
                logging.indexingCompleted();
            }
        };
    }
}
