package io.lede.article;

/**
 * The part of a body that goes to the index: its first million characters.
 * <p>
 * The engines refuse to highlight a field longer than {@code index.highlight.max_analyzed_offset} (1,000,000 by
 * default), failing the whole search; and indexing requests of huge bodies can exceed their request size limit.
 * The full body stays in PostgreSQL and is what {@code GET /api/articles/{id}} returns.
 */
public final class IndexedBody {

    public static final int MAX_INDEXED_CHARACTERS = 1_000_000;

    private IndexedBody() {
    }

    public static String truncate(String body) {
        if (body == null || body.length() <= MAX_INDEXED_CHARACTERS) {
            return body;
        }
        return body.substring(0, MAX_INDEXED_CHARACTERS);
    }
}
