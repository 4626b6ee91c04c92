package io.lede.search;


import io.lede.api.ApiException;

/**
 * A validated search request.
 *
 * @param query the user's words; blank browses every article, newest first
 * @param page 1-based
 * @param sort how hits are ordered
 * @param filters which articles may be returned
 */
public record SearchRequest(String query, int page, int size, Sort sort, SearchFilters filters) {

    public static final int DEFAULT_SIZE = 10;
    public static final int MAX_SIZE = 100;
    /** The engine's default result window: deeper pages cost more than they are worth. */
    public static final int MAX_WINDOW = 10_000;
    /** A search box, not a document: longer input is almost certainly a mistake. (The engine's clause limit, which
     * fewer characters of CJK text can reach, is answered in ArticleSearch.) */
    public static final int MAX_QUERY_LENGTH = 500;

    /** Relevance (ties newest first), or publication date either way (articles without a date last). */
    public enum Sort {
        RELEVANCE, NEWEST, OLDEST;

        static Sort parse(String raw) {
            if (raw == null || raw.isBlank()) {
                return RELEVANCE;
            }
            for (Sort sort : values()) {
                if (sort.name().equalsIgnoreCase(raw.strip())) {
                    return sort;
                }
            }
            throw ApiException.invalid("sort", "must be relevance, newest or oldest, got \"" + raw + "\"");
        }
    }

    /** Parses raw query parameters, answering 400 with the parameter and the reason for bad values. */
    public static SearchRequest parse(String q, String page, String size, String sort, SearchFilters filters) {
        int parsedSize = intParam("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        int parsedPage = intParam("page", page, 1, 1, Integer.MAX_VALUE);
        if ((long) parsedPage * parsedSize > MAX_WINDOW) {
            throw ApiException.invalid("page", "page × size must not exceed " + MAX_WINDOW);
        }
        String query = q == null ? "" : q.strip();
        if (query.length() > MAX_QUERY_LENGTH) {
            throw ApiException.invalid("q", "must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        return new SearchRequest(query, parsedPage, parsedSize, Sort.parse(sort),
                filters == null ? SearchFilters.NONE : filters);
    }

    public int offset() {
        return (page - 1) * size;
    }

    /** The order hits come in: browsing has no relevance to rank by, so it lists the newest first. */
    public Sort order() {
        return browsing() && sort == Sort.RELEVANCE ? Sort.NEWEST : sort;
    }

    public boolean browsing() {
        return query.isEmpty();
    }

    private static int intParam(String name, String raw, int defaultValue, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        long value;
        try {
            value = Long.parseLong(raw.strip());
        } catch (NumberFormatException e) {
            throw ApiException.invalid(name, "must be a whole number, got \"" + raw + "\"");
        }
        if (value < min || value > max) {
            throw ApiException.invalid(name,
                    max == Integer.MAX_VALUE ? "must be at least " + min : "must be between " + min + " and " + max);
        }
        return (int) value;
    }
}
