package io.lede.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import io.smallrye.health.api.Wellness;

/**
 * Whether searches can be served: the search cluster answers and the article index exists and can be searched.
 * Reported in {@code /q/health} and {@code /q/health/well}, not in readiness: every instance shares the one cluster,
 * so an outage would take all of them out of load balancing at once, refusing the writes the outbox would have kept
 * (and searches would get a connection error instead of a 503 problem saying why). A cluster that is wrong from the
 * start still stops an instance from becoming ready, as Hibernate Search's schema management fails its boot.
 */
@Wellness
@ApplicationScoped
public class SearchClusterHealthCheck implements HealthCheck {

    static final String NAME = "Search cluster";

    private final SearchCluster cluster;

    public SearchClusterHealthCheck(SearchCluster cluster) {
        this.cluster = cluster;
    }

    @Override
    public HealthCheckResponse call() {
        SearchCluster.IndexState state = cluster.articleIndex();
        HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).withData("index", state.index());
        if (state.searchable()) {
            return response.up().withData("documents", state.documents()).build();
        }
        return response.down().withData("problem", state.problem()).build();
    }
}
