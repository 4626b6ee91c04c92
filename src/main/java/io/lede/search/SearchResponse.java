package io.lede.search;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One page of search results.
 *
 * @param matched how the hits matched the words: all as written, all after correcting typos, or some
 * @param didYouMean the query with its probable typos corrected, when it found nothing as written and the
 *        correction finds something; absent otherwise
 * @param nextCursor pass as {@code cursor} for the page after this one, past any depth; absent on the last page
 * @param facets counts of the matching articles by property; each ignores its own filter
 */
public record SearchResponse(Total total, long tookMs, Match matched,
        @JsonInclude(JsonInclude.Include.NON_NULL) String didYouMean, String nextCursor, List<Hit> hits,
        @JsonInclude(JsonInclude.Include.NON_NULL) FacetCounts facets) {

    SearchResponse withDidYouMean(String correction) {
        return new SearchResponse(total, tookMs, matched, correction, nextCursor, hits, facets);
    }

    SearchResponse withFacets(FacetCounts counts) {
        return new SearchResponse(total, tookMs, matched, didYouMean, nextCursor, hits, counts);
    }

    /** The hits without body fragments, as asked with {@code highlight=0}. */
    SearchResponse withoutBodyFragments() {
        List<Hit> shown = hits.stream().map(hit -> new Hit(hit.id, hit.externalId, hit.title, hit.url, hit.source,
                hit.language, hit.publishedAt, hit.score, hit.allWords,
                new Highlights(hit.highlights.title(), List.of()), hit.duplicates)).toList();
        return new SearchResponse(total, tookMs, matched, didYouMean, nextCursor, shown, facets);
    }

    /**
     * How many articles match: exact up to 10,000, then a lower bound, as Elasticsearch reports it.
     *
     * @param relation {@code eq} when {@code value} is exact, {@code gte} when at least that many match
     */
    public record Total(long value, @Schema(enumeration = {"eq", "gte"}) String relation) {

        static Total of(long value, boolean exact) {
            return new Total(value, exact ? "eq" : "gte");
        }
    }

    /**
     * One matching article, built from the index alone.
     *
     * @param allWords false for a partial match: an article with only some of the words, listed after those
     *        with all of them
     * @param highlights fragments of the article around the matches: HTML-escaped text with the matched terms
     *        wrapped in the highlight tags ({@code <mark>} by default); the only HTML the API ever returns
     * @param duplicates the same text at other addresses (other URLs, other sources), oldest first; empty for most
     *        hits
     */
    public record Hit(UUID id, String externalId, String title, String url, String source, String language,
            Instant publishedAt, float score, boolean allWords, Highlights highlights, List<Duplicate> duplicates) {

        Hit partial() {
            return new Hit(id, externalId, title, url, source, language, publishedAt, score, false, highlights,
                    duplicates);
        }
    }

    /**
     * Another address of a hit's text: an article with the same words under another URL, which search shows only
     * as part of its original's hit (its headline and source are searched and filtered with the original).
     */
    public record Duplicate(UUID id, String url, String source, String title) {
    }

    /**
     * @param title the title with its matches marked, or empty when the title has none
     * @param body fragments around the matches, or the opening of the body when it has none
     */
    public record Highlights(List<String> title, List<String> body) {
    }
}
