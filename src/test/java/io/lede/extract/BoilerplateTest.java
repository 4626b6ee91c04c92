package io.lede.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One boilerplate rule per case: a small article page written for the test with one kind of clutter in it. The
 * article must come out whole and the clutter must not. Each case names the general signal that removes it
 * (markup, class names, link density, text patterns), never a site.
 */
class BoilerplateTest {

    private static final String FIRST = "The county library reopened its reading room on Saturday after a year of "
            + "renovation, with new lighting, wider aisles and a children's corner by the garden windows.";
    private static final String SECOND = "Librarians said the collection of local newspapers, bound by year since "
            + "1890, had been moved to climate-controlled shelves, and that volunteers would digitise it by winter.";
    private static final String THIRD = "Opening hours return to normal next week, and the café on the ground "
            + "floor, run by a local bakery, will serve visitors from nine in the morning until the doors close.";
    /** With five paragraphs, one is under a quarter of the page: what class names remove, if it is boilerplate. */
    private static final String FOURTH = "The reading room keeps its old oak tables, which a carpenter from the "
            + "village restored by hand over the summer, sanding each one and replacing the broken drawers.";
    private static final String FIFTH = "A small exhibition on the history of the building, with photographs lent "
            + "by families of the first librarians, will stay in the entrance hall until the end of the year.";

    private final ArticleExtractor extractor = new ArticleExtractor();

    static Stream<Arguments> clutter() {
        return Stream.of(
                Arguments.of("navigation element", "<nav><a href=/>Home</a> <a href=/local>Local news</a></nav>",
                        "Local news"),
                Arguments.of("menu by class name", "<div class=\"main-menu\"><span>Sections</span> <span>Weather"
                        + "</span></div>", "Weather"),
                Arguments.of("page header banner", "<div role=\"banner\">The County Chronicle, since 1901</div>",
                        "since 1901"),
                Arguments.of("footer", "<footer>Copyright The County Chronicle. All rights reserved.</footer>",
                        "All rights reserved"),
                Arguments.of("share widget", "<div class=\"share-tools\">Share this story on your networks</div>",
                        "Share this story"),
                Arguments.of("subscribe box", "<div class=\"newsletter-signup\">Get our morning briefing in your "
                        + "inbox every weekday</div>", "morning briefing"),
                Arguments.of("cookie banner", "<div id=\"cookie-consent\">We use cookies to measure how the site "
                        + "is used</div>", "cookies"),
                Arguments.of("advertisement", "<div class=\"ad-slot\">Advertisement: holiday loans at low rates"
                        + "</div>", "holiday loans"),
                Arguments.of("comments", "<section id=\"comments\"><p>Great news, I used to study there every "
                        + "afternoon as a student, and I cannot wait to go back.</p></section>", "cannot wait"),
                Arguments.of("related teaser block", "<aside><h3>More local news</h3><p>Council approves a new "
                        + "cycle lane on the high street.</p></aside>", "cycle lane"),
                Arguments.of("related article line", "<p>Related article: Council approves a new cycle lane</p>",
                        "cycle lane"),
                Arguments.of("read more line", "<p>Read more: How the archive was saved from the flood</p>",
                        "saved from the flood"),
                Arguments.of("image credit", "<figure><img src=\"room.jpg\" alt=\"\"><figcaption>Photo: Ana Lind "
                        + "for the Chronicle</figcaption></figure>", "Ana Lind"),
                Arguments.of("credit by class name", "<p class=\"image-credit\">Photograph by Ana Lind</p>",
                        "Ana Lind"),
                Arguments.of("link-only paragraph", "<p><a href=\"/other\">Bridge repairs to start in March</a>"
                        + "</p>", "Bridge repairs"),
                Arguments.of("hidden element", "<div hidden>Screen reader skip links and tracking notes</div>",
                        "skip links"),
                Arguments.of("inline display none", "<div style=\"display: none\">Invisible promotional text"
                        + "</div>", "promotional"),
                Arguments.of("bare url line", "<p>https://chronicle.example/library-reopens</p>",
                        "chronicle.example"),
                Arguments.of("form inside the article", "<form action=\"/alerts\"><fieldset><legend>Library "
                        + "alerts</legend><label for=\"email\">Your email address for opening times</label>"
                        + "<input id=\"email\" type=\"email\"><button>Sign me up</button></fieldset></form>",
                        "email address"),
                Arguments.of("scripts and styles", "<script>var tracking = 'pageview';</script>"
                        + "<style>.x { color: red }</style>", "pageview"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("clutter")
    void theArticleComesOutWholeAndTheClutterDoesNot(String rule, String clutter, String clutterPhrase) {
        String page = "<!doctype html><html lang=\"en\"><head><title>Library reopens</title></head><body>"
                + "<article><h1>Library reopens</h1><p>" + FIRST + "</p>" + clutter + "<p>" + SECOND + "</p><p>"
                + THIRD + "</p></article></body></html>";

        String body = extractor.extract(page, null).body();

        assertThat(body).isEqualTo(FIRST + "\n\n" + SECOND + "\n\n" + THIRD);
        assertThat(body).doesNotContain(clutterPhrase);
    }

    @Test
    void aBylineWrittenAsAPlainParagraphLeavesTheBody() {
        String page = "<!doctype html><html lang=\"en\"><head><title>Library reopens</title></head><body>"
                + "<article><h1>Library reopens</h1><p>By Jane Doe and John Smith</p><p>" + FIRST + "</p><p>"
                + SECOND + "</p><p>" + THIRD + "</p></article></body></html>";

        ExtractedArticle article = extractor.extract(page, null);

        assertThat(article.authors()).containsExactly("Jane Doe", "John Smith");
        assertThat(article.body()).isEqualTo(FIRST + "\n\n" + SECOND + "\n\n" + THIRD);
    }

    @Test
    void theArticleIsFoundAmongLinkHeavyBlocksWithoutSemanticMarkup() {
        String links = "<div class=\"box\"><a href=/a>Weather this week</a> <a href=/b>Traffic on the ring road</a> "
                + "<a href=/c>School holidays announced</a> <a href=/d>Market day moves to Friday</a></div>";
        String page = "<html><body>" + links + "<div class=\"x\"><p>" + FIRST + "</p><p>" + SECOND + "</p><p>"
                + THIRD + "</p></div>" + links + "</body></html>";

        assertThat(extractor.extract(page, null).body()).isEqualTo(FIRST + "\n\n" + SECOND + "\n\n" + THIRD);
    }

    @Test
    void headingsListsQuotesAndTablesOfTheArticleAreKept() {
        String page = "<html><body><article><h1>Library reopens</h1><p>" + FIRST + "</p><h2>What changed</h2>"
                + "<ul><li>New lighting in every room</li><li>Wider aisles</li></ul><blockquote>We waited a long "
                + "time for this, said a reader.</blockquote><table><tr><td>Monday</td><td>9-17</td></tr></table><p>"
                + SECOND + "</p></article></body></html>";

        assertThat(extractor.extract(page, null).body()).isEqualTo(FIRST + "\n\nWhat changed\n\nNew lighting in "
                + "every room\n\nWider aisles\n\nWe waited a long time for this, said a reader.\n\nMonday | 9-17\n\n"
                + SECOND);
    }

    @Test
    void aPageStreamedIntoAHiddenElementIsReadThere() {
        String page = "<html><body><div class=\"shell\">Loading</div><div hidden id=\"S:0\"><article><h1>Library "
                + "reopens</h1><p>" + FIRST + "</p><p>" + SECOND + "</p><p>" + THIRD + "</p></article></div>"
                + "</body></html>";

        assertThat(extractor.extract(page, null).body()).isEqualTo(FIRST + "\n\n" + SECOND + "\n\n" + THIRD);
    }

    @Test
    void aHiddenCopyOfTheArticleNextToTheShownOneIsLeftOut() {
        String article = "<p>" + FIRST + "</p><p>" + SECOND + "</p><p>" + THIRD + "</p>";
        String page = "<html><body><article><h1>Library reopens</h1>" + article + "</article><div hidden>"
                + article.replace("<p>", "<p>Copy: ") + "</div></body></html>";

        assertThat(extractor.extract(page, null).body()).isEqualTo(FIRST + "\n\n" + SECOND + "\n\n" + THIRD);
    }

    @Test
    void classNamesThatClipOrHideALabelDoNotHideTheArticle() {
        String page = "<html><body><article><h1>Library reopens</h1><p>" + FIRST + "</p><div class=\"overflow-hidden"
                + "\"><p>" + SECOND + "</p></div><div class=\"field field--label-hidden\"><p>" + THIRD + "</p></div>"
                + "<div class=\"box-overflow_hidden\"><p>" + FOURTH + "</p></div><p>" + FIFTH + "</p>"
                + "<div class=\"is-hidden\">Hidden promotional text</div>"
                + "</article></body></html>";

        assertThat(extractor.extract(page, null).body()).isEqualTo(String.join("\n\n", FIRST, SECOND, THIRD, FOURTH,
                FIFTH));
    }

    @Test
    void aPageLeftInsideAnUnclosedAsideIsReadThere() {
        String page = "<html><body><aside class=\"announcement\">New: audio editions<main><article><h1>Library "
                + "reopens</h1><p>" + FIRST + "</p><p>" + SECOND + "</p><p>" + THIRD + "</p></article></main>"
                + "</body></html>";

        assertThat(extractor.extract(page, null).body()).isEqualTo(FIRST + "\n\n" + SECOND + "\n\n" + THIRD);
    }

    @Test
    void aTeaserCardThatIsOneLinkIsNotTakenForTheArticle() {
        String card = "<a href=\"/guides\"><div><p>Our guides, checklists, templates, videos, courses, podcasts, "
                + "webinars, reports, case studies, glossaries and tools for every kind of reader</p></div></a>";
        String page = "<html><body><div class=\"x\"><div><p>" + FIRST + "</p></div><div><p>" + SECOND + "</p></div>"
                + "<div><p>" + THIRD + "</p></div></div>" + card + "</body></html>";

        assertThat(extractor.extract(page, null).body()).isEqualTo(FIRST + "\n\n" + SECOND + "\n\n" + THIRD);
    }

    @Test
    void sectionsNamedSkipOrJumpAreNotSkipOrJumpLinks() {
        String page = "<html><body><a class=\"skip-link\" href=\"#main\">Skip to content</a><article id=\"main\">"
                + "<h1>Library reopens</h1><p>" + FIRST + "</p><div class=\"skip-item\"><p>" + SECOND + "</p></div>"
                + "<p class=\"jump-links\"><a href=\"#hours\">Opening hours</a></p><div class=\"jump-section\" "
                + "id=\"hours\"><p>" + THIRD + "</p></div><p>" + FOURTH + "</p><p>" + FIFTH + "</p></article>"
                + "</body></html>";

        assertThat(extractor.extract(page, null).body()).isEqualTo(String.join("\n\n", FIRST, SECOND, THIRD, FOURTH,
                FIFTH));
    }

    @Test
    void aPageStreamedInHiddenPartsIsReadWhole() {
        String page = "<html><body><h1>Library reopens</h1><div><p>" + FIRST + "</p><template id=\"B:1\"></template>"
                + "<div>Loading...</div><p>" + THIRD + "</p></div><div hidden id=\"S:1\"><p>" + SECOND + "</p><p>"
                + FOURTH + "</p></div><div hidden id=\"S:2\"><p>" + FIFTH + "</p></div></body></html>";

        assertThat(extractor.extract(page, null).body()).contains(FIRST, SECOND, THIRD, FOURTH, FIFTH);
    }

    @Test
    void collapsedPanelsOfTheArticleAreKept() {
        String page = "<html><body><article><h1>Library reopens</h1><p>" + FIRST + "</p><h2>Opening hours</h2>"
                + "<div role=\"region\" style=\"display:none\"><p>" + SECOND + "</p></div><h2>The café</h2>"
                + "<div class=\"accordion-panel is-hidden\"><p>" + THIRD + "</p></div><p>" + FOURTH + "</p><p>"
                + FIFTH + "</p><div style=\"display:none\">Hidden promotional text</div></article></body></html>";

        assertThat(extractor.extract(page, null).body()).isEqualTo(String.join("\n\n", FIRST, "Opening hours",
                SECOND, "The café", THIRD, FOURTH, FIFTH));
    }

    @Test
    void aRepeatedParagraphComesOutOnceAndShortRepeatedLinesStay() {
        String page = "<html><body><article><h1>Library reopens</h1><p>" + FIRST + "</p><div class=\"mobile\"><p>"
                + SECOND + "</p></div><div class=\"desktop\"><p>" + SECOND + "</p></div><h3>Tip</h3><p>" + THIRD
                + "</p><h3>Tip</h3><p>" + FOURTH + "</p></article></body></html>";

        assertThat(extractor.extract(page, null).body()).isEqualTo(String.join("\n\n", FIRST, SECOND, "Tip", THIRD,
                "Tip", FOURTH));
    }
}
