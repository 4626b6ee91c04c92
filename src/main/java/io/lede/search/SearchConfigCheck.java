package io.lede.search;

import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start with search settings the engine would reject: otherwise every search would fail, and the failure
 * would reach clients as a 400 about their query.
 */
@ApplicationScoped
class SearchConfigCheck {

    void onStart(@Observes StartupEvent event, SearchConfig config) {
        List<String> problems = problems(config);
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Invalid search settings: " + String.join("; ", problems));
        }
    }

    static List<String> problems(SearchConfig config) {
        List<String> problems = new ArrayList<>();
        if (!(config.titleBoost() > 0)) {
            problems.add("lede.search.title-boost must be above 0, got " + config.titleBoost());
        }
        if (!(config.summaryBoost() > 0)) {
            problems.add("lede.search.summary-boost must be above 0, got " + config.summaryBoost());
        }
        if (!(config.proximityBoost() >= 0)) {
            problems.add("lede.search.proximity-boost must be 0 (off) or more, got " + config.proximityBoost());
        }
        int percent = config.fallbackMinimumShouldMatchPercent();
        if (percent < 0 || percent > 100) {
            problems.add("lede.search.fallback-minimum-should-match-percent must be between 0 and 100, got "
                    + percent);
        }
        if (config.fallbackThreshold() < 0 || config.fallbackThreshold() > SearchRequest.MAX_WINDOW) {
            problems.add("lede.search.fallback-threshold must be between 0 and " + SearchRequest.MAX_WINDOW + ", got "
                    + config.fallbackThreshold());
        }
        if (config.timeout().isNegative() || config.timeout().toMillis() < 1) {
            problems.add("lede.search.timeout must be at least 1 ms, got " + config.timeout());
        }
        if (config.facetSize() < 1 || config.facetSize() > 1000) {
            problems.add("lede.search.facet-size must be between 1 and 1000, got " + config.facetSize());
        }
        return problems;
    }
}
