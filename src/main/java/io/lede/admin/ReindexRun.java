package io.lede.admin;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A reindex as every instance sees it: the row in the shared database that makes it the only one running, and
 * where the instance running it records its progress (see {@link Reindexing}).
 */
@Entity
@Table(name = "reindex_run")
public class ReindexRun extends PanacheEntityBase {

    static final String RUNNING = "running";
    @Id
    public UUID id;

    /** {@code running}, {@code succeeded}, {@code failed} or {@code interrupted}. */
    public String state;

    /** The host name of the instance running it (a pod's name on Kubernetes). */
    public String instance;

    @Column(name = "started_at")
    public Instant startedAt;

    /** When the instance running it last recorded its progress: a stale stamp means that instance stopped. */
    @Column(name = "heartbeat_at")
    public Instant heartbeatAt;

    @Column(name = "finished_at")
    public Instant finishedAt;

    @Column(name = "documents_indexed")
    public long documentsIndexed;

    @Column(name = "documents_total")
    public Long documentsTotal;

    public String error;
}
