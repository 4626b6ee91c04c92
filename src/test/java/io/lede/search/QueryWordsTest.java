package io.lede.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryWordsTest {

    @Test
    void consecutivePlainWordsMakePairs() {
        assertThat(QueryWords.pairs("Interest rate rise", 16)).containsExactly("interest rate", "rate rise");
    }

    @Test
    void operatorsPhrasesAndPrefixesBreakTheChain() {
        assertThat(QueryWords.pairs("bank -loan rate \"central bank\" euro | dollar infla*", 16)).isEmpty();
        assertThat(QueryWords.pairs("oil price \"opec deal\" gas supply", 16)).containsExactly("oil price", "gas supply");
    }

    @Test
    void pairsStayFewAndShortWhateverTheQuery() {
        assertThat(QueryWords.pairs("a b c d e f g h i j k l m n o p q r s t u v w x y z", 16)).hasSize(16);
        assertThat(QueryWords.pairs("single", 16)).isEmpty();
        // Unspaced CJK text: each character becomes a term, so long "words" are not paired at all.
        assertThat(QueryWords.pairs("東京都の新しい交通計画について議論が続いている 大阪", 16)).isEmpty();
        String longWords = "abcdefghijklmnopqrs ".repeat(20);
        assertThat(QueryWords.pairs(longWords, 16).stream().mapToInt(String::length).sum()).isLessThanOrEqualTo(180);
    }

    @Test
    void luceneOperatorsAreReadAsTheEngineSyntax() {
        assertThat(QueryWords.withLuceneOperators("storm AND flood")).isEqualTo("storm flood");
        assertThat(QueryWords.withLuceneOperators("storm && flood NOT harbour")).isEqualTo("storm flood -harbour");
        assertThat(QueryWords.withLuceneOperators("storm !harbour")).isEqualTo("storm -harbour");
        // In lower case they are words, and a lone one is a word too.
        assertThat(QueryWords.withLuceneOperators("not guilty and free")).isEqualTo("not guilty and free");
        assertThat(QueryWords.withLuceneOperators("AND")).isEqualTo("AND");
        assertThat(QueryWords.withLuceneOperators("NOT GUILTY VERDICT")).isEqualTo("NOT GUILTY VERDICT");
    }

    @Test
    void aLongPlainQueryIsReadUpToItsFirstDistinctWords() {
        assertThat(QueryWords.firstWords("Flood flood defence plan backed by the council", 4))
                .isEqualTo("Flood defence plan backed");
        assertThat(QueryWords.firstWords("flood defence", 4)).isEqualTo("flood defence");
        String withOperators = "flood -storm defence plan backed by the council";
        assertThat(QueryWords.firstWords(withOperators, 4)).isEqualTo(withOperators);
    }

    @Test
    void operatorsAreToldFromHyphenatedWords() {
        assertThat(QueryWords.hasOperators("cross-border trade")).isFalse();
        assertThat(QueryWords.hasOperators("trade -tariffs")).isTrue();
        assertThat(QueryWords.hasOperators("\"trade deal\"")).isTrue();
        assertThat(QueryWords.hasOperators("trade | tariffs")).isTrue();
        assertThat(QueryWords.hasOperators("tari*")).isTrue();
        assertThat(QueryWords.plainWordCount("cross-border trade -tariffs")).isEqualTo(2);
    }

    @Test
    void orBetweenTermsIsAnAlternativeAndADanglingOneIsDropped() {
        assertThat(QueryWords.engineSyntax("kyiv OR kharkiv \"peace talks\"")).isEqualTo("kyiv | kharkiv \"peace talks\"");
        assertThat(QueryWords.engineSyntax("OR kyiv OR")).isEqualTo("kyiv");
        assertThat(QueryWords.engineSyntax("kyiv or kharkiv")).isEqualTo("kyiv or kharkiv");
    }

    @Test
    void stopWordsStayInsideAPairButNeverMakeOne() {
        assertThat(QueryWords.pairs("models of heated high speed aircraft", 16))
                .containsExactly("models of heated", "heated high", "high speed", "speed aircraft");
        assertThat(QueryWords.pairs("the war in the east", 16)).containsExactly("war in the east");
    }

    @Test
    void looseWordsAreThoseATypoCanHaveChanged() {
        QueryWords.Split split = QueryWords.splitLooseWords("ceasfire \"peace talks\" -russia kyiv OR kiev negotia*");
        assertThat(split.looseWords()).containsExactly("ceasfire");
        assertThat(split.rest()).isEqualTo("\"peace talks\" -russia kyiv | kiev negotia*");
    }

    @Test
    void typosAreTriedForWordsLongEnoughInQueriesShortEnough() {
        assertThat(WordMatching.typosCanHelp("ceasfire talks")).isTrue();
        assertThat(WordMatching.typosCanHelp("war in gaza")).isFalse();
        assertThat(WordMatching.typosCanHelp("\"ceasfire talks\"")).isFalse();
        assertThat(WordMatching.typosCanHelp("what similarity laws must be obeyed when constructing aeroelastic models of heated aircraft"))
                .isFalse();
    }
}
