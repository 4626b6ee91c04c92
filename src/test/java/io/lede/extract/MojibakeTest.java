package io.lede.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Text a CMS decoded once with the wrong charset, inside a correctly encoded page. */
class MojibakeTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void aPageWhoseTextWasDecodedAsLatin1IsReadAsWritten() {
        String damaged = "Ferry crossings resume after the landing stage\u00e2\u0080\u0099s repairs";
        String page = "<!doctype html><html><head><meta charset=\"utf-8\"><title>" + damaged + "</title>"
                + "<meta property=\"og:title\" content=\"" + damaged + "\"></head><body><article><h1>" + damaged
                + "</h1><p>The caf\u00c3\u00a9 on the quay reopened the same day, and the operator\u00e2\u0080\u0099s "
                + "first boat left at six with forty passengers aboard and a brass band on deck.</p></article>"
                + "</body></html>";

        ExtractedArticle article = extractor.extract(page.getBytes(StandardCharsets.UTF_8), null);

        assertThat(article.title()).isEqualTo("Ferry crossings resume after the landing stage's repairs");
        assertThat(article.body()).contains("The café on the quay", "the operator’s first boat");
    }

    @Test
    void onceAPageShowsDamageEveryTextOfItIsRepaired() {
        String page = "<!doctype html><html><head><meta charset=\"utf-8\"></head><body><nav><a>Espa\u00c3\u00b1ol</a>"
                + "</nav><article><h1>Ferry crossings resume</h1><p>The operator\u00e2\u0080\u0099s first boat left "
                + "at six with forty passengers aboard and a brass band playing on the deck.</p></article></body></html>";
        org.jsoup.nodes.Document document = org.jsoup.Jsoup.parse(page);

        Mojibake.repair(document);

        assertThat(document.text()).contains("Español", "operator’s");
        assertThat(Mojibake.repair("Espa\u00c3\u00b1ol")).as("no sign of damage in the text alone").isNull();
    }

    @Test
    void aPageDecodedAsWindows1252IsRepairedToo() {
        assertThat(Mojibake.repair("the operator\u00e2\u20ac\u2122s first boat \u00e2\u20ac\u201d at six"))
                .isEqualTo("the operator’s first boat — at six");
    }

    @Test
    void accentedCapitalsBesideQuotesAndDashesAreLeftAlone() {
        assertThat(Mojibake.repair("Das Wort \u201eFu\u00df\u201c, gro\u00df\u2013artig")).isNull();
        assertThat(Mojibake.repair("\u00c0 la carte, \u00c9t\u00e9 \u00ab caf\u00e9 \u00bb")).isNull();
        // Typographic punctuation after an accented letter, with French no-break spaces.
        for (String text : new String[] {"termin\u00e9\u2026\u00a0\u00bb", "\u201cOL\u00c9\u201d", "CAF\u00c9\u2019S",
            "PER\u00da\u2019s"}) {
            assertThat(Mojibake.repair(text)).as(text).isNull();
        }
    }

    @Test
    void onADamagedPageFrenchTypographyIsLeftAsWritten() {
        String page = "<!doctype html><html><head><meta charset=\"utf-8\"></head><body><article><h1>Caf\u00e9s</h1>"
                + "<p>The operator\u00e2\u0080\u0099s caf\u00c3\u00a9 opened.</p><p>Un caf\u00e9\u00a0\u00bb bien "
                + "chaud, termin\u00e9\u2026\u00a0\u00bb dit-il.</p></article></body></html>";
        org.jsoup.nodes.Document document = org.jsoup.Jsoup.parse(page);

        Mojibake.repair(document);

        assertThat(document.text()).contains("operator’s café opened", "Un café", "» bien chaud", "terminé…",
                "» dit-il");
    }
}
