package io.lede.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SuggestionInputsTest {

    private static Map<Kind, List<String>> inputs(String title, String body) {
        return SuggestionInputs.of(title, null, body, List.of(), "en");
    }

    @Test
    void aHeadlineGivesItselfAndShortPhrasesFromEachWordOn() {
        Map<Kind, List<String>> inputs = inputs("Gaza ceasefire talks resume in Cairo", "Short.");

        assertThat(inputs.get(Kind.TITLE)).containsExactly("Gaza ceasefire talks resume in Cairo");
        assertThat(inputs.get(Kind.PHRASE)).containsExactly("Gaza ceasefire talks", "ceasefire talks resume",
                "talks resume", "resume in Cairo", "Cairo");
    }

    @Test
    void phrasesStopAtPunctuationAndSkipFunctionWords() {
        assertThat(inputs("Markets: the dollar slides, gold rises after the vote", "").get(Kind.PHRASE))
                .containsExactly("Markets", "dollar slides", "slides", "gold rises", "rises", "vote");
    }

    @Test
    void namesAreRunsOfCapitalisedWordsMidSentence() {
        String body = "Talks were held in Kyiv on Monday. The envoy met Volodymyr Zelensky and later "
                + "the European Central Bank. Officials said Zelensky's aides agreed. According to Zelensky, more "
                + "talks will follow in Kyiv.";

        List<String> names = inputs("Talks held", body).get(Kind.NAME);

        // Most frequent first; "The", "Officials" and "According" only start sentences; Monday is a day.
        assertThat(names).containsExactly("Kyiv", "Zelensky", "Volodymyr Zelensky", "European Central Bank",
                "Central Bank", "Bank");
    }

    @Test
    void aDatelineInCapitalsAndAFunctionWordAfterADashAreNoNames() {
        String body = "PORT ALDER, N.C. \u2014 The causeway to Marlin Island reopened on Friday, NATO said, after "
                + "the storm. \"The repairs took a week,\" the mayor of Port Alder said.";

        // "N.C." is a place's abbreviation, and a name.
        assertThat(inputs("Causeway reopens", body).get(Kind.NAME)).containsExactly("N.C.", "Marlin Island", "Island",
                "NATO", "Port Alder", "Alder");
        // Acronyms stay names, alone or side by side, the pronoun-like "WHO" too.
        assertThat(inputs("Vaccine approved", "The vaccine was cleared by the US FDA on Monday, WHO said.")
                .get(Kind.NAME)).containsExactly("US FDA", "FDA", "WHO");
    }

    @Test
    void aSentencesFirstWordIsANameWhenTheTextWritesItSoElsewhere() {
        String body = "Zelensky arrived late. Aides said Zelensky was tired. Reporters waited outside.";

        assertThat(inputs("Arrival", body).get(Kind.NAME)).containsExactly("Zelensky");
    }

    @Test
    void capitalsSayNothingInShoutedTextOrTitleCaseHeadlines() {
        assertThat(inputs("STANDARD OIL TO FORM FINANCIAL UNIT", "").get(Kind.NAME)).isNull();
        assertThat(inputs("Standard Oil To Form Financial Unit", "").get(Kind.NAME)).isNull();
        assertThat(inputs("Talks in Cairo stall as Hamas waits", "").get(Kind.NAME)).containsExactly("Cairo",
                "Hamas");
    }

    @Test
    void longRunsAreHeadingsNotNamesAndLeadingDaysAreDropped() {
        String body = "It said The Quick Brown Fox Jumps Over today. On Monday President Biden spoke. "
                + "Then Monday Biden left.";

        assertThat(inputs("Story", body).get(Kind.NAME)).containsExactly("President Biden", "Biden");
    }

    @Test
    void abbreviationsAndInitialsDoNotEndSentences() {
        String body = "A senior U.S. official said J. Smith met Mr Jones.";

        assertThat(inputs("Story", body).get(Kind.NAME)).contains("J. Smith", "Mr Jones");
    }

    @Test
    void anIndentedLineStartsAParagraphAsABlankLineDoes() {
        // Rows of a wire table: each row's label begins a line, as a sentence begins.
        String body = "Shr 23 cts vs 18 cts\n    Net 509,144 vs 277,834\n    Revs 2,258,341 vs 1,328,634\n\nReuter";

        assertThat(inputs("Results", body).get(Kind.NAME)).isNull();
    }

    @Test
    void authorsAreCleanedAndCapped() {
        List<String> authors = new java.util.ArrayList<>(List.of("  Ana   Ruiz ", "", "Tom Berg", "Ana Ruiz"));
        for (int i = 0; i < 20; i++) {
            authors.add("Writer " + i);
        }

        List<String> cleaned = SuggestionInputs.of("T", null, "B", authors, null).get(Kind.AUTHOR);

        assertThat(cleaned).startsWith("Ana Ruiz", "Tom Berg").hasSize(SuggestionInputs.MAX_AUTHORS);
    }

    @Test
    void everyKindIsCapped() {
        StringBuilder body = new StringBuilder();
        StringBuilder title = new StringBuilder("Report");
        for (int i = 0; i < 60; i++) {
            body.append("The mayor met Person").append((char) ('a' + i % 26)).append(i / 26 == 0 ? "" : "x".repeat(i / 26))
                    .append(" Visitor. ");
            title.append(" word").append((char) ('a' + i % 26)).append("x".repeat(i / 26));
        }

        Map<Kind, List<String>> inputs = inputs(title.toString(), body.toString());

        // Twelve names, each also from its second word on ("Visitor" once).
        assertThat(inputs.get(Kind.NAME)).filteredOn(name -> name.contains(" ")).hasSize(SuggestionInputs.MAX_NAMES);
        assertThat(inputs.get(Kind.PHRASE)).hasSize(SuggestionInputs.MAX_PHRASES);
    }

    @Test
    void longHeadlinesAreCutAtAWord() {
        String title = "Parliament " + "debates the budget again ".repeat(8);

        String input = inputs(title, "").get(Kind.TITLE).get(0);

        assertThat(input).hasSizeBetween(SuggestionInputs.MAX_INPUT_LENGTH - 10, SuggestionInputs.MAX_INPUT_LENGTH);
        assertThat(title).startsWith(input + " ");
    }

    @Test
    void controlCharactersBecomeSpaces() {
        // The completion field refuses some control characters outright, which would fail the whole document.
        assertThat(inputs("Port\u001Freopens\u0000today", "").get(Kind.TITLE)).containsExactly("Port reopens today");
    }
}
