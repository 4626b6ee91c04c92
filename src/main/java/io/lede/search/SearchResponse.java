package io.lede.search;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One page of search results. */
public record SearchResponse(long total, long tookMs, List<Hit> hits) {

    /**
     * One matching article, built from the index alone.
     *
     * @param highlights fragments of the article around the matches: HTML-escaped text with the matched terms
     *        wrapped in {@code <mark>}; the only HTML the API ever returns
     */
    public record Hit(UUID id, String externalId, String title, String url, String source, Instant publishedAt,
            float score, Highlights highlights) {
    }

    public record Highlights(List<String> title, List<String> body) {
    }
}
