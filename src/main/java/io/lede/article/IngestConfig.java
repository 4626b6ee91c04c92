package io.lede.article;

import java.util.OptionalInt;

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

    /**
     * Most elements (tags, or lines of plain text) a document may have; more get 413. Extraction costs memory and
     * time by the element: 200,000 is 40 times the largest page of the extraction benchmark.
     */
    @WithDefault("200000")
    int maxElements();

    /**
     * Documents extracted at once; more wait their turn. Each may hold a parsed page of up to
     * {@code max-elements} elements (some 300 MB), so this bounds the memory extraction can take. Default: the
     * number of processors.
     */
    OptionalInt extractionConcurrency();

    /** Bulk lines stored per database transaction: larger batches are faster, smaller ones hold less memory. */
    @WithDefault("200")
    int bulkBatchSize();
}
