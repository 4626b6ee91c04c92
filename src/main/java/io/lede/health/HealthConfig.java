package io.lede.health;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Health probes ({@code lede.health.*}, env {@code LEDE_HEALTH_*}). */
@ConfigMapping(prefix = "lede.health")
public interface HealthConfig {

    /**
     * How long the readiness check waits for the search cluster before calling it unreachable. Keep it below the
     * readiness probe's own timeout (Kubernetes' {@code timeoutSeconds}), or the probe gives up first and says
     * nothing about why.
     */
    @WithDefault("2s")
    Duration searchTimeout();
}
