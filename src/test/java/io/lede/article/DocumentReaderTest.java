package io.lede.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.ws.rs.core.MediaType;

import org.junit.jupiter.api.Test;

import io.lede.api.ApiException;
import io.lede.api.Problem.FieldError;
import io.lede.extract.ArticleExtractor;
import io.lede.extract.ExtractedArticle;

/** How a JSON article's html, markdown or text becomes its fields, without the service around it. */
class DocumentReaderTest {

    private final DocumentReader documents = new DocumentReader();

    private static ArticleInput carrying(String html, String markdown, String text) {
        return new ArticleInput(null, null, null, null, null, null, null, null, null, null, html, markdown, text);
    }

    @Test
    void anArticleWithABodyPassesThroughUnchanged() {
        ArticleInput plain = new ArticleInput("id", null, "T", null, "B", null, null, null, null, null);
        assertThat(documents.resolve(plain)).isSameAs(plain);
    }

    @Test
    void markdownIsExtractedWithTheUrlAsItsAddress() {
        ArticleInput input = new ArticleInput("wire-7", "https://notes.example.com/kiln", null, null, null, null,
                null, null, null, null, null, "# The kiln is lit\n\nPotters fired the new kiln for the first time.",
                null);

        ArticleInput resolved = documents.resolve(input);

        assertThat(resolved.title()).isEqualTo("The kiln is lit");
        assertThat(resolved.body()).isEqualTo("Potters fired the new kiln for the first time.");
        assertThat(resolved.url()).isEqualTo("https://notes.example.com/kiln");
        assertThat(resolved.source()).isEqualTo("notes.example.com");
        assertThat(resolved.externalId()).isEqualTo("wire-7");
        assertThat(resolved.html()).isNull();
    }

    @Test
    void givenFieldsWinEvenWhenEmpty() {
        String page = "<html><head><link rel=canonical href=\"https://a.example.org/page\">"
                + "<meta property=article:tag content=Ceramics></head><body><h1>Declared headline here</h1>"
                + "<p>Text of the page about the kiln and its first firing.</p></body></html>";
        ArticleInput input = new ArticleInput(null, "https://b.example.org/mine", "My title", "Short.", null, null,
                "My desk", "de", List.of(), "2024-01-02", page, null, null);

        ArticleInput resolved = documents.resolve(input);

        assertThat(resolved.title()).isEqualTo("My title");
        assertThat(resolved.url()).isEqualTo("https://b.example.org/mine");
        assertThat(resolved.summary()).isEqualTo("Short.");
        assertThat(resolved.source()).isEqualTo("My desk");
        assertThat(resolved.language()).isEqualTo("de");
        assertThat(resolved.tags()).isEmpty();
        assertThat(resolved.publishedAt()).isEqualTo("2024-01-02");
        assertThat(resolved.body()).isEqualTo("Text of the page about the kiln and its first firing.");
    }

    @Test
    void givenFieldsWinOverFrontMatterWhichWinsOverTheText() {
        String markdown = "---\ntitle: Declared title\nauthor: Jane Roe\ndate: 2024-05-06\n"
                + "canonical: https://notes.example.com/declared\n---\n# The kiln is lit\n\nBy Ada Brick\n\n"
                + "Potters fired the new kiln for the first time.";
        ArticleInput input = new ArticleInput(null, "https://b.example.org/mine", "My title", null, null, null, null,
                null, null, null, null, markdown, null);

        ArticleInput resolved = documents.resolve(input);

        assertThat(resolved.title()).isEqualTo("My title");
        assertThat(resolved.url()).isEqualTo("https://b.example.org/mine");
        assertThat(resolved.authors()).containsExactly("Jane Roe");
        assertThat(resolved.publishedAt()).isEqualTo("2024-05-06");
        assertThat(resolved.body()).doesNotContain("title:", "Declared title");
    }

    @Test
    void moreThanOneContentFieldNamesEachOfThem() {
        ArticleInput both = new ArticleInput(null, null, "T", null, "B", null, null, null, null, null, null, null,
                "T\n\nB");
        assertThatThrownBy(() -> documents.resolve(both))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly("body", "text");
                });
        assertThatThrownBy(() -> documents.resolve(carrying("<p>x</p>", "x", "x")))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("html", "markdown", "text"));
    }

    @Test
    void thePreviewNeedsADocument() {
        ArticleInput plain = new ArticleInput(null, null, "T", null, "B", null, null, null, null, null);
        assertThatThrownBy(() -> documents.read(plain))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field).containsExactly("html", "markdown", "text"));
        assertThat(documents.read(carrying(null, null, "Title line\n\nBody line.")).title()).isEqualTo("Title line");
    }

    @Test
    void aDocumentWithoutAHeadlineOrTextNamesTheFieldItCameIn() {
        assertThatThrownBy(() -> documents.resolve(carrying("", null, null)))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.errors()).extracting(FieldError::field).containsExactly("html", "html");
                });
        ArticleInput titled = new ArticleInput(null, null, "Given title", null, null, null, null, null, null, null,
                "<html><body></body></html>", null, null);
        assertThatThrownBy(() -> documents.resolve(titled))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::reason).containsExactly("no article text found in the document"));
    }

    @Test
    void aPagesOwnMetadataPastTheLimitsIsDroppedNotRefused() {
        StringBuilder head = new StringBuilder("<meta property=\"og:site_name\" content=\"" + "Pottery ".repeat(40)
                + "\"><meta property=\"article:published_time\" content=\"0000-01-01T00:00:00Z\">");
        for (int i = 0; i < 150; i++) {
            head.append("<meta property=\"article:tag\" content=\"glaze ").append(i).append("\">");
        }
        String page = "<html lang=\"en\"><head>" + head + "</head><body><h1>The kiln is lit</h1><p>Potters fired "
                + "the new kiln for the first time on Saturday, after a winter of building it brick by brick.</p>"
                + "</body></html>";

        ArticleInput input = DocumentReader.toInput(
                documents.read(page.getBytes(StandardCharsets.UTF_8), MediaType.TEXT_HTML_TYPE, null), null);

        assertThat(input.source()).isNull();
        assertThat(input.publishedAt()).isNull();
        assertThat(input.tags()).startsWith("glaze 0");
        assertThat(input.title()).isEqualTo("The kiln is lit");
        // Past the year 9999 once in UTC: dropped too, not a 400 about a field the client never wrote.
        ArticleInput markdown = DocumentReader.toInput(documents.read(("---\ndate: 9999-12-31T23:59:59-05:00\n---\n"
                + "# The kiln is lit\n\nPotters fired the new kiln.").getBytes(StandardCharsets.UTF_8),
                MediaType.valueOf("text/markdown"), null), null);
        assertThat(markdown.publishedAt()).isNull();
        assertThat(ArticleData.from(markdown).title()).isEqualTo("The kiln is lit");
    }

    @Test
    void extractedListsAndTextsAreCutToTheLimits() {
        List<String> tags = java.util.stream.IntStream.range(0, 150).mapToObj(i -> "glaze " + i).toList();
        String title = "The kiln is lit ".repeat(100);
        ExtractedArticle page = new ExtractedArticle(title, null, List.of("x".repeat(300), "Ada Brick"),
                "+10000-01-01", "2024-03-04", "https://kilns.example.org/" + "k".repeat(3000), null, "en", tags,
                "Potters fired the new kiln.");

        ExtractedArticle fitted = PageFields.fit(page);

        assertThat(fitted.tags()).hasSize(ArticleData.MAX_LIST).startsWith("glaze 0");
        // Cut between words: what follows the cut in the page's title is a space.
        assertThat(fitted.title()).hasSizeLessThanOrEqualTo(ArticleData.MAX_TITLE);
        assertThat(title).startsWith(fitted.title() + " ");
        assertThat(fitted.authors()).containsExactly("Ada Brick");
        assertThat(fitted.publishedAt()).isNull();
        assertThat(fitted.updatedAt()).isEqualTo("2024-03-04");
        assertThat(fitted.url()).isNull();
    }

    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE;
    private static final MediaType TEXT = MediaType.TEXT_PLAIN_TYPE;

    private static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            bytes[i] = (byte) values[i];
        }
        return bytes;
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void aStrayByteInAUtf8PageBecomesOneReplacementCharacterNotMojibake() {
        byte[] page = concat(ascii("<h1>Caf"), bytes(0xC3, 0xA9), ascii(" in Tokyo</h1><p>"), bytes(0xFF),
                ascii(" The "), "東京".getBytes(StandardCharsets.UTF_8), ascii(" branch opened its doors today.</p>"));

        ExtractedArticle article = documents.read(page, HTML, null);

        assertThat(article.title()).isEqualTo("Café in Tokyo");
        assertThat(article.body()).contains("The 東京 branch");
    }

    @Test
    void latin1BytesDeclaredAsUtf8AreReadAsTheyWereWritten() {
        byte[] page = concat(ascii("<meta charset=\"utf-8\"><h1>Caf"), bytes(0xE9), ascii(" cr"), bytes(0xE8),
                ascii("me recipes</h1><p>A caf"), bytes(0xE9), ascii(" au lait, a cr"), bytes(0xE8),
                ascii("me br"), bytes(0xFB), ascii("l"), bytes(0xE9), ascii("e and a fresh croissant.</p>"));

        assertThat(documents.read(page, HTML, null).title()).isEqualTo("Café crème recipes");
        assertThat(documents.read(page, MediaType.valueOf("text/html; charset=utf-8"), null).body())
                .contains("crème brûlée");
    }

    @Test
    void utf16IsReadByItsByteOrderMarkOrItsZeroBytesWhateverIsDeclared() {
        String text = "Harbour reopens\n\nThe harbour reopened to ferries on Monday after the storm.";
        byte[] littleEndian = text.getBytes(StandardCharsets.UTF_16LE);

        assertThat(documents.read(littleEndian, TEXT, null).title()).isEqualTo("Harbour reopens");
        assertThat(documents.read(littleEndian, MediaType.valueOf("text/plain; charset=utf-16"), null).title())
                .as("the web's UTF-16 is little-endian").isEqualTo("Harbour reopens");
        byte[] withMark = concat(bytes(0xFE, 0xFF), text.getBytes(StandardCharsets.UTF_16BE));
        assertThat(documents.read(withMark, MediaType.valueOf("text/plain; charset=utf-8"), null).body())
                .isEqualTo("The harbour reopened to ferries on Monday after the storm.");
    }

    @Test
    void binaryDataSentAsTextIsRefusedWith415() {
        byte[] noise = new byte[4096];
        new java.util.Random(7).nextBytes(noise);
        byte[] png = concat(bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D), ascii("IHDR"),
                new byte[64]);

        for (byte[] binary : List.of(noise, png)) {
            // Read as UTF-16, random bytes hold no zero character, but undecodable and unassigned ones.
            assertThatThrownBy(() -> documents.read(binary, MediaType.valueOf("text/plain; charset=utf-16"), null))
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(415));
            for (MediaType type : List.of(TEXT, HTML, MediaType.valueOf("text/markdown"))) {
                assertThatThrownBy(() -> documents.read(binary, type, null)).isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.status()).isEqualTo(415));
            }
        }
    }

    @Test
    void aDocumentOfTooManyElementsIsRefusedWith413BeforeItIsParsed() {
        String tags = "<h1>Tags</h1><p>" + "<b>x".repeat(ArticleExtractor.DEFAULT_MAX_ELEMENTS + 1);
        String lines = "Lines\n" + "x\n".repeat(ArticleExtractor.DEFAULT_MAX_ELEMENTS + 1);

        assertThatThrownBy(() -> documents.read(ascii(tags), HTML, null)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.status()).isEqualTo(413));
        assertThatThrownBy(() -> documents.read(ascii(lines), TEXT, null)).isInstanceOfSatisfying(
                ApiException.class, e -> assertThat(e.status()).isEqualTo(413));
        assertThatThrownBy(() -> documents.resolve(carrying(null, "# Tags\n\n" + "*x* ".repeat(
                ArticleExtractor.DEFAULT_MAX_ELEMENTS + 1), null))).isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.status()).isEqualTo(413));
    }

    /** Every way a document can ask for an element is counted: stray end tags, any line end, nested list markers. */
    @Test
    void elementsAskedForInOtherWaysAreCountedToo() {
        int over = ArticleExtractor.DEFAULT_MAX_ELEMENTS + 1;
        List<byte[]> documentsOfTooMany = List.of(ascii("<h1>Ends</h1><p>intro</p>" + "</p>".repeat(over)),
                ascii("Lines\n\n" + "x\r".repeat(over)),
                ("Lines\n\n" + "x\u2028".repeat(over)).getBytes(StandardCharsets.UTF_8));
        List<MediaType> types = List.of(HTML, TEXT, TEXT);
        for (int i = 0; i < documentsOfTooMany.size(); i++) {
            byte[] document = documentsOfTooMany.get(i);
            MediaType type = types.get(i);
            assertThatThrownBy(() -> documents.read(document, type, null)).as(type + " " + i)
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.status()).isEqualTo(413));
        }
        assertThatThrownBy(() -> documents.read(ascii("# Nested\n\n" + "- ".repeat(over) + "x"),
                MediaType.valueOf("text/markdown"), null)).isInstanceOfSatisfying(ApiException.class,
                        e -> assertThat(e.status()).isEqualTo(413));
        // A long article of ordinary lines is no such document.
        String article = "A long report\n\n" + "The council met again on Tuesday to discuss the harbour.\r\n".repeat(
                150_000);
        assertThat(documents.read(article.getBytes(StandardCharsets.UTF_8), TEXT, null).title())
                .isEqualTo("A long report");
    }
}
