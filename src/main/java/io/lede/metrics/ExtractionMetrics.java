package io.lede.metrics;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.composite.CompositeMeterRegistry;
import io.quarkus.runtime.Startup;

/**
 * {@code lede.extraction} (Prometheus {@code lede_extraction_seconds}): time to extract an article from a document,
 * by {@code format} ({@code html}, {@code markdown}, {@code text}), whether the document was posted as such, carried
 * by a JSON article, a bulk line or an uploaded file, or previewed with {@code /api/extract}.
 */
@Startup // registered at boot, so that every series exists (at 0) before the first request
@ApplicationScoped
public class ExtractionMetrics {

    private final MeterRegistry registry;
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    public ExtractionMetrics(MeterRegistry registry) {
        this.registry = registry;
        for (String format : List.of("html", "markdown", "text")) {
            timers.put(format, timer(format));
        }
    }

    /** Measures nothing: for code run outside the service, such as unit tests. */
    public static ExtractionMetrics unmeasured() {
        return new ExtractionMetrics(new CompositeMeterRegistry());
    }

    /** @param format {@code html}, {@code markdown} or {@code text} */
    public <T> T time(String format, Supplier<T> extraction) {
        return timers.computeIfAbsent(format, this::timer).record(extraction);
    }

    private Timer timer(String format) {
        return Timer.builder("lede.extraction")
                .description("Time to extract an article from a document, by format")
                .tag("format", format)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(10))
                .register(registry);
    }
}
