package io.lede.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Each place a page can state its metadata, alone on a small page, so that a regression names the source it broke.
 * The pages are written for these tests.
 */
class MetadataSourcesTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private static final String PROSE = "<p>The river ferry resumed its evening crossings on Friday after a month of "
            + "repairs to the landing stage, the operator said, with the first boat leaving at six.</p>"
            + "<p>Passengers had used a bus detour through the old bridge, which added forty minutes to the trip and "
            + "drew complaints from commuters on both banks.</p>";

    private ExtractedArticle extract(String head, String body) {
        return extract(head, body, null);
    }

    private ExtractedArticle extract(String head, String body, String pageUrl) {
        return extractor.extract("<!doctype html><html><head>" + head + "</head><body>" + body + PROSE
                + "</body></html>", pageUrl);
    }

    @Nested
    class Title {

        @Test
        void openGraph() {
            assertThat(extract("<meta property=\"og:title\" content=\"Ferry crossings resume\">", "").title())
                    .isEqualTo("Ferry crossings resume");
        }

        @Test
        void twitterCard() {
            assertThat(extract("<meta name=\"twitter:title\" content=\"Ferry crossings resume\">", "").title())
                    .isEqualTo("Ferry crossings resume");
        }

        @Test
        void jsonLdHeadline() {
            assertThat(extract("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", "
                    + "\"headline\": \"Ferry crossings resume\"}</script>", "").title())
                    .isEqualTo("Ferry crossings resume");
        }

        @Test
        void titleElementWithoutTheSiteNameSuffix() {
            assertThat(extract("<title>Ferry crossings resume | Riverside Courier</title>"
                    + "<meta property=\"og:site_name\" content=\"Riverside Courier\">", "").title())
                    .isEqualTo("Ferry crossings resume");
        }

        @Test
        void titleElementWithoutTheSitesDomainName() {
            assertThat(extract("<title>Ferry crossings resume - RiversideCourier</title>", "",
                    "https://www.riversidecourier.example/ferry").title()).isEqualTo("Ferry crossings resume");
        }

        @Test
        void theShownHeadlineWinsOverADeclaredTitleTunedForSearchEngines() {
            assertThat(extract("<meta property=\"og:title\" content=\"Ferry crossings resume: timetable, fares "
                    + "and what to know\">", "<h1>Ferry crossings resume after repairs</h1>").title())
                    .isEqualTo("Ferry crossings resume after repairs");
        }

        @Test
        void anH1ThatSharesNothingWithTheDeclaredTitleIsALogoNotTheHeadline() {
            assertThat(extract("<meta property=\"og:title\" content=\"Ferry crossings resume\">",
                    "<h1>Riverside Courier Daily</h1>").title()).isEqualTo("Ferry crossings resume");
        }

        @Test
        void aLabelAfterAPipeInTheHeadlineIsDropped() {
            assertThat(extract("<title>Ferry crossings resume</title>",
                    "<h1>Ferry crossings resume after repairs | Opinion</h1>").title())
                    .isEqualTo("Ferry crossings resume after repairs");
        }

        @Test
        void aShortHeadingIsTheTitleOfADocumentThatDeclaresNone() {
            assertThat(extractor.extractText("Floods\n\nThe river rose overnight.", null).title()).isEqualTo("Floods");
            assertThat(extractor.extractMarkdown("# Floods\n\nThe river rose overnight.", null).title())
                    .isEqualTo("Floods");
        }

        @Test
        void entitiesEscapedTwiceAreDecoded() {
            assertThat(extract("<meta property=\"og:title\" content=\"Ferry &amp;amp; bus &amp;bull; "
                    + "crossings resume\">", "").title()).isEqualTo("Ferry & bus • crossings resume");
        }

        @Test
        void noBreakSpacesAroundTheSeparatorAndInTheTitle() {
            assertThat(extract("<meta property=\"og:title\" content=\"Ferry crossings&nbsp;resume&nbsp;|&nbsp;"
                    + "Riverside Courier\"><meta property=\"og:site_name\" content=\"Riverside Courier\">", "").title())
                    .isEqualTo("Ferry crossings resume");
        }

        @Test
        void aLastSegmentNamingTheSiteIsDropped() {
            assertThat(extract("<title>Ferry crossings resume | Riverside Ferries</title>", "",
                    "https://www.riverside.example/ferry").title()).isEqualTo("Ferry crossings resume");
        }

        @Test
        void aDateInsideTheHeadlineIsNotPartOfIt() {
            assertThat(extract("<title>Ferry crossings resume after repairs</title>",
                    "<h1><time datetime=\"2025-12-18\">Dec 18 2025</time> Ferry crossings resume after repairs</h1>")
                    .title()).isEqualTo("Ferry crossings resume after repairs");
        }

        @Test
        void aLabelSetApartBeforeTheHeadlineIsNotPartOfItNorOfTheBody() {
            ExtractedArticle article = extract("<title>Ferry crossings resume after repairs</title>",
                    "<h1><strong>Blog:</strong> Ferry crossings resume after repairs</h1>");

            assertThat(article.title()).isEqualTo("Ferry crossings resume after repairs");
            assertThat(article.body()).doesNotContain("Blog:");
            // Written in the headline's own text, the colon is the headline's.
            assertThat(extract("", "<h1>Obituary: Jane Doe, harbour pilot</h1>").title())
                    .isEqualTo("Obituary: Jane Doe, harbour pilot");
        }

        @Test
        void aTitleThatOnlyNamesTheSiteDoesNotHideTheHeadline() {
            assertThat(extract("<title>Harbour Times</title>", "<h1>Ferry service resumes after repairs</h1>").title())
                    .isEqualTo("Ferry service resumes after repairs");
            assertThat(extract("<title>Obituary: Jane Doe</title>", "<h1>Sign up for our daily newsletter</h1>")
                    .title()).isEqualTo("Obituary: Jane Doe");
        }

        @Test
        void aBlogMastheadLinkingHomeIsNotTheHeadline() {
            assertThat(extract("<meta property=\"og:title\" content=\"Ferry crossings resume after repairs\">",
                    "<h1><a href=\"https://riverside.example/\">Riverside Notes by Ann Lee</a></h1>"
                    + "<h3>Ferry crossings resume</h3>", "https://riverside.example/2025/12/ferry.html").title())
                    .isEqualTo("Ferry crossings resume after repairs");
            // A headline linking to its own permalink ("/?p=123") is the headline.
            assertThat(extract("<meta property=\"og:title\" content=\"Ferry crossings resume | Riverside\">",
                    "<h1><a href=\"https://riverside.example/?p=123\">Ferry crossings resume after repairs</a></h1>",
                    "https://riverside.example/?p=123").title()).isEqualTo("Ferry crossings resume after repairs");
        }

        @Test
        void aSitesAddressBeforeTheHeadlineIsDropped() {
            assertThat(extract("<title>riverside.example Ferry crossings resume</title>", "",
                    "https://riverside.example/ferry").title()).isEqualTo("Ferry crossings resume");
        }

        @Test
        void withoutAFittingH1TheDeclaredTitleWinsOverASimilarH2() {
            assertThat(extract("<title>Ferry crossings resume after repairs</title>",
                    "<h2>12 Replies to \u201cFerry crossings resume after repairs\u201d</h2>").title())
                    .isEqualTo("Ferry crossings resume after repairs");
        }
    }

    @Nested
    class Url {

        @Test
        void canonicalLink() {
            assertThat(extract("<link rel=\"canonical\" href=\"https://courier.example/ferry\">"
                    + "<meta property=\"og:url\" content=\"https://courier.example/amp/ferry\">", "",
                    "https://mirror.example/copy").url()).isEqualTo("https://courier.example/ferry");
        }

        @Test
        void openGraphUrl() {
            assertThat(extract("<meta property=\"og:url\" content=\"https://courier.example/ferry\">", "").url())
                    .isEqualTo("https://courier.example/ferry");
        }

        @Test
        void anOriginalUrlLineInTheText() {
            assertThat(extract("", "<p>Original url: <a href=\"https://courier.example/ferry\">"
                    + "https://courier.example/ferry</a></p>").url()).isEqualTo("https://courier.example/ferry");
        }

        @Test
        void whereThePageCameFromWhenItSaysNothing() {
            assertThat(extract("", "", "https://courier.example/ferry").url())
                    .isEqualTo("https://courier.example/ferry");
        }
    }

    @Nested
    class Source {

        @Test
        void openGraphSiteName() {
            assertThat(extract("<meta property=\"og:site_name\" content=\"Riverside Courier\">", "").source())
                    .isEqualTo("Riverside Courier");
        }

        @Test
        void jsonLdPublisher() {
            assertThat(extract("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": "
                    + "\"Ferry\", \"publisher\": {\"@type\": \"Organization\", \"name\": \"Riverside Courier\"}}"
                    + "</script>", "").source()).isEqualTo("Riverside Courier");
        }

        @Test
        void theDomainWhenThePageNamesNoPublisher() {
            assertThat(extract("", "", "https://www.courier.example/ferry").source()).isEqualTo("courier.example");
            // In whatever case the address writes it: one source, one facet value.
            assertThat(extract("<link rel=\"canonical\" href=\"https://Courier.EXAMPLE/ferry\">", "").source())
                    .isEqualTo("courier.example");
        }
    }

    @Nested
    class Dates {

        @Test
        void articlePublishedTimeAndModifiedTime() {
            ExtractedArticle article = extract(
                    "<meta property=\"article:published_time\" content=\"2024-06-07T18:00:00+02:00\">"
                            + "<meta property=\"article:modified_time\" content=\"2024-06-08T09:15:00+02:00\">", "");
            assertThat(article.publishedAt()).startsWith("2024-06-07");
            assertThat(article.updatedAt()).startsWith("2024-06-08");
        }

        @Test
        void jsonLdDatePublished() {
            assertThat(extract("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": "
                    + "\"Ferry\", \"datePublished\": \"2024-06-07T18:00:00Z\", \"dateModified\": "
                    + "\"2024-06-09T10:00:00Z\"}</script>", "").publishedAt()).startsWith("2024-06-07");
        }

        @Test
        void aPublicationDateMetaTagUnderAVendorsPrefix() {
            assertThat(extract("<meta name=\"w-published-date\" content=\"2024-06-07T06:03:43Z\">"
                    + "<meta name=\"w-update-date\" content=\"2024-06-09T06:03:43Z\">", "").publishedAt())
                    .startsWith("2024-06-07");
        }

        @Test
        void timeElementDatetime() {
            assertThat(extract("", "<h1>Ferry crossings resume</h1><time datetime=\"2024-06-07\">Friday</time>")
                    .publishedAt()).startsWith("2024-06-07");
        }

        @Test
        void aDateWrittenUnderTheHeadline() {
            assertThat(extract("", "<h1>Ferry crossings resume</h1><p>June 7, 2024</p>").publishedAt())
                    .isEqualTo("2024-06-07");
        }

        @Test
        void aDayFirstDateWrittenUnderTheHeadline() {
            assertThat(extract("", "<h1>Ferry crossings resume</h1><p>7 June 2024</p>").publishedAt())
                    .isEqualTo("2024-06-07");
        }
    }

    @Nested
    class Authors {

        @Test
        void metaAuthor() {
            assertThat(extract("<meta name=\"author\" content=\"Lena Ortiz\">", "").authors())
                    .containsExactly("Lena Ortiz");
        }

        @Test
        void jsonLdAuthorsPeopleBeforeOrganisations() {
            assertThat(extract("<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"headline\": "
                    + "\"Ferry\", \"author\": [{\"@type\": \"Organization\", \"name\": \"Courier Desk\"}, "
                    + "{\"@type\": \"Person\", \"name\": \"Lena Ortiz\"}]}</script>", "").authors())
                    .containsExactly("Lena Ortiz");
        }

        @Test
        void relAuthorLink() {
            assertThat(extract("", "<h1>Ferry crossings resume</h1><a rel=\"author\" href=\"/people/lena\">"
                    + "Lena Ortiz</a>").authors()).containsExactly("Lena Ortiz");
        }

        @Test
        void aBylineWithoutItsByLabel() {
            assertThat(extract("", "<h1>Ferry crossings resume</h1><p>By Lena Ortiz and Sam Reid</p>").authors())
                    .containsExactly("Lena Ortiz", "Sam Reid");
        }
    }

    @Nested
    class LanguageAndTags {

        @Test
        void htmlLangPrimarySubtag() {
            assertThat(extractor.extract("<html lang=\"de-AT\"><body><h1>Fähre</h1>" + PROSE + "</body></html>",
                    null).language()).isEqualTo("de");
        }

        @Test
        void aLangThatNamesNoLanguageLeavesItToTheText() {
            assertThat(extractor.extract("<html lang=\"xx\"><body><h1>Ferry</h1>" + PROSE + "</body></html>",
                    null).language()).isEqualTo("en");
        }

        @Test
        void articleTagsSectionAndKeywords() {
            assertThat(extract("<meta property=\"article:tag\" content=\"transport\">"
                    + "<meta property=\"article:section\" content=\"Local\">", "").tags())
                    .containsExactly("transport", "Local");
            assertThat(extract("<meta name=\"keywords\" content=\"ferry, river\">", "").tags())
                    .containsExactly("ferry", "river");
        }
    }
}
