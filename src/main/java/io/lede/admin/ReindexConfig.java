package io.lede.admin;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How {@code POST /api/admin/reindex} loads articles ({@code lede.reindex.*}, env {@code LEDE_REINDEX_*}). */
@ConfigMapping(prefix = "lede.reindex")
public interface ReindexConfig {

    /**
     * Threads loading articles from PostgreSQL and turning them into index documents, each with its own database
     * connection. Searches and writes go on meanwhile, so the default leaves them room on a small machine.
     */
    @WithDefault("2")
    int threads();

    /**
     * Articles each thread loads per query. Each is held in memory with its whole body (up to
     * {@code lede.ingest.max-document-size}) until indexed.
     */
    @WithDefault("25")
    int batchSize();

    /**
     * Longest a reindex may take. Hibernate Search reads every article id in one read-only transaction that lasts
     * as long as the reindex; the service's default transaction timeout (60 s) would cut it short.
     */
    @WithDefault("2h")
    Duration timeout();
}
