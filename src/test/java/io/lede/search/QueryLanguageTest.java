package io.lede.search;

import static io.lede.testsupport.Api.article;
import static io.lede.testsupport.Api.awaitSearch;
import static io.lede.testsupport.Api.fullMatchIds;
import static io.lede.testsupport.Api.hitIds;
import static io.lede.testsupport.Api.post;
import static io.lede.testsupport.Api.search;
import static io.lede.testsupport.Api.uniqueWord;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The query syntax people type: words, "phrases", -exclusions, OR, prefix*. */
@QuarkusTest
class QueryLanguageTest {

    @Test
    void orBetweenWordsFindsEither() {
        String a = uniqueWord();
        String b = uniqueWord();
        String withA = post(article("Report " + a, "Body.")).getString("id");
        String withB = post(article("Report " + b, "Body.")).getString("id");
        awaitSearch(a, r -> r.getList("hits").size() == 1);
        awaitSearch(b, r -> r.getList("hits").size() == 1);

        assertThat(hitIds(search(a + " OR " + b))).containsExactlyInAnyOrder(withA, withB);
        assertThat(hitIds(search(a + " | " + b))).containsExactlyInAnyOrder(withA, withB);
        // Lower-case "or" is an ordinary (stop) word, not an operator: both words are required, none has both.
        assertThat(search(a + " or " + b).getList("hits.allWords", Boolean.class)).isNotEmpty().containsOnly(false);
    }

    @Test
    void phrasesExclusionsAndPrefixes() {
        String word = uniqueWord();
        String inOrder = post(article("Central bank " + word, "The central bank raised rates.")).getString("id");
        String reversed = post(article("Bank central " + word, "A bank in the central district.")).getString("id");
        String prefixed = post(article("Notes", "About " + word + "ology and more.")).getString("id");
        awaitSearch(word, r -> r.getList("hits").size() == 2);

        assertThat(hitIds(search("\"central bank\" " + word))).containsExactly(inOrder);
        assertThat(hitIds(search(word + " -district"))).containsExactly(inOrder);
        // Lucene's spellings: NOT excludes, AND joins as a space does.
        assertThat(hitIds(search(word + " NOT district"))).containsExactly(inOrder);
        assertThat(fullMatchIds(search(word + " AND district"))).containsExactly(reversed);
        assertThat(hitIds(awaitSearch(word + "*", r -> r.getList("hits").size() == 3)))
                .containsExactlyInAnyOrder(inOrder, reversed, prefixed);
    }

    /**
     * A prefix longer than the word's stem ("negotiat" of "negotiations", stem "negoti") still finds the word: people
     * cut words where they like, not where a stemmer does.
     */
    @Test
    void prefixesReachPastTheStem() {
        String word = uniqueWord();
        var english = article("Talks " + word, "Negotiations over the harbour lease resumed on Monday.");
        var russian = article("Переговоры " + word, "Переговоров об аренде порта не было с весны.");
        russian.put("language", "ru");
        String inEnglish = post(english).getString("id");
        String inRussian = post(russian).getString("id");
        awaitSearch(word, r -> r.getList("hits").size() == 2);

        var englishPrefix = search(word + " negotiat*");
        assertThat(englishPrefix.getString("matched")).isEqualTo("all");
        assertThat(hitIds(englishPrefix)).containsExactly(inEnglish);
        var russianPrefix = search(word + " переговоро*");
        assertThat(russianPrefix.getString("matched")).isEqualTo("all");
        assertThat(hitIds(russianPrefix)).containsExactly(inRussian);
    }

    @Test
    void emojiAndPictographsInAQueryAreNotWordsToFind() {
        String word = uniqueWord();
        String id = post(article("Storm " + word, "The storm reached the coast.")).getString("id");
        awaitSearch(word, r -> r.getList("hits").size() == 1);

        for (String query : new String[] {word + " \uD83C\uDF0A", word + " \u00A9", "\u2665\uFE0F " + word + " storm"}) {
            // Full matches: the article has every word; the pictograph asked for none. (Other tests' storm articles
            // may follow as partial matches of the last query.)
            assertThat(fullMatchIds(search(query))).as(query).containsExactly(id);
        }
        // Pictographs alone are still asked for: not a listing of the whole archive.
        assertThat(search("\uD83D\uDF32").getLong("total.value")).isZero();
    }

    @Test
    void malformedSyntaxIsReadAsWords() {
        String word = uniqueWord();
        String id = post(article("Syntax " + word, "Body.")).getString("id");
        awaitSearch(word, r -> r.getList("hits").size() == 1);

        for (String query : new String[] {"\"" + word, word + " OR", "OR " + word, "(" + word, word + " -", "|" + word}) {
            assertThat(hitIds(search(query))).as(query).containsExactly(id);
        }
    }
}
