package io.lede.article;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.core.MediaType;

import io.lede.api.ApiException;
import io.lede.extract.ArticleExtractor;
import io.lede.extract.ExtractedArticle;

/**
 * Turns a document as people hold it (a whole web page, Markdown, plain text) into article fields, with the
 * extractor. JSON articles do not come here: they already are fields.
 */
@ApplicationScoped
public class DocumentReader {

    public static final String MARKDOWN = "text/markdown";
    /** The document media types ingest accepts besides JSON. */
    public static final String[] TYPES = { MediaType.TEXT_HTML, MARKDOWN, MediaType.TEXT_PLAIN };

    private final ArticleExtractor extractor = new ArticleExtractor();

    /**
     * @param pageUrl the document's address when the client knows it ({@code ?url=}); the page's own canonical
     *        URL wins over it
     */
    public ExtractedArticle read(byte[] content, MediaType type, String pageUrl) {
        String subtype = type.getType().toLowerCase(Locale.ROOT) + "/" + type.getSubtype().toLowerCase(Locale.ROOT);
        String declaredCharset = type.getParameters().get(MediaType.CHARSET_PARAMETER);
        return switch (subtype) {
            case MediaType.TEXT_HTML -> declaredCharset == null ? extractor.extract(content, pageUrl)
                    : extractor.extract(new String(content, charset(declaredCharset)), pageUrl);
            case MARKDOWN, "text/x-markdown" -> extractor.extractMarkdown(text(content, declaredCharset), pageUrl);
            case MediaType.TEXT_PLAIN -> extractor.extractText(text(content, declaredCharset), pageUrl);
            default -> throw new ApiException(415, "Unsupported Media Type", "Send application/json, text/html, "
                    + "text/markdown or text/plain", java.util.List.of());
        };
    }

    /** The extracted fields as a client would have posted them. */
    public static ArticleInput toInput(ExtractedArticle article, String externalId) {
        return new ArticleInput(externalId, article.url(), article.title(), article.summary(), article.body(),
                article.authors(), article.source(), article.language(), article.tags(), article.publishedAt());
    }

    private static String text(byte[] content, String declaredCharset) {
        return new String(content, declaredCharset == null ? StandardCharsets.UTF_8 : charset(declaredCharset));
    }

    private static Charset charset(String name) {
        try {
            return Charset.forName(name.strip().replace("\"", ""));
        } catch (RuntimeException e) {
            throw ApiException.invalid("Content-Type", "unknown charset \"" + name + "\"");
        }
    }
}
