package io.lede.health;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Health probes ({@code lede.health.*}, env {@code LEDE_HEALTH_*}). */
@ConfigMapping(prefix = "lede.health")
public interface HealthConfig {

    /**
     * How long the search-cluster check ({@code /q/health/well}) waits for an answer before calling the cluster
     * unreachable. Keep it below the timeout of whatever polls the check, or that gives up first and says nothing
     * about why.
     */
    @WithDefault("2s")
    Duration searchTimeout();
}
