package io.lede.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;

import org.junit.jupiter.api.Test;

/** Which date an article is dated by, on small invented pages. */
class PublicationDateTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private static final String PROSE = "<p>The orchard society met in the village hall to compare notes on the "
            + "late frost, which had taken most of the early blossom in the lower fields.</p>"
            + "<p>Members agreed to share grafting wood from the trees that survived, and to plant a windbreak of "
            + "hazel along the northern edge before the autumn.</p>";

    private String publishedAt(String head, String body) {
        String html = "<!doctype html><html lang=\"en\"><head>" + head + "</head><body>" + body + "</body></html>";
        return extractor.extract(html, "https://orchards.example.org/frost").publishedAt();
    }

    private static String jsonLd(String json) {
        return "<script type=\"application/ld+json\">" + json + "</script>";
    }

    @Test
    void aWebPageItemsDateAloneDoesNotDateThePage() {
        String head = jsonLd("{\"@context\": \"https://schema.org\", \"@graph\": [{\"@type\": \"WebPage\", "
                + "\"datePublished\": \"2019-04-02T10:00:00+00:00\", \"dateModified\": \"2024-01-15T08:00:00+00:00\"}]}");

        assertThat(publishedAt(head, "<h1>Grafting after a late frost</h1>" + PROSE)).isNull();
    }

    @Test
    void aWebPageThatShowsADateIsDatedByIt() {
        String head = jsonLd("{\"@type\": \"WebPage\", \"datePublished\": \"2019-04-02T10:00:00+00:00\"}");

        assertThat(publishedAt(head, "<h1>Grafting after a late frost</h1><p class=\"meta\">April 2, 2019</p>"
                + PROSE)).isEqualTo("2019-04-02");
    }

    @Test
    void anArticleItemsDateStillCounts() {
        String head = jsonLd("{\"@type\": \"BlogPosting\", \"datePublished\": \"2019-04-02\"}");

        assertThat(publishedAt(head, "<h1>Grafting after a late frost</h1>" + PROSE)).isEqualTo("2019-04-02");
    }

    @Test
    void aShownDateRunIntoTheNextWordOrATimeIsRead() {
        assertThat(TextDates.prose("Mar 4, 2024Lena Holt")).contains("2024-03-04");
        assertThat(TextDates.prose("Lena Holt 2024-03-04T08:10+02:00")).contains("2024-03-04");
        assertThat(TextDates.prose("4 March 2024Lena Holt")).contains("2024-03-04");
        assertThat(TextDates.prose("Mar 4, 20245")).isEmpty();
    }

    @Test
    void aShownDateRunOnFromThePreviousWordIsRead() {
        assertThat(TextDates.prose("Orchard newsDECEMBER 22, 2022Updated: JANUARY 02, 2026")).contains("2022-12-22");
        assertThat(TextDates.prose("May 21, 2025April 24, 2025")).contains("2025-05-21");
        // Only a capitalised month after a run-on word: "summary 4, 2024" holds no month.
        assertThat(TextDates.prose("Summary 4, 2024")).isEmpty();
    }

    @Test
    void numericDatesAreReadByTheirValuesElseByThePagesConvention() {
        assertThat(TextDates.shown("Updated: 10/31/2024", false)).contains("2024-10-31");
        assertThat(TextDates.shown("31/10/2024", false)).contains("2024-10-31");
        assertThat(TextDates.shown("04/03/2024", false)).contains("2024-04-03");
        assertThat(TextDates.shown("04/03/2024", true)).contains("2024-03-04");
        assertThat(TextDates.shown("04.03.2024", false)).contains("2024-03-04");
        assertThat(TextDates.writesDayFirst("en-GB")).isTrue();
        assertThat(TextDates.writesDayFirst("de")).isTrue();
        assertThat(TextDates.writesDayFirst("en-US")).isFalse();
        assertThat(TextDates.writesDayFirst("en")).isFalse();
        // A bare number pair is not a dateline: rows of figures in tables hold them too.
        assertThat(TextDates.prose("1/1/2013 +13.1%")).isEmpty();
    }

    @Test
    void aNumericDateUnderTheHeadlineDatesAPageThatDeclaresNone() {
        String body = "<h1>Grafting after a late frost</h1><div class=\"meta\">Posted 04/03/2024 by Lena Holt</div>"
                + PROSE;
        String british = "<!doctype html><html lang=\"en-GB\"><head></head><body>" + body + "</body></html>";

        assertThat(publishedAt("", body)).isEqualTo("2024-04-03");
        assertThat(extractor.extract(british, null).publishedAt()).isEqualTo("2024-03-04");
    }

    @Test
    void aDateBesideTheHeadlinesWrappersIsFound() {
        String hero = "<div class=\"hero\"><div class=\"grid\"><div class=\"col\"><div class=\"inner\">"
                + "<div class=\"title\"><h1>Grafting after a late frost</h1></div></div></div></div></div>";

        assertThat(publishedAt("", "<div class=\"page\">" + hero + "<div>Posted on Mar 4, 2024 "
                + "by Lena Holt</div></div>" + PROSE)).isEqualTo("2024-03-04");
    }

    @Test
    void highwireCitationDatesCount() {
        String head = "<meta name=\"citation_publication_date\" content=\"2019/4/2\">";

        assertThat(publishedAt(head, "<h1>Grafting after a late frost</h1>" + PROSE)).isEqualTo("2019-04-02");
    }

    @Test
    void aBareDateBesideAHeadlineInASmallerHeadingIsFound() {
        String head = "<meta property=\"og:title\" content=\"Grafting after a late frost\">";
        String body = "<div class=\"masthead\"><h1>The Orchard Notebook</h1></div>"
                + "<div class=\"post\"><h3>Grafting after a late frost</h3> 4 March 2024 <div>" + PROSE + "</div></div>";

        assertThat(publishedAt(head, body)).isEqualTo("2024-03-04");
    }

    @Test
    void aDateBesideAHeadlineWrittenAsAStyledParagraphIsFound() {
        String head = "<meta property=\"og:title\" content=\"Grafting after a late frost\">";
        String body = "<div class=\"hero\"><p class=\"text-xl\">Grafting after a late frost</p></div>"
                + "<div><p>Lena Holt</p><p>Feb 16, 2026</p></div><div>" + PROSE + "</div>";

        assertThat(publishedAt(head, body)).isEqualTo("2026-02-16");
    }

    @Test
    void aDeclaredDateStampedWithTheModificationDateYieldsToTheShownDate() {
        String stamped = jsonLd("{\"@type\": \"BlogPosting\", \"datePublished\": \"2025-06-24T10:00:00Z\", "
                + "\"dateModified\": \"2025-06-24T10:00:00Z\"}");
        String revised = jsonLd("{\"@type\": \"BlogPosting\", \"datePublished\": \"2024-08-25T10:00:00Z\", "
                + "\"dateModified\": \"2025-06-24T10:00:00Z\"}");
        String body = "<h1>Grafting after a late frost</h1><p class=\"meta\">August 25, 2024</p>" + PROSE;
        String showsTheRevision = "<h1>Grafting after a late frost</h1><p class=\"meta\">June 24, 2025</p>" + PROSE;

        assertThat(publishedAt(stamped, body)).isEqualTo("2024-08-25");
        assertThat(publishedAt(stamped, "<h1>Grafting after a late frost</h1>" + PROSE)).startsWith("2025-06-24");
        assertThat(publishedAt(revised, showsTheRevision)).startsWith("2024-08-25");
    }

    @Test
    void datesWithDifferentOffsetsAreComparedAsInstants() {
        // Published 08:00 UTC, modified 09:30 UTC: a real revision, although "10:00+02:00" sorts after "09:30Z".
        String revised = jsonLd("{\"@type\": \"BlogPosting\", \"datePublished\": \"2025-06-24T10:00:00+02:00\", "
                + "\"dateModified\": \"2025-06-24T09:30:00Z\"}");
        // Shown too far down to be the article's dateline, so that only the declared dates decide.
        String body = "<h1>Grafting after a late frost</h1>" + PROSE + PROSE + "<p class=\"meta\">March 3, 2023</p>";

        assertThat(publishedAt(revised, body)).startsWith("2025-06-24");
    }

    @Test
    void aDatelineOnAnotherDayThanBothDeclaredDatesWins() {
        String imported = jsonLd("{\"@type\": \"BlogPosting\", \"datePublished\": \"2019-04-02T10:00:00Z\", "
                + "\"dateModified\": \"2024-09-10T10:00:00Z\"}");
        String headline = "<h1>Grafting after a late frost</h1>";

        assertThat(publishedAt(imported, headline + "<p>By Lena Holt · March 3, 2023</p>" + PROSE))
                .isEqualTo("2023-03-03");
        // A revision's date, labelled or the declared modification date (a time zone apart, or read day first)...
        assertThat(publishedAt(imported, headline + "<p>Last updated: March 3, 2023</p>" + PROSE))
                .startsWith("2019-04-02");
        assertThat(publishedAt(imported, headline + "<p>September 11, 2024</p>" + PROSE)).startsWith("2019-04-02");
        assertThat(publishedAt(imported, headline + "<p>09.10.2024</p>" + PROSE)).startsWith("2019-04-02");
        // ...and a date the article's text mentions further down are not its dateline.
        assertThat(publishedAt(imported, headline + PROSE + PROSE + "<p>The society met on March 3, 2023.</p>"))
                .startsWith("2019-04-02");
    }

    @Test
    void aPublishedMetaTagWrittenInWordsCounts() {
        String head = "<meta name=\"published\" content=\"July 17, 2025\">";

        assertThat(publishedAt(head, "<h1>Grafting after a late frost</h1>" + PROSE)).isEqualTo("2025-07-17");
    }

    @Test
    void aDateLabelledAsPostedIsFoundFarFromTheHeadline() {
        String body = "<h1>Grafting after a late frost</h1>" + PROSE + PROSE + PROSE
                + "<div><span>Posted on the 15/12/2025 at 19:00 by Lena Holt</span></div>";

        assertThat(publishedAt("", body)).isEqualTo("2025-12-15");
        // An unlabelled date in the same place is a date the article mentions, not the article's own.
        assertThat(publishedAt("", "<h1>Grafting after a late frost</h1>" + PROSE + PROSE + PROSE
                + "<div><span>The society meets again on 15/12/2025.</span></div>")).isNull();
    }

    @Test
    void aDateInTheAuthorsBoxDatesAPageThatGivesNoOther() {
        String authorBox = "<div><p>Written by <a href=\"/authors/lena-holt\">Lena Holt</a></p>"
                + "<p class=\"muted\">April 8, 2024</p></div>";
        String head = "<meta name=\"author\" content=\"Lena Holt\">";

        assertThat(publishedAt(head, "<h1>Grafting after a late frost</h1>" + PROSE + PROSE + PROSE + authorBox))
                .isEqualTo("2024-04-08");
        // The same box naming someone else is a profile or a comment, not the article's author.
        assertThat(publishedAt("<meta name=\"author\" content=\"Tom Reyes\">",
                "<h1>Grafting after a late frost</h1>" + PROSE + PROSE + PROSE + authorBox)).isNull();
    }

    @Test
    void aNumericDeclaredDateFollowsThePagesConvention() {
        String head = "<meta name=\"date\" content=\"04/03/2024\">";
        String body = "<h1>Greffer après un gel tardif</h1>" + PROSE;

        assertThat(publishedAt(head, body)).isEqualTo("2024-04-03");
        assertThat(extractor.extract("<html lang=\"fr\"><head>" + head + "</head><body>" + body + "</body></html>",
                null).publishedAt()).isEqualTo("2024-03-04");
    }

    @Test
    void theDateInAnArticlesAddressOverrulesTheDatesThePageGives() {
        String utc = "<meta property=\"article:published_time\" content=\"2025-12-19T03:05:00Z\">";
        String stamped = jsonLd("{\"@type\": \"BlogPosting\", \"datePublished\": \"2025-12-18T19:05:00-08:00\", "
                + "\"dateModified\": \"2025-12-18T19:05:00-08:00\"}");
        String canonical = "<link rel=\"canonical\" href=\"https://orchards.example.org/2025/12/18/frost\">";
        String otherDay = "<h1>Grafting after a late frost</h1><p class=\"meta\">March 3, 2023</p>" + PROSE;

        // A time stamp converted to UTC, a day after the one readers saw: the address's date.
        assertThat(publishedAt(utc + canonical, "<h1>Grafting after a late frost</h1>" + PROSE))
                .isEqualTo("2025-12-18");
        // A page date on the address's day wins over the shown one, its time and offset kept.
        assertThat(publishedAt(stamped, otherDay)).isEqualTo("2023-03-03");
        assertThat(publishedAt(stamped + canonical, otherDay)).isEqualTo("2025-12-18T19:05-08:00");
        // The address the page was sent with counts when it declares none.
        assertThat(extractor.extract("<h1>Grafting after a late frost</h1>" + PROSE,
                "https://orchards.example.org/news/2024-03-04-frost").publishedAt()).isEqualTo("2024-03-04");
    }

    @Test
    void onlyAFullValidDateInTheAddressesPathCounts() {
        assertThat(PublicationDate.inAddress("https://example.org/2023/12/23/slug")).hasValueSatisfying(
                date -> assertThat(date).hasToString("2023-12-23"));
        assertThat(PublicationDate.inAddress("https://example.org/2023/12/slug")).isEmpty();
        assertThat(PublicationDate.inAddress("https://example.org/2023/13/45/slug")).isEmpty();
        assertThat(PublicationDate.inAddress("https://example.org/slug?from=2023/12/23")).isEmpty();
        assertThat(PublicationDate.inAddress("https://example.org/12345/2023/12/230")).isEmpty();
        assertThat(PublicationDate.inAddress("not a url at all")).isEmpty();
        // A year-and-month permalink whose slug starts with a number.
        assertThat(PublicationDate.inAddress("https://example.org/2023/05/10-best-places/")).isEmpty();
        assertThat(PublicationDate.inAddress("https://example.org/news/2024-03-04-frost")).hasValueSatisfying(
                date -> assertThat(date).hasToString("2024-03-04"));
    }

    @Test
    void anAddressFarFromEveryDateOfThePageNamesSomethingElse() {
        String declared = "<meta property=\"article:published_time\" content=\"2021-09-11T08:00:00-04:00\">";
        String html = "<!doctype html><html lang=\"en\"><head>" + declared + "</head><body>"
                + "<h1>Twenty years of the orchard society</h1>" + PROSE + "</body></html>";

        assertThat(extractor.extract(html, "https://orchards.example.org/2001/09/11/the-first-meeting").publishedAt())
                .startsWith("2021-09-11");
    }

    @Test
    void aDateTheArticlesTextIsAboutOrARevisionsDateIsNoDateline() {
        String imported = jsonLd("{\"@type\": \"BlogPosting\", \"datePublished\": \"2019-04-02T10:00:00Z\", "
                + "\"dateModified\": \"2024-09-10T10:00:00Z\"}");
        String headline = "<h1>Grafting after a late frost</h1>";

        assertThat(publishedAt(imported, headline + "<p>On March 3, 2023, the society met in the village hall.</p>"
                + PROSE)).startsWith("2019-04-02");
        assertThat(publishedAt(imported, headline + "<p>Prices have doubled since March 3, 2023 in the valley.</p>"
                + PROSE)).startsWith("2019-04-02");
        assertThat(publishedAt(imported, headline + "<p>On 3 Mar 2023 in Orchards</p>" + PROSE))
                .isEqualTo("2023-03-03");
        assertThat(publishedAt(imported, headline + "<p>Mis à jour le 3 March 2023</p>" + PROSE))
                .startsWith("2019-04-02");
        // A masthead's date of today, far above the headline, is not the article's either.
        assertThat(publishedAt(imported, "<header><div><div><p>Monday, March 3, 2023</p></div></div></header>"
                + "<main><div><article><div>" + headline + PROSE + "</div></article></div></main>"))
                .startsWith("2019-04-02");
    }

    @Test
    void longOrPathologicalDateTextsAreReadInLinearTime() {
        // 400,000 characters of month-like starts: a regex retrying every run of letters from each would take
        // minutes here; the bound is a guard against a hang, far above the milliseconds this takes.
        String runOn = "aMar".repeat(100_000) + ", 2024";
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertThat(TextDates.prose(runOn)).isEmpty());
        // A declared date is short: a long value is no date, however many it holds.
        assertThat(TextDates.machine("2024-03-04 ".repeat(20), false)).isEmpty();
    }
}
