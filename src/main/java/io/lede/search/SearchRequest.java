package io.lede.search;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import io.lede.api.ApiException;
import io.lede.article.CanonicalText;
import io.lede.api.QueryParams;

/**
 * A validated search request.
 *
 * @param query the user's words; blank browses every article, newest first
 * @param page 1-based; ignored when continuing from a cursor
 * @param cursor where to continue a result list, or null to start it
 * @param sort how hits are ordered
 * @param filters which articles may be returned
 * @param typos whether words may match with a typing slip when nothing matches them as written
 * @param recency how much relevance favours recent articles
 * @param facets the facets to count
 */
public record SearchRequest(String query, int page, int size, Cursor cursor, Sort sort, SearchFilters filters,
        boolean typos, Recency recency, Highlighting highlighting, Set<Facet> facets) {

    public static final int DEFAULT_SIZE = 10;
    public static final int MAX_SIZE = 100;
    /**
     * The engine's default result window: deeper pages by number cost more than they are worth; cursors go
     * further.
     */
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

    /**
     * Emoji and other pictographs (🌊, ©, ™, ♥) with their joiners, variation selectors and skin tones. The engines
     * index them as words of their own, so "storm 🌊" would need an article holding the emoji; people mean the
     * words. Currency and math signs (€, →) are no words to the engines and stay.
     */
    private static final Pattern SYMBOLS = Pattern.compile("[\\p{So}\\p{Sk}\\x{200D}\\x{FE0E}\\x{FE0F}\\x{20E3}]+");

    static SearchRequest of(String q, String page, String size, String cursor, String sort, SearchFilters filters,
            boolean typos, Recency recency, Highlighting highlighting, Set<Facet> facets) {
        int parsedSize = QueryParams.intParam("size", size, DEFAULT_SIZE, 1, MAX_SIZE);
        int parsedPage = QueryParams.intParam("page", page, 1, 1, Integer.MAX_VALUE);
        Cursor parsedCursor = Cursor.decode(cursor);
        if (parsedCursor != null && parsedPage != 1) {
            throw ApiException.invalid("page", "cannot be combined with cursor: the cursor says where to continue");
        }
        if ((long) parsedPage * parsedSize > MAX_WINDOW) {
            throw ApiException.invalid("page", "page × size must not exceed " + MAX_WINDOW
                    + "; use cursor (nextCursor of the previous page) to go further");
        }
        // In the form articles are stored in: "café" typed decomposed finds it composed.
        String raw = q == null ? "" : CanonicalText.of(q).strip();
        if (raw.length() > MAX_QUERY_LENGTH) {
            throw ApiException.invalid("q", "must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        // A query of pictographs alone still asks for them, not for the whole archive.
        String words = QueryWords.withLuceneOperators(SYMBOLS.matcher(raw).replaceAll(" ").strip());
        String query = words.isEmpty() ? raw : words;
        SearchRequest request = new SearchRequest(query, parsedPage, parsedSize, parsedCursor, Sort.parse(sort),
                filters == null ? SearchFilters.NONE : filters, typos, recency, highlighting, facets);
        if (parsedCursor != null && !parsedCursor.fits(request)) {
            throw ApiException.invalid("cursor", "belongs to another query, filter or sort; start again without a "
                    + "cursor");
        }
        return request;
    }

    private static String sorted(List<String> values) {
        return String.join("\u0002", values.stream().sorted().toList());
    }

    /**
     * What decides the list a cursor walks: the words, the filters, the order and what ranks it. Page size, facets
     * and highlighting may change from page to page.
     */
    String listKey() {
        // Filter values in any order select the same articles.
        String filtered = String.join("\u0001", sorted(filters.sources()), sorted(filters.authors()),
                sorted(filters.languages()), sorted(filters.tags()), String.valueOf(filters.from()),
                String.valueOf(filters.to()));
        String list = String.join("\u0000", query, order().name(), filtered, String.valueOf(typos),
                String.valueOf(recency));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(list.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 9));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
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

    /**
     * This request for its first page, without facets and with body fragments: to learn what a query finds, not
     * to show it.
     */
    SearchRequest firstPageOnly() {
        return new SearchRequest(query, 1, size, null, sort, filters, typos, recency, withBodyFragments().highlighting,
                Set.of());
    }

    /**
     * This request with at least one body fragment per hit: the words a typo-tolerant search matched are read from
     * its highlights, in the body as in the title, whatever the client asked to be shown.
     */
    SearchRequest withBodyFragments() {
        if (highlighting.fragments() > 0) {
            return this;
        }
        Highlighting fragments = new Highlighting(Highlighting.DEFAULT_FRAGMENTS, highlighting.fragmentSize(),
                highlighting.preTag(), highlighting.postTag());
        return new SearchRequest(query, page, size, cursor, sort, filters, typos, recency, fragments, facets);
    }
}
