package io.lede.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class DidYouMeanTest {

    private static final String PRE = "<mark>";
    private static final String POST = "</mark>";

    @Test
    void aWordTheHitsNeverShowAsWrittenBecomesTheClosestTheyDo() {
        List<String> fragments = List.of("Envoys agreed a <mark>ceasefire</mark> in <mark>Gaza</mark>.",
                "The <mark>ceasefire</mark> holds; <mark>ceasefires</mark> rarely do.");

        assertThat(DidYouMean.correct("ceasfire Gaza", fragments, PRE, POST)).contains("ceasefire Gaza");
    }

    @Test
    void aCorrectionKeepsTheCaseTheWordWasTypedIn() {
        List<String> fragments = List.of("Envoys agreed a <mark>ceasefire</mark> in <mark>Gaza</mark>.");

        assertThat(DidYouMean.correct("Ceasfire Gaza", fragments, PRE, POST)).contains("Ceasefire Gaza");
        assertThat(DidYouMean.correct("CEASFIRE GAZA", fragments, PRE, POST)).contains("CEASEFIRE GAZA");
    }

    @Test
    void wordsShownAsWrittenOrInAnotherFormAreKept() {
        List<String> fragments = List.of("<mark>Negotiations</mark> on the <mark>parliament</mark> bill");

        assertThat(DidYouMean.correct("negotiation parliament", fragments, PRE, POST)).isEmpty();
        assertThat(DidYouMean.correct("negotiation parlament", fragments, PRE, POST))
                .contains("negotiation parliament");
    }

    @Test
    void aHeadlineTheHitsMatchedWithoutHighlightingCorrectsWhatNoHighlightedWordDoes() {
        List<String> fragments = List.of("Ferry <mark>fares</mark> rise in spring");
        List<String> duplicateHeadlines = List.of("Crossing costs climb at Kestria");

        assertThat(DidYouMean.correct("fares Kestira", fragments, duplicateHeadlines, PRE, POST))
                .contains("fares Kestria");
        // A highlighted word stays the better correction.
        assertThat(DidYouMean.correct("fares spirng", List.of("Ferry <mark>fares</mark> rise in <mark>spring</mark>"),
                List.of("Spring sprint"), PRE, POST)).contains("fares spring");
    }

    @Test
    void shortWordsAndWordsWithNothingCloseStayAsTyped() {
        List<String> fragments = List.of("<mark>bill</mark> and <mark>harbour</mark>");

        assertThat(DidYouMean.correct("bilk zzzzzzzz", fragments, PRE, POST)).isEmpty();
    }

    @Test
    void customTagsAndEscapedTextAreRead() {
        List<String> fragments = List.of("<em class=\"hit\">caf&eacute;s</em> in <em class=\"hit\">Paris</em>");

        assertThat(DidYouMean.correct("cafes Parsi", fragments, "<em class=\"hit\">", "</em>"))
                .contains("cafes Paris");
    }

    @Test
    void distanceStopsEarlyButIsExactWithinItsBound() {
        assertThat(DidYouMean.distance("ceasfire", "ceasefire", 2)).isEqualTo(1);
        assertThat(DidYouMean.distance("kitten", "sitting", 3)).isEqualTo(3);
        assertThat(DidYouMean.distance("abcdefgh", "zyxwvuts", 2)).isEqualTo(3);
    }
}
