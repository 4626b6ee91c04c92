package io.lede.admin;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The state of this instance's latest reindex.
 *
 * @param state {@code idle} (none since start), {@code running}, {@code succeeded} or {@code failed}
 * @param documentsIndexed articles written to the index so far
 * @param documentsTotal articles the reindex covers (those in the database when it started); null until counted
 * @param startedAt when it started; null when idle
 * @param finishedAt when it ended; null unless succeeded or failed
 * @param error why it failed; null unless failed
 */
public record ReindexStatus(
        @Schema(enumeration = {"idle", "running", "succeeded", "failed"}) String state,
        long documentsIndexed,
        Long documentsTotal,
        Instant startedAt,
        Instant finishedAt,
        String error) {

    static final ReindexStatus IDLE = new ReindexStatus("idle", 0, null, null, null, null);
}
