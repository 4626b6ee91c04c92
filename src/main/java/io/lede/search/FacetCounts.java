package io.lede.search;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Counts of matching articles by property, most frequent first; each facet's counts ignore its own filter but
 * respect the others, so that choosing one source still shows how many articles the other sources have. A facet
 * not asked for is absent.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FacetCounts(List<Count> source, List<Count> author, List<Count> language, List<Count> tag,
        Published published) {

    public record Count(String value, long count) {
    }

    /** Articles by year and by month of publication ({@code 2024}, {@code 2024-03}), oldest first. */
    public record Published(List<Count> year, List<Count> month) {
    }
}
