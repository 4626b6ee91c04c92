package io.lede.article;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits and tuning of article ingest ({@code lede.ingest.*}, env {@code LEDE_INGEST_*}). */
@ConfigMapping(prefix = "lede.ingest")
public interface IngestConfig {

    /**
     * Largest single document: the body of {@code POST /api/articles} or {@code PUT}, or one line of a bulk
     * stream. Larger ones get 413 (a bulk line: that line's result), however long the whole bulk stream is.
     */
    @WithDefault("10M")
    MemorySize maxDocumentSize();

    /** Bulk lines stored per database transaction: larger batches are faster, smaller ones hold less memory. */
    @WithDefault("200")
    int bulkBatchSize();
}
