package io.lede.article;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An article as the API returns it.
 *
 * @param duplicateOf the article whose text this one repeats under another URL, if any
 */
public record ArticleView(
        UUID id,
        String externalId,
        String url,
        String title,
        String summary,
        String body,
        List<String> authors,
        String source,
        String language,
        List<String> tags,
        Instant publishedAt,
        Instant ingestedAt,
        Instant updatedAt,
        UUID duplicateOf) {

    public static ArticleView of(Article a) {
        return new ArticleView(a.id, a.externalId, a.url, a.title, a.summary, a.body, List.copyOf(a.authors),
                a.source, a.language, List.copyOf(a.tags), a.publishedAt, a.ingestedAt, a.updatedAt, a.duplicateOf);
    }
}
