package io.lede.metrics;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.lede.health.SearchCluster;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.StartupEvent;

/**
 * How far the index is behind the database, and how large it is:
 * <ul>
 * <li>{@code lede.outbox.events} (Prometheus {@code lede_outbox_events}) by {@code status}: {@code pending}, indexing
 * events Hibernate Search has yet to apply (including those waiting to be retried), and {@code aborted}, those that
 * failed every retry and wait for {@code IndexingRecovery} to re-queue them. Read from Hibernate Search's outbox table,
 * {@code HSEARCH_OUTBOX_EVENT}, in one grouped count.</li>
 * <li>{@code lede.index.documents} ({@code lede_index_documents}): documents in the article index, as the search
 * cluster counts them.</li>
 * </ul>
 * Each reading is kept for {@code lede.metrics.gauge-cache-ttl}; a gauge whose source does not answer reads NaN.
 */
@ApplicationScoped
public class IndexGauges {

    private static final Logger LOG = Logger.getLogger(IndexGauges.class);
    private static final String BACKLOG = "select status, count(*) from HSEARCH_OUTBOX_EVENT group by status";
    private static final int QUERY_TIMEOUT_SECONDS = 5;

    /** Events by status: PENDING and ABORTED, as Hibernate Search writes them. */
    private record Backlog(double pending, double aborted) {
        static final Backlog UNKNOWN = new Backlog(Double.NaN, Double.NaN);
    }

    private final CachedReading<Backlog> backlog;
    private final CachedReading<Double> documents;

    public IndexGauges(DataSource dataSource, SearchCluster cluster, MetricsConfig config) {
        this.backlog = new CachedReading<>(config.gaugeCacheTtl(), () -> readBacklog(dataSource));
        this.documents = new CachedReading<>(config.gaugeCacheTtl(), () -> {
            SearchCluster.IndexState index = cluster.articleIndex();
            if (!index.searchable()) {
                LOG.debugf("Indexed document count unavailable: %s", index.problem());
                return Double.NaN;
            }
            return (double) index.documents();
        });
    }

    void register(@Observes StartupEvent event, MeterRegistry registry) {
        Gauge.builder("lede.outbox.events", this, gauges -> gauges.backlog.get().pending())
                .description("Indexing events in Hibernate Search's outbox, by status")
                .tag("status", "pending")
                .strongReference(true)
                .register(registry);
        Gauge.builder("lede.outbox.events", this, gauges -> gauges.backlog.get().aborted())
                .description("Indexing events in Hibernate Search's outbox, by status")
                .tag("status", "aborted")
                .strongReference(true)
                .register(registry);
        Gauge.builder("lede.index.documents", this, gauges -> gauges.documents.get())
                .description("Documents in the article index")
                .strongReference(true)
                .register(registry);
    }

    private static Backlog readBacklog(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(BACKLOG)) {
            statement.setQueryTimeout(QUERY_TIMEOUT_SECONDS);
            Map<String, Long> byStatus = new HashMap<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    byStatus.put(rows.getString(1), rows.getLong(2));
                }
            }
            return new Backlog(byStatus.getOrDefault("PENDING", 0L), byStatus.getOrDefault("ABORTED", 0L));
        } catch (SQLException | RuntimeException e) {
            LOG.debugf(e, "Outbox backlog unavailable");
            return Backlog.UNKNOWN;
        }
    }
}
