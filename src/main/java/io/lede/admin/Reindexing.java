package io.lede.admin;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.search.mapper.orm.mapping.SearchMapping;
import org.jboss.logging.Logger;

import io.lede.api.ApiException;
import io.lede.article.Article;

/**
 * Rebuilds the index from PostgreSQL, the source of truth, one reindex at a time per instance.
 * <p>
 * Each article's document is rewritten in place: the index is not purged first, so search keeps answering from
 * the documents already there, and each one is replaced by its rebuilt version as the reindex reaches it (same
 * id, so nothing is duplicated). With outbox-polling coordination Hibernate Search suspends event processing while
 * a mass indexer runs (an entity indexed from both at once could end out of date): articles written meanwhile are
 * stored and acknowledged as usual, and reach search once the reindex ends.
 */
@ApplicationScoped
public class Reindexing {

    private static final Logger LOG = Logger.getLogger(Reindexing.class);

    private final SearchMapping searchMapping;
    private final ReindexConfig config;
    private ReindexJob latest;

    public Reindexing(SearchMapping searchMapping, ReindexConfig config) {
        this.searchMapping = searchMapping;
        this.config = config;
    }

    /** Starts a reindex in the background; a 409 while one is running. */
    public synchronized ReindexStatus start() {
        if (latest != null && latest.running()) {
            ReindexStatus running = latest.status();
            throw new ApiException(409, "Reindex already running",
                    "A reindex started at " + running.startedAt() + " is running (" + running.documentsIndexed()
                            + " documents so far); follow it with GET /api/admin/reindex",
                    List.of());
        }
        ReindexJob job = new ReindexJob();
        latest = job;
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

    public synchronized ReindexStatus status() {
        return latest == null ? ReindexStatus.IDLE : latest.status();
    }

    private void finished(ReindexJob job, Throwable failure) {
        if (failure == null) {
            job.succeeded();
            LOG.infof("Reindex succeeded: %d documents", job.status().documentsIndexed());
        } else {
            job.failed(failure);
            LOG.error("Reindex failed", failure);
        }
    }
}
