package io.lede.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ArticleExtractorTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private static String page(String head, String body) {
        return "<!doctype html><html lang=\"en-GB\"><head>" + head + "</head><body>" + body + "</body></html>";
    }

    private static final String PROSE = "<p>The harbour authority said on Monday that the northern quay, closed since "
            + "the storm, would reopen to ferries next week, after engineers finished their inspection.</p>"
            + "<p>Fishing boats, which had moored in the southern basin, will return to their usual berths, the "
            + "authority added, while repairs to the breakwater continue into the spring.</p>";

    @Test
    void readsOpenGraphAndArticleMetaTags() {
        ExtractedArticle article = extractor.extract(page(
                "<meta property=\"og:title\" content=\"Harbour reopens | The Tidewater Gazette\">"
                        + "<meta property=\"og:site_name\" content=\"The Tidewater Gazette\">"
                        + "<meta property=\"og:url\" content=\"https://tidewater.example.org/harbour\">"
                        + "<meta property=\"article:published_time\" content=\"2024-03-05T09:30:00+01:00\">"
                        + "<meta property=\"article:tag\" content=\"ports\">"
                        + "<meta name=\"author\" content=\"Ana Ruiz\">"
                        + "<meta name=\"description\" content=\"The northern quay reopens.\">",
                PROSE), null);

        assertThat(article.title()).isEqualTo("Harbour reopens");
        assertThat(article.source()).isEqualTo("The Tidewater Gazette");
        assertThat(article.url()).isEqualTo("https://tidewater.example.org/harbour");
        assertThat(article.publishedAt()).isEqualTo("2024-03-05T09:30+01:00");
        assertThat(article.authors()).containsExactly("Ana Ruiz");
        assertThat(article.tags()).containsExactly("ports");
        assertThat(article.summary()).isEqualTo("The northern quay reopens.");
        assertThat(article.language()).isEqualTo("en");
    }

    @Test
    void readsJsonLdWithPersonAuthorsAndPublisher() {
        ExtractedArticle article = extractor.extract(page(
                "<script type=\"application/ld+json\">{\"@context\": \"https://schema.org\", \"@graph\": [{"
                        + "\"@type\": \"NewsArticle\", \"headline\": \"Quay reopens\", \"datePublished\": "
                        + "\"2024-03-05\", \"author\": [{\"@type\": \"Person\", \"name\": \"Tom Berg, MD\"}, "
                        + "{\"@type\": \"Organization\", \"name\": \"Gazette Staff\"}], \"publisher\": {\"name\": "
                        + "\"Tidewater Gazette\"}, \"keywords\": \"ports, weather\"}]}</script>",
                PROSE), null);

        assertThat(article.title()).isEqualTo("Quay reopens");
        assertThat(article.authors()).containsExactly("Tom Berg");
        assertThat(article.publishedAt()).isEqualTo("2024-03-05");
        assertThat(article.source()).isEqualTo("Tidewater Gazette");
        assertThat(article.tags()).containsExactly("ports", "weather");
    }

    @Test
    void theVisibleHeadlineBylineAndDateWinOverAnSeoTitle() {
        ExtractedArticle article = extractor.extract(page(
                "<title>Quay to reopen next week: what ferry passengers need to know - Gazette</title>",
                "<header><h1>Northern quay to reopen next week</h1><p class=\"meta\">By Ana Ruiz · Updated "
                        + "March 5, 2024</p></header>" + PROSE), "https://tidewater.example.org/a");

        assertThat(article.title()).isEqualTo("Northern quay to reopen next week");
        assertThat(article.authors()).containsExactly("Ana Ruiz");
        assertThat(article.publishedAt()).isEqualTo("2024-03-05");
        assertThat(article.source()).isEqualTo("tidewater.example.org");
    }

    @Test
    void bodyKeepsTheArticleAndDropsBoilerplate() {
        ExtractedArticle article = extractor.extract(page("<title>Quay</title>",
                "<nav><a href=/>Home</a> <a href=/news>News</a></nav>"
                        + "<div class=\"cookie-banner\">We use cookies to improve your experience.</div>"
                        + "<article><h1>Quay</h1>" + PROSE
                        + "<figure><img src=x.jpg><figcaption>Photo: Port Authority</figcaption></figure>"
                        + "<div class=\"share-buttons\"><a href=#>Share on X</a></div>"
                        + "<p><a href=/other>Storm closes ferry routes</a></p></article>"
                        + "<aside class=\"related\"><h2>Related</h2><p>Another story entirely, about rail fares "
                        + "and the new timetable that starts in May.</p></aside>"
                        + "<footer>© 2024 The Gazette. All rights reserved.</footer>"), null);

        assertThat(article.body())
                .startsWith("The harbour authority said on Monday")
                .contains("\n\nFishing boats, which had moored")
                .doesNotContain("cookies", "Home", "Photo:", "Share on", "Storm closes", "rail fares", "©");
    }

    @Test
    void paragraphsWrittenWithBreaksInsideADivAreFound() {
        String prose = "The council voted on Tuesday to extend the tram line to the airport, a project "
                + "first proposed a decade ago and delayed twice by budget disputes.";
        ExtractedArticle article = extractor.extract(page("<title>Tram</title>",
                "<div class=\"menu\"><a href=/>Home</a></div><div class=\"story\">" + prose + "<br><br>" + prose
                        + "</div>"), null);

        assertThat(article.body()).contains("The council voted on Tuesday");
    }

    @Test
    void plainTextTakesItsFirstLineAsTheTitle() {
        ExtractedArticle article = extractor.extractText(
                "Tram line approved\nMarch 5, 2024\n\nThe council voted on Tuesday.\n\nWork starts in June.", null);

        assertThat(article.title()).isEqualTo("Tram line approved");
        assertThat(article.publishedAt()).isEqualTo("2024-03-05");
        assertThat(article.body()).contains("The council voted on Tuesday.\n\nWork starts in June.");
    }

    @Test
    void pagesWithoutACharsetThatAreNotUtf8AreReadAsWindows1252() {
        byte[] html = page("<title>Caf\u00e9</title>", "<h1>Caf\u00e9 reopens</h1>" + PROSE)
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));

        assertThat(extractor.extract(html, null).title()).isEqualTo("Caf\u00e9 reopens");
    }

    @Test
    void aPageThatDeclaresNoLanguageGetsTheOneItsTextShows() {
        ExtractedArticle article = extractor.extract("<!doctype html><html><head><title>Hafen</title></head><body>"
                + "<h1>Der Nordkai wird wieder geöffnet</h1><p>Die Hafenbehörde hat am Montag mitgeteilt, dass der "
                + "nördliche Kai, der seit dem Sturm gesperrt ist, in der nächsten Woche wieder für die Fähren "
                + "geöffnet wird.</p><p>Die Fischerboote, die im südlichen Becken lagen, kehren an ihre Plätze "
                + "zurück, während die Arbeiten an der Mole noch bis zum Frühjahr dauern.</p></body></html>", null);

        assertThat(article.language()).isEqualTo("de");
    }

    @Test
    void aDeclaredLanguageWinsOverTheText() {
        ExtractedArticle article = extractor.extract("<!doctype html><html lang=\"uk\"><head></head><body>"
                + "<h1>Harbour reopens</h1>" + PROSE + "</body></html>", null);

        assertThat(article.language()).isEqualTo("uk");
    }

    @Test
    void markdownAndPlainTextGetTheLanguageTheirTextShows() {
        String markdown = "# Паром знову ходить\n\nПортова адміністрація повідомила в понеділок, що північний "
                + "причал, який був закритий після шторму, знову прийматиме пороми вже наступного тижня.\n\nРибальські "
                + "човни, що стояли в південному басейні, повернуться на свої місця, а ремонт хвилелому триватиме "
                + "до весни.\n";
        String text = "El puerto reabre\n\nLa autoridad portuaria dijo el lunes que el muelle norte, cerrado "
                + "desde la tormenta, volverá a recibir a los transbordadores la semana que viene.";

        assertThat(extractor.extractMarkdown(markdown, null).language()).isEqualTo("uk");
        assertThat(extractor.extractText(text, null).language()).isEqualTo("es");
    }

    @Test
    void aBylineLineOfPlainTextIsTheAuthorNotTheBody() {
        ExtractedArticle article = extractor.extractText("Quay reopens next week\n\nBy Helena Fischer\n\nThe "
                + "harbour authority said on Monday that the northern quay would reopen to ferries.", null);

        assertThat(article.authors()).containsExactly("Helena Fischer");
        assertThat(article.body()).isEqualTo("The harbour authority said on Monday that the northern quay would "
                + "reopen to ferries.");
    }

    @Test
    void aTextTooShortToTellGetsNoLanguage() {
        assertThat(extractor.extractText("Quay\n\nReopens Monday.", null).language()).isNull();
    }

    @Test
    void aBodyInAnotherAlphabetIsKept() {
        String markdown = "# Паром знову ходить\n\nПортова адміністрація повідомила в понеділок, що північний "
                + "причал, який був закритий після шторму, знову прийматиме пороми вже наступного тижня.\n";

        assertThat(extractor.extractMarkdown(markdown, null).body()).startsWith("Портова адміністрація");
    }

    /** Issue acceptance: the shared scraped-Markdown sample. */
    @Test
    void theMoscowTimesMarkdownSample() throws IOException {
        Path sample = Path.of("..", "shared", "samples", "moscow-times-2023-12-23-ceasefire.md");
        Assumptions.assumeTrue(Files.exists(sample), "needs ../shared/samples");

        ExtractedArticle article = extractor.extractMarkdown(Files.readString(sample), null);

        assertThat(article.title()).isEqualTo("Putin Quietly Signaling Openness to Ukraine Ceasefire Talks – NYT");
        assertThat(article.publishedAt()).isEqualTo("2023-12-23");
        assertThat(article.url()).isEqualTo("https://www.themoscowtimes.com/2023/12/23/"
                + "putin-quietly-signaling-openness-to-ukraine-ceasefire-talks-nyt-a83548");
        assertThat(article.body())
                .startsWith("Russian President Vladimir Putin has been telegraphing")
                .contains("ceasefire that freezes the fighting along the current lines")
                .doesNotContain("duma.gov.ru", "Related article", "How Russian Officials Plan", "Original url",
                        "https://www.themoscowtimes.com");
    }
}
