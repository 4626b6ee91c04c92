package io.lede.metrics;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;

/**
 * {@code lede.ingest.articles} (Prometheus {@code lede_ingest_articles_total}): articles received, by {@code format}
 * (how they came: {@code json}, {@code html}, {@code markdown}, {@code text} for a single post or put,
 * {@code ndjson} for each line of a bulk stream, {@code multipart} for each uploaded file) and {@code outcome}
 * ({@code created}, {@code updated}, {@code rejected}: a 4xx such as invalid or too large, {@code failed}: a 5xx).
 * Every combination is registered at start, at 0, so that rates exist before the first article.
 */
@Startup // registered at boot, so that every series exists (at 0) before the first request
@ApplicationScoped
public class IngestMetrics {

    /** How an article came in. */
    public enum Format {
        JSON, NDJSON, HTML, MARKDOWN, TEXT, MULTIPART;

        final String tag = name().toLowerCase(Locale.ROOT);
    }

    private enum Result {
        CREATED, UPDATED, REJECTED, FAILED;

        final String tag = name().toLowerCase(Locale.ROOT);

        static Result of(int status) {
            return status == 201 ? CREATED : status < 300 ? UPDATED : status < 500 ? REJECTED : FAILED;
        }
    }

    private final Map<String, Counter> counters = new HashMap<>();

    public IngestMetrics(MeterRegistry registry) {
        for (Format format : Format.values()) {
            for (Result result : Result.values()) {
                counters.put(key(format, result), Counter.builder("lede.ingest.articles")
                        .description("Articles received, by format and outcome")
                        .tag("format", format.tag)
                        .tag("outcome", result.tag)
                        .register(registry));
            }
        }
    }

    /**
     * @param status what the article got: 201 created, 200 updated, 4xx rejected, 5xx failed
     */
    public void article(Format format, int status) {
        counters.get(key(format, Result.of(status))).increment();
    }

    private static String key(Format format, Result result) {
        return format.tag + '/' + result.tag;
    }
}
