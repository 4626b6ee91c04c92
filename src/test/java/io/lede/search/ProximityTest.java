package io.lede.search;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProximityTest {

    @Test
    void consecutivePlainWordsMakePairs() {
        assertThat(Proximity.pairs("Interest rate rise")).containsExactly("interest rate", "rate rise");
    }

    @Test
    void operatorsPhrasesAndPrefixesBreakTheChain() {
        assertThat(Proximity.pairs("bank -loan rate \"central bank\" euro OR dollar infla*")).isEmpty();
        assertThat(Proximity.pairs("oil price \"opec deal\" gas supply")).containsExactly("oil price", "gas supply");
    }

    @Test
    void aLongQuestionGivesABoundedNumberOfPairs() {
        assertThat(Proximity.pairs("a b c d e f g h i j k l m n o p q r s t u v w x y z")).hasSize(16);
        assertThat(Proximity.pairs("single")).isEmpty();
    }
}
