package io.lede.article;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;

import io.lede.extract.ExtractedArticle;

/**
 * An article as a client sends it, before validation. Lists also accept a single string ({@code "authors": "Jane
 * Doe"}); unknown properties are ignored so that records exported from other systems can be posted as they are.
 * <p>
 * Instead of {@code body}, an article may carry the document it came from ({@code html}, {@code markdown} or
 * {@code text}): it is extracted as the same document posted with that Content-Type would be, and the fields given
 * here override what extraction found. This is how a line of an NDJSON bulk stream, which can only be JSON, sends a
 * page. Such a document needs no size check of its own: it is part of the JSON, whose whole body (or bulk line) is
 * already held to {@code lede.ingest.max-document-size} before it is parsed.
 *
 * @param publishedAt an ISO-8601 instant, offset date-time, local date-time (taken as UTC) or date
 */
public record ArticleInput(
        @Schema(description = "Your id for the article: posting it again updates the article", maxLength = 200)
        String externalId,
        @Schema(description = "Absolute http(s) URL. With html, markdown or text it is also the document's address "
                + "(resolving its relative links) and wins over the page's canonical URL", format = "uri",
                maxLength = 2048)
        String url,
        @Schema(description = "Required unless html, markdown or text is given to extract it from", maxLength = 1000)
        String title,
        @Schema(maxLength = 10000)
        String summary,
        @Schema(description = "The article's text. Required unless html, markdown or text is given instead")
        String body,
        @Schema(description = "A list of names, or one name; each at most 200 characters", maxItems = 100)
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> authors,
        @Schema(maxLength = 200)
        String source,
        @Schema(description = "ISO 639-1 code (en-GB is read as en); detected from the body when absent")
        String language,
        @Schema(description = "A list of tags, or one tag; each at most 200 characters", maxItems = 100)
        @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<String> tags,
        @Schema(description = "ISO-8601: an instant, an offset or local date-time (UTC), or a date", examples = {
            "2023-12-23T10:15:00Z", "2023-12-23" })
        String publishedAt,
        @Schema(description = "A whole web page, instead of body: the article is extracted from it as from a "
                + "text/html post; the other fields given override what is extracted")
        String html,
        @Schema(description = "A Markdown document, instead of body: extracted as a text/markdown post would be")
        String markdown,
        @Schema(description = "Plain text, instead of body: extracted as a text/plain post would be (the first "
                + "line is the title)")
        String text) {

    /** The fields that can hold the article's content; at most one may be given. */
    static final List<String> CONTENT_FIELDS = List.of("body", "html", "markdown", "text");

    /** An article given as fields, without a document to extract. */
    public ArticleInput(String externalId, String url, String title, String summary, String body, List<String> authors,
            String source, String language, List<String> tags, String publishedAt) {
        this(externalId, url, title, summary, body, authors, source, language, tags, publishedAt, null, null, null);
    }

    /** Which of {@link #CONTENT_FIELDS} are given (not null), in that order. */
    List<String> contentFieldsGiven() {
        List<String> given = new ArrayList<>();
        String[] values = { body, html, markdown, text };
        for (int i = 0; i < values.length; i++) {
            if (values[i] != null) {
                given.add(CONTENT_FIELDS.get(i));
            }
        }
        return given;
    }

    /**
     * The extracted article with every field this input gives put in its place. A given field wins even when empty
     * ({@code "tags": []} drops the page's tags), because the client said so; only null or absent ones defer to
     * the document.
     */
    ExtractedArticle over(ExtractedArticle extracted) {
        return new ExtractedArticle(
                or(title, extracted.title()),
                or(summary, extracted.summary()),
                or(authors, extracted.authors()),
                or(publishedAt, extracted.publishedAt()),
                extracted.updatedAt(),
                or(url, extracted.url()),
                or(source, extracted.source()),
                or(language, extracted.language()),
                or(tags, extracted.tags()),
                extracted.body());
    }

    private static <T> T or(T given, T extracted) {
        return given != null ? given : extracted;
    }
}
