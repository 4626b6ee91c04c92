package io.lede.article;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;

import io.lede.api.ApiException;
import io.lede.api.Problem.FieldError;
import io.lede.extract.ArticleExtractor;
import io.lede.extract.DocumentTooComplexException;
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

    /** Share of characters that are no text from which a document is binary data (real text has hardly any). */
    private static final double BINARY_CONTROLS = 0.05;

    private final ArticleExtractor extractor;
    private final ExtractionMetrics metrics;
    private final Semaphore extractions;

    @Inject
    public DocumentReader(ExtractionMetrics metrics, IngestConfig config) {
        this(metrics, config.maxElements(),
                config.extractionConcurrency().orElse(Runtime.getRuntime().availableProcessors()));
    }

    /** Outside the service (unit tests): extraction times go nowhere. */
    DocumentReader() {
        this(ExtractionMetrics.unmeasured(), ArticleExtractor.DEFAULT_MAX_ELEMENTS, 2);
    }

    private DocumentReader(ExtractionMetrics metrics, int maxElements, int concurrency) {
        this.metrics = metrics;
        this.extractor = new ArticleExtractor(maxElements);
        this.extractions = new Semaphore(Math.max(1, concurrency), true);
    }

    /**
     * @param pageUrl the document's address when the client knows it ({@code ?url=}); the page's own canonical
     *        URL wins over it
     */
    public ExtractedArticle read(byte[] content, MediaType type, String pageUrl) {
        // No Content-Type at all reads as no type: the same 415 as an unsupported one.
        String subtype = type == null ? ""
                : type.getType().toLowerCase(Locale.ROOT) + "/" + type.getSubtype().toLowerCase(Locale.ROOT);
        String charsetName = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        Charset declared = charsetName == null ? null : charset(charsetName);
        return PageFields.fit(switch (subtype) {
            case MediaType.TEXT_HTML -> {
                // The charset the sender names wins over the one the page declares in its markup.
                String html = notBinary(declared == null ? TextBytes.decodePage(content) : TextBytes.decode(content,
                        declared));
                yield extracting("html", () -> extractor.extract(html, pageUrl));
            }
            case MARKDOWN, "text/x-markdown" -> {
                String markdown = notBinary(TextBytes.decode(content, declared));
                yield extracting("markdown", () -> extractor.extractMarkdown(markdown, pageUrl));
            }
            case MediaType.TEXT_PLAIN -> {
                String text = notBinary(TextBytes.decode(content, declared));
                yield extracting("text", () -> extractor.extractText(text, pageUrl));
            }
            default -> throw new ApiException(415, "Unsupported Media Type", "Send application/json, text/html, "
                    + "text/markdown or text/plain", List.of());
        });
    }

    /**
     * Runs an extraction when its turn comes ({@code lede.ingest.extraction-concurrency}), timed, a document of too
     * many elements answered with 413.
     */
    private ExtractedArticle extracting(String format, Supplier<ExtractedArticle> extraction) {
        try {
            extractions.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ApiException(503, "Service Unavailable", "The service is shutting down", List.of());
        }
        try {
            return metrics.time(format, extraction);
        } catch (DocumentTooComplexException e) {
            throw new ApiException(Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode(), "Document too complex",
                    "A document may have at most " + e.limit() + " elements: tags, or lines of plain text "
                            + "(lede.ingest.max-elements)", List.of());
        } finally {
            extractions.release();
        }
    }

    /**
     * The decoded document, unless it is binary data sent as text (an image, an archive, random bytes): those decode
     * to a zero character that no charset gives text, and to what no text holds much of: control characters, and,
     * read in a wide charset such as UTF-16, undecodable units (U+FFFD), unassigned and private-use characters.
     */
    private static String notBinary(String decoded) {
        long noText = decoded.codePoints().filter(DocumentReader::isNoText).count();
        if (decoded.indexOf('\0') >= 0 || noText > 8 && noText >= decoded.length() * BINARY_CONTROLS) {
            throw new ApiException(415, "Unsupported Media Type", "The document is binary data, not text: send "
                    + "HTML, Markdown or plain text, in UTF-8 or with its charset named in Content-Type", List.of());
        }
        return decoded;
    }

    private static boolean isNoText(int c) {
        int type = Character.getType(c);
        return c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' || c == 0xFFFD
                || type == Character.UNASSIGNED || type == Character.PRIVATE_USE || type == Character.SURROGATE;
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
            case "html" -> extracting(field, () -> extractor.extract(json.html(), json.url()));
            case "markdown" -> extracting(field, () -> extractor.extractMarkdown(json.markdown(), json.url()));
            case "text" -> extracting(field, () -> extractor.extractText(json.text(), json.url()));
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

    private static Charset charset(String name) {
        try {
            return Charset.forName(name.strip().replace("\"", ""));
        } catch (RuntimeException e) {
            throw ApiException.invalid("Content-Type", "unknown charset \"" + name + "\"");
        }
    }
}
