package io.lede.metrics;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Lede's own metrics ({@code lede.metrics.*}, env {@code LEDE_METRICS_*}). */
@ConfigMapping(prefix = "lede.metrics")
public interface MetricsConfig {

    /**
     * How long the gauges that cost a query (outbox backlog: one SQL count; indexed documents: one count request to
     * the search cluster) reuse their last reading, so that frequent or parallel scrapes do not add load.
     */
    @WithDefault("5s")
    Duration gaugeCacheTtl();
}
