package io.lede.metrics;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.runtime.Startup;

/**
 * {@code lede.search} (Prometheus {@code lede_search_seconds}): how long a search takes in the engine, by
 * {@code outcome}: {@code ok}, {@code client_error} (a query the engine refuses, answered 400) or {@code error}
 * (the cluster failed, 503). Histogram buckets and the 50th, 95th and 99th percentiles.
 * <p>
 * {@code lede.search.hits} ({@code lede_search_hits}): how many articles a successful search matched ({@code total}),
 * with buckets at 0.5, 1, 10, 100, 1,000 and 10,000: {@code le="0.5"} counts the searches that found nothing.
 */
@Startup // registered at boot, so that every series exists (at 0) before the first request
@ApplicationScoped
public class SearchMetrics {

    private final Map<Outcome, Timer> timers = new EnumMap<>(Outcome.class);
    private final DistributionSummary hits;

    public SearchMetrics(MeterRegistry registry) {
        for (Outcome outcome : Outcome.values()) {
            timers.put(outcome, Timer.builder("lede.search")
                    .description("Time to run a search in the engine, by outcome")
                    .tag("outcome", outcome.tag)
                    .publishPercentiles(0.5, 0.95, 0.99)
                    .publishPercentileHistogram()
                    .minimumExpectedValue(Duration.ofMillis(1))
                    .maximumExpectedValue(Duration.ofSeconds(30))
                    .register(registry));
        }
        hits = DistributionSummary.builder("lede.search.hits")
                .description("Articles matched by a successful search (its total)")
                .serviceLevelObjectives(0.5, 1, 10, 100, 1_000, 10_000) // hits are whole: 0.5 separates "none"
                .register(registry);
    }

    void record(long nanos, int status, long matched) {
        timers.get(Outcome.of(status)).record(Duration.ofNanos(nanos));
        if (status < 400 && matched >= 0) {
            hits.record(matched);
        }
    }
}
