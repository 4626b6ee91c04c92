package io.lede.article;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;

import io.lede.api.ApiException;
import io.lede.api.Problem.FieldError;
import io.lede.extract.ArticleExtractor;
import io.lede.extract.ExtractedArticle;
import io.lede.extract.TextBytes;
import io.lede.metrics.ExtractionMetrics;

/**
 * Turns a document as people hold it (a whole web page, Markdown, plain text) into article fields, with the
 * extractor: a document posted with its own Content-Type, or one carried by a JSON article in {@code html},
 * {@code markdown} or {@code text}. JSON articles with a {@code body} pass through unchanged: they already are fields.
 */
@ApplicationScoped
public class DocumentReader {

    public static final String MARKDOWN = "text/markdown";
    /** The document media types ingest accepts besides JSON. */
    public static final String[] TYPES = { MediaType.TEXT_HTML, MARKDOWN, MediaType.TEXT_PLAIN };

    private final ArticleExtractor extractor = new ArticleExtractor();
    private final ExtractionMetrics metrics;

    @Inject
    public DocumentReader(ExtractionMetrics metrics) {
        this.metrics = metrics;
    }

    /** Outside the service (unit tests): extraction times go nowhere. */
    DocumentReader() {
        this(ExtractionMetrics.unmeasured());
    }

    /**
     * @param pageUrl the document's address when the client knows it ({@code ?url=}); the page's own canonical
     *        URL wins over it
     */
    public ExtractedArticle read(byte[] content, MediaType type, String pageUrl) {
        // No Content-Type at all reads as no type: the same 415 as an unsupported one.
        String subtype = type == null ? ""
                : type.getType().toLowerCase(Locale.ROOT) + "/" + type.getSubtype().toLowerCase(Locale.ROOT);
        String declaredCharset = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        return PageFields.fit(switch (subtype) {
            case MediaType.TEXT_HTML -> metrics.time("html", () -> declaredCharset == null
                    ? extractor.extract(content, pageUrl)
                    : extractor.extract(new String(content, charset(declaredCharset)), pageUrl));
            case MARKDOWN, "text/x-markdown" -> metrics.time("markdown",
                    () -> extractor.extractMarkdown(text(content, declaredCharset), pageUrl));
            case MediaType.TEXT_PLAIN -> metrics.time("text",
                    () -> extractor.extractText(text(content, declaredCharset), pageUrl));
            default -> throw new ApiException(415, "Unsupported Media Type", "Send application/json, text/html, "
                    + "text/markdown or text/plain", List.of());
        });
    }

    /**
     * A JSON article's fields: as given when it has a {@code body}, else extracted from the document it carries
     * with the given fields overriding.
     *
     * @throws ApiException (400) when more than one of body, html, markdown and text is given
     */
    public ArticleInput resolve(ArticleInput json) {
        List<String> content = onlyOneContentField(json);
        if (content.isEmpty() || content.get(0).equals("body")) {
            return json; // ArticleData reports a missing body
        }
        String field = content.get(0);
        ExtractedArticle article = extract(json, field);
        // Name the field the client sent: "title is required" would point at one they never gave.
        List<FieldError> missing = new ArrayList<>();
        if (article.title() == null || article.title().isBlank()) {
            missing.add(new FieldError(field, "no headline found in the document; give the article's title in title"));
        }
        if (article.body() == null || article.body().isBlank()) {
            missing.add(new FieldError(field, "no article text found in the document"));
        }
        if (!missing.isEmpty()) {
            throw ApiException.invalid(missing);
        }
        return toInput(article, json.externalId());
    }

    /**
     * What a JSON article that carries a document would be stored as (before validation), for the extract preview.
     *
     * @throws ApiException (400) unless exactly one of html, markdown and text is given, and no body
     */
    public ExtractedArticle read(ArticleInput json) {
        List<String> content = onlyOneContentField(json);
        if (content.isEmpty() || content.get(0).equals("body")) {
            String reason = "one of html, markdown or text is required: it is the document to extract";
            throw ApiException.invalid(List.of(new FieldError("html", reason), new FieldError("markdown", reason),
                    new FieldError("text", reason)));
        }
        return extract(json, content.get(0));
    }

    /** Extracts as the same document posted with its own Content-Type, the JSON's url being the page's address. */
    private ExtractedArticle extract(ArticleInput json, String field) {
        ExtractedArticle extracted = switch (field) {
            case "html" -> metrics.time(field, () -> extractor.extract(json.html(), json.url()));
            case "markdown" -> metrics.time(field, () -> extractor.extractMarkdown(json.markdown(), json.url()));
            case "text" -> metrics.time(field, () -> extractor.extractText(json.text(), json.url()));
            default -> throw new IllegalArgumentException(field);
        };
        return json.over(PageFields.fit(extracted));
    }

    /** The content fields given; more than one is ambiguous, so each of them is named in a 400. */
    private static List<String> onlyOneContentField(ArticleInput json) {
        List<String> given = json.contentFieldsGiven();
        if (given.size() > 1) {
            String reason = "only one of body, html, markdown and text may be given, not "
                    + String.join(" and ", given);
            throw ApiException.invalid(given.stream().map(field -> new FieldError(field, reason)).toList());
        }
        return given;
    }

    /** The extracted fields as a client would have posted them. */
    public static ArticleInput toInput(ExtractedArticle article, String externalId) {
        return new ArticleInput(externalId, article.url(), article.title(), article.summary(), article.body(),
                article.authors(), article.source(), article.language(), article.tags(), article.publishedAt());
    }

    private static String text(byte[] content, String declaredCharset) {
        // As for a page that names no charset: UTF-8 when it decodes as such, else Windows-1252.
        return declaredCharset == null ? TextBytes.decode(content) : new String(content, charset(declaredCharset));
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name.strip().replace("\"", ""));
        } catch (RuntimeException e) {
            throw ApiException.invalid("Content-Type", "unknown charset \"" + name + "\"");
        }
    }
}
