package io.lede.search;

import java.time.Duration;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.search.engine.search.aggregation.AggregationKey;
import org.hibernate.search.mapper.orm.session.SearchSession;

import io.lede.article.Article;
import io.lede.search.analysis.TextLanguage;

/**
 * The languages whose fields hold articles, so that a query searches those only. Every word of a query is one term
 * per field searched, and the engines refuse a query of more than 1024 terms (OpenSearch's default): a 48-word
 * question against all seven languages' titles, summaries and bodies would pass it, against the one or two
 * languages an archive really holds it stays far below. Counted by the index and kept a few seconds, so an article
 * in a new language is found by its own words at most that much later than by the other searches.
 */
@ApplicationScoped
public class IndexedLanguages {

    static final Duration FRESHNESS = Duration.ofSeconds(5);
    private static final AggregationKey<Map<String, Long>> LANGUAGES = AggregationKey.of("languages");
    /** More than any archive holds: ISO 639-1 has 184 codes. */
    private static final int MAX_CODES = 200;

    private volatile Snapshot snapshot;

    private record Snapshot(Set<TextLanguage> languages, long takenAtNanos) {
    }

    Set<TextLanguage> get(SearchSession session, Deadline deadline) {
        return get(() -> count(session, deadline));
    }

    Set<TextLanguage> get(Supplier<Set<TextLanguage>> counter) {
        Snapshot current = snapshot;
        if (current == null || System.nanoTime() - current.takenAtNanos > FRESHNESS.toNanos()) {
            current = new Snapshot(counter.get(), System.nanoTime());
            snapshot = current;
        }
        return current.languages;
    }

    private static Set<TextLanguage> count(SearchSession session, Deadline deadline) {
        var result = session.search(Article.class)
                .where(f -> f.matchAll())
                .aggregation(LANGUAGES, f -> f.terms().field("language", String.class).maxTermCount(MAX_CODES))
                .failAfter(deadline.millisLeft(), TimeUnit.MILLISECONDS)
                .fetch(0);
        Set<TextLanguage> languages = EnumSet.noneOf(TextLanguage.class);
        result.aggregation(LANGUAGES).keySet().forEach(code -> languages.add(TextLanguage.of(code)));
        // Articles without a language, or in one not listed, are in the catch-all fields; an empty index searches
        // everything, which costs nothing there.
        if (result.total().hitCount() > result.aggregation(LANGUAGES).values().stream().mapToLong(Long::longValue)
                .sum() || languages.isEmpty()) {
            languages.add(TextLanguage.OTHER);
        }
        if (result.total().hitCount() == 0) {
            return EnumSet.allOf(TextLanguage.class);
        }
        return languages;
    }
}
