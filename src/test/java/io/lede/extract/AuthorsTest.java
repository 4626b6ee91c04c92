package io.lede.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class AuthorsTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    private static final String PROSE = "<p>The harbour authority said on Monday that the northern quay, closed since "
            + "the storm, would reopen to ferries next week, after engineers finished their inspection.</p>"
            + "<p>Fishing boats, which had moored in the southern basin, will return to their usual berths, the "
            + "authority added, while repairs to the breakwater continue into the spring.</p>";

    private List<String> authors(String head, String body) {
        return extractor.extract("<!doctype html><html lang=\"en\"><head>" + head + "</head><body>" + body
                + "</body></html>", null).authors();
    }

    private List<String> authorsUnderHeadline(String byline) {
        return authors("<title>Quay reopens</title>", "<article><h1>Quay reopens</h1>" + byline + PROSE
                + "</article>");
    }

    @Test
    void prosePassingCreditIsNotAByline() {
        assertThat(authorsUnderHeadline("<p>The inspection was ordered by Harbour Council. It found cracks.</p>"))
                .isEmpty();
    }

    @Test
    void bylineNameEndsWhereItsMarkupEnds() {
        assertThat(authorsUnderHeadline("<div>By <a href=/ana>Ana Ruiz</a><span>Filed Under</span> <a>Ports</a></div>"))
                .containsExactly("Ana Ruiz");
    }

    @Test
    void bylinesNamedForWhatWasWritten() {
        assertThat(authorsUnderHeadline("<div>Recipe by <a href=/ana>Ana Ruiz</a></div>")).containsExactly("Ana Ruiz");
        assertThat(authorsUnderHeadline("<p>Authors:Ana Ruiz, Tom Berg</p>")).containsExactly("Ana Ruiz", "Tom Berg");
        assertThat(authorsUnderHeadline("<p>Authors of this article:</p><p>Ana Ruiz<sup>1</sup></p>"))
                .containsExactly("Ana Ruiz");
    }

    @Test
    void writtenByNeedNotOpenItsParagraph() {
        assertThat(authorsUnderHeadline("<p>This post was written by Ana Ruiz, MD, harbour physician.</p>"))
                .containsExactly("Ana Ruiz");
    }

    @Test
    void namesKeepTheirParticles() {
        assertThat(authorsUnderHeadline("<p>By Marna van der Merwe | March 5, 2024</p>"))
                .containsExactly("Marna van der Merwe");
    }

    @Test
    void authorElementsGiveTheirFirstNameNotTheRoleOrDateBesideIt() {
        assertThat(authors("<title>Quay</title>", "<article><h1>Quay</h1><div class=\"post-author\">"
                + "<span>Written By:</span><span>Ana Ruiz</span><span>Harbour Correspondent</span></div>" + PROSE
                + "</article>")).containsExactly("Ana Ruiz");
        assertThat(authors("<title>Quay</title>", "<article><h1>Quay</h1><div class=\"author-box\">"
                + "<span>Insights from</span><span>Ana Ruiz</span></div>" + PROSE + "</article>"))
                .containsExactly("Ana Ruiz");
        assertThat(authors("<title>Quay</title>", "<article><h1>Quay</h1><div class=\"byline\">"
                + "<span>Originally published on the harbour blog</span></div>" + PROSE + "</article>")).isEmpty();
    }

    @Test
    void commentFormsPagesAndAuthoritiesAreNotBylines() {
        assertThat(authors("<title>Quay</title>", "<article><h1>Quay</h1>" + PROSE + "</article>"
                + "<form><p class=\"comment-form-author\"><label>Name *</label><input></p></form>")).isEmpty();
        assertThat(authors("<title>Quay</title>", "<article><h1>Quay</h1>" + PROSE + "</article>"
                + "<ul><li class=\"port-authorities\">Harbour Authorities Board</li></ul>")).isEmpty();
        assertThat(extractor.extract("<html><head><title>Quay</title></head><body class=\"single-author\">"
                + "<a href=#main>Skip To Content</a><article><h1>Quay</h1>" + PROSE + "</article></body></html>",
                null).authors()).isEmpty();
    }

    @Test
    void aUserNameInMetaTagsGivesWayToTheShownByline() {
        assertThat(authors("<title>Quay</title><meta name=\"author\" content=\"aruiz_77\">", "<article><h1>Quay</h1>"
                + "<p class=\"byline\">By Ana Ruiz</p>" + PROSE + "</article>")).containsExactly("Ana Ruiz");
    }

    @Test
    void microdataAuthorsAreReadWithoutTheirLead() {
        assertThat(authors("<title>Quay</title>", "<article><h1>Quay</h1><div itemprop=\"author\">"
                + "<span>Written By:</span> <span itemprop=\"name\">Ana Ruiz</span></div>" + PROSE + "</article>"))
                .containsExactly("Ana Ruiz");
        assertThat(authors("<title>Quay</title>", "<article><h1>Quay</h1><span itemprop=\"author\">Ask the "
                + "Harbourmaster</span>" + PROSE + "</article>")).containsExactly("Ask the Harbourmaster");
    }

    @Test
    void monthsThatAreNamesCutANameOnlyBeforeADate() {
        assertThat(Names.in("April Jones")).containsExactly("April Jones");
        assertThat(Names.in("Tom May")).containsExactly("Tom May");
        assertThat(Names.in("Tom Berg May 5, 2024")).containsExactly("Tom Berg");
    }

    @Test
    void anAuthorFieldListingFullNamesGivesEveryAuthorAndACredentialRoleOrAgencyNone() {
        assertThat(Names.list("Jane Doe, John Smith")).containsExactly("Jane Doe", "John Smith");
        assertThat(Names.list("Jane Doe; John Smith")).containsExactly("Jane Doe", "John Smith");
        assertThat(Names.list("Jane Doe, MD")).containsExactly("Jane Doe");
        assertThat(Names.list("Jane Doe, Senior Editor")).containsExactly("Jane Doe");
        assertThat(Names.list("Jane Doe - Staff Writer")).containsExactly("Jane Doe");
        assertThat(Names.list("Jane Doe, March 5, 2024")).containsExactly("Jane Doe");
        assertThat(Names.list("Josh Boak, Associated Press")).containsExactly("Josh Boak");
        assertThat(Names.list("Jane Doe, The Washington Post")).containsExactly("Jane Doe");
        assertThat(Names.list("Jane Doe, New York")).containsExactly("Jane Doe");
        assertThat(Names.list("Jane Doe, Chief Economist")).containsExactly("Jane Doe");
        // A byline's comma sets off an agency or a place, whatever it is called.
        assertThat(Names.in("By Jane Doe, Harbour Courier")).containsExactly("Jane Doe");
        assertThat(authors("<meta name=\"author\" content=\"Jane Doe, John Smith\">", PROSE))
                .containsExactly("Jane Doe", "John Smith");
    }

    @Test
    void quotesAreDroppedAndLabelsOrNoticesAreNoNames() {
        assertThat(Names.in("\"Ana Ruiz\"")).containsExactly("Ana Ruiz");
        assertThat(Names.in("design: Tom Berg")).isEmpty();
        assertThat(Names.in("Harbour University © 2024")).isEmpty();
        assertThat(Names.in("Webmaster")).isEmpty();
        assertThat(Names.in("undefined")).isEmpty();
    }
}
