package io.lede.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready to serve searches: the search cluster answers and the article index exists and can be searched. (The
 * database has its own readiness check, Quarkus' "Database connections health check".) An index that cannot be
 * searched takes the instance out of load balancing; writes would still be accepted, as the outbox keeps them.
 */
@Readiness
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
