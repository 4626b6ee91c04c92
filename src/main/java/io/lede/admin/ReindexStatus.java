package io.lede.admin;

import java.time.Instant;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The latest reindex, whichever instance ran it.
 *
 * @param state {@code idle} (none ever), {@code running}, {@code succeeded}, {@code failed}, or {@code interrupted}
 *        (the instance running it stopped before it ended)
 * @param instance the host name of the instance that runs or ran it (a pod's name on Kubernetes); null when idle
 * @param documentsIndexed articles written to the index so far
 * @param documentsTotal articles the reindex covers (those in the database when it started); null until counted
 * @param startedAt when it started; null when idle
 * @param finishedAt when it ended (for an interrupted one: when its instance was last heard from); null while running
 * @param error why it failed or was interrupted; null otherwise
 */
public record ReindexStatus(
        @Schema(enumeration = {"idle", "running", "succeeded", "failed", "interrupted"}) String state,
        String instance,
        long documentsIndexed,
        Long documentsTotal,
        Instant startedAt,
        Instant finishedAt,
        String error) {

    static final ReindexStatus IDLE = new ReindexStatus("idle", null, 0, null, null, null, null);

    static ReindexStatus of(ReindexRun run) {
        return new ReindexStatus(run.state, run.instance, run.documentsIndexed, run.documentsTotal, run.startedAt,
                run.finishedAt, run.error);
    }
}
