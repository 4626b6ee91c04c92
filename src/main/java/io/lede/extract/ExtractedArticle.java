package io.lede.extract;

import java.util.List;

/**
 * What extraction found in a page. Every field is plain text; absent ones are null (lists: empty).
 *
 * @param publishedAt ISO-8601 as the page states it: a date-time with its offset, or a date alone
 * @param body the article's own text, one paragraph per block, blocks separated by a blank line
 */
public record ExtractedArticle(
        String title,
        String summary,
        List<String> authors,
        String publishedAt,
        String updatedAt,
        String url,
        String source,
        String language,
        List<String> tags,
        String body) {
}
