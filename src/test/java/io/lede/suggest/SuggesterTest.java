package io.lede.suggest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.lede.api.ApiException;
import io.lede.suggest.SuggestResponse.Suggestion;

class SuggesterTest {

    @Test
    void kindsTakeTurnsAndAKindWithFewerLeavesItsPlacesToTheOthers() {
        Map<Kind, List<String>> options = Map.of(
                Kind.NAME, List.of("Zelensky", "Zelenskyy"),
                Kind.PHRASE, List.of("Zelensky visits Washington", "Zelensky says", "Zelensky meets"),
                Kind.TITLE, List.of("Zelensky visits Washington to ask for aid"));

        assertThat(Suggester.merge(options, 5)).containsExactly(
                new Suggestion("Zelensky", Kind.NAME),
                new Suggestion("Zelensky visits Washington", Kind.PHRASE),
                new Suggestion("Zelensky visits Washington to ask for aid", Kind.TITLE),
                new Suggestion("Zelenskyy", Kind.NAME),
                new Suggestion("Zelensky says", Kind.PHRASE));
    }

    @Test
    void aTextIsGivenOnceWhateverItsCaseAccentsOrKind() {
        Map<Kind, List<String>> options = Map.of(
                Kind.NAME, List.of("Zelensky"),
                Kind.PHRASE, List.of("ZELENSKY", "Zélensky", "zelensky  talks"),
                Kind.AUTHOR, List.of("Zelensky Talks"));

        assertThat(Suggester.merge(options, 10)).extracting(Suggestion::text)
                .containsExactly("Zelensky", "zelensky  talks");
    }

    @Test
    void requestsNeedAPrefixOfAtMostAHundredCharactersAndASizeUpToTen() {
        assertThat(SuggestRequest.parse("  pre ", null)).isEqualTo(new SuggestRequest("pre", 10));
        assertThat(SuggestRequest.parse("pre", "3").size()).isEqualTo(3);
        for (String q : new String[] {null, "", "   ", "\u0000", "x".repeat(101)}) {
            assertThatThrownBy(() -> SuggestRequest.parse(q, null)).isInstanceOfSatisfying(ApiException.class,
                    e -> assertThat(e.errors().get(0).field()).isEqualTo("q"));
        }
        for (String size : new String[] {"0", "11", "-1", "ten", "99999999999999999999"}) {
            assertThatThrownBy(() -> SuggestRequest.parse("pre", size)).isInstanceOfSatisfying(ApiException.class,
                    e -> assertThat(e.errors().get(0).field()).isEqualTo("size"));
        }
        assertThat(SuggestRequest.parse("--", null).hasWords()).isFalse();
    }
}
