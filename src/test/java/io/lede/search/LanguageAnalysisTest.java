package io.lede.search;

import static io.lede.testsupport.Api.article;
import static io.lede.testsupport.Api.awaitSearch;
import static io.lede.testsupport.Api.fullMatchIds;
import static io.lede.testsupport.Api.hitIds;
import static io.lede.testsupport.Api.post;
import static io.lede.testsupport.Api.search;
import static io.lede.testsupport.Api.uniqueWord;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

/** Each article analysed by its language's rules; queries find matches in every language; shipped synonyms. */
@QuarkusTest
class LanguageAnalysisTest {

    private static String postIn(String language, String title, String body) {
        Map<String, Object> input = article(title, body);
        input.put("language", language);
        return post(input).getString("id");
    }

    @ParameterizedTest(name = "{0}: \"{3}\" finds \"{2}\"")
    @CsvSource(delimiter = '|', value = {
        "ru | Переговоры продолжаются | Стороны начали переговоры о прекращении огня. | переговоров прекращение",
        "uk | Переговори тривають | Сторони почали переговори щодо припинення вогню. | переговорів припинення",
        "de | Die Verhandlungen gehen weiter | Die Parteien begannen Verhandlungen über eine Waffenruhe. | Verhandlung Waffenruhen",
        "fr | Les négociations continuent | Les parties ont entamé des négociations sur un cessez-le-feu. | negociation parties",
        "es | Las negociaciones continúan | Las partes iniciaron negociaciones sobre un alto el fuego. | negociación parte",
        "en | Talks continue | The parties began negotiations on a ceasefire. | negotiating party"})
    void wordsAreFoundInOtherGrammaticalForms(String language, String title, String body, String query) {
        String topic = uniqueWord();
        String id = postIn(language, title + " " + topic, body);
        awaitSearch(topic, r -> r.getList("hits").size() == 1);

        JsonPath result = search(query + " " + topic);

        // Other languages' articles may follow as partial matches (a word in common), never as full ones.
        assertThat(fullMatchIds(result)).as(result.prettify()).containsExactly(id);
        assertThat(hitIds(result).get(0)).isEqualTo(id);
    }

    @Test
    void aQueryFindsItsWordsInEveryLanguage() {
        String topic = uniqueWord();
        String ru = postIn("ru", "Новости " + topic, "НАТО и Украина.");
        String de = postIn("de", "Nachrichten " + topic, "Die NATO und die Ukraine.");
        String other = postIn("it", "Notizie " + topic, "La NATO e l'Ucraina.");
        awaitSearch(topic, r -> r.getList("hits").size() == 3);

        assertThat(hitIds(search(topic))).containsExactlyInAnyOrder(ru, de, other);
        assertThat(fullMatchIds(search(topic + " NATO"))).containsExactlyInAnyOrder(de, other);
        assertThat(fullMatchIds(search(topic + " НАТО"))).containsExactly(ru);
    }

    /**
     * "the" is a stop word in English and a word in German fields, "der" the other way round: a query with one
     * finds every word of an article in the language that drops it, with or without typing slips.
     */
    @Test
    void aStopWordIsNotRequiredOfArticlesInALanguageThatDropsIt() {
        String topic = uniqueWord();
        String en = postIn("en", "Storm closes the harbour " + topic, "The storm closed the harbour on Monday.");
        String de = postIn("de", "Sturm schließt den Hafen " + topic, "Der Sturm hat den Hafen am Montag geschlossen.");
        awaitSearch(topic, r -> r.getList("hits").size() == 2);

        assertThat(fullMatchIds(search("the storm " + topic))).containsExactly(en);
        assertThat(fullMatchIds(search("der Sturm " + topic))).containsExactly(de);

        JsonPath slip = search("the harbuor in " + topic);
        assertThat(fullMatchIds(slip)).as(slip.prettify()).containsExactly(en);
        assertThat(slip.getString("didYouMean")).isEqualTo("the harbour in " + topic);
    }

    /**
     * A paragraph pasted as a query is answered with every language indexed, each word a clause in each language's
     * fields: the engine's clause limit is kept by reading the query up to its first words.
     */
    @Test
    void aPastedParagraphIsAnsweredWithEveryLanguageIndexed() {
        String topic = uniqueWord();
        String en = postIn("en", "Council backs flood plan " + topic,
                "Councillors backed the flood defence plan by 31 votes to 12 after a long session.");
        postIn("ru", "Новости " + topic, "Совет одобрил план.");
        postIn("uk", "Новини " + topic, "Рада схвалила план.");
        postIn("de", "Nachrichten " + topic, "Der Rat billigte den Plan.");
        postIn("fr", "Nouvelles " + topic, "Le conseil a approuvé le plan.");
        postIn("es", "Noticias " + topic, "El consejo aprobó el plan.");
        postIn("it", "Notizie " + topic, "Il consiglio ha approvato il piano.");
        awaitSearch(topic, r -> r.getList("hits").size() == 7);

        StringBuilder paragraph = new StringBuilder(topic + " councillors backed the flood defence plan by votes");
        while (paragraph.length() < SearchRequest.MAX_QUERY_LENGTH - 13) {
            paragraph.append(' ').append(uniqueWord());
        }
        JsonPath result = search(paragraph.toString());

        assertThat(hitIds(result).get(0)).isEqualTo(en);
    }

    @Test
    void shippedSynonymsJoinSpellingsOfNamesAndPlaces() {
        String topic = uniqueWord();
        String zelensky = postIn("en", "Zelensky visits " + topic, "President Zelensky arrived in Kiev.");
        awaitSearch(topic, r -> r.getList("hits").size() == 1);

        JsonPath result = search("Zelenskyy Kyiv " + topic);

        assertThat(fullMatchIds(result)).containsExactly(zelensky);
        assertThat(hitIds(result).get(0)).isEqualTo(zelensky);
        assertThat(result.getMap("")).doesNotContainKey("didYouMean");
        assertThat(result.getString("hits[0].highlights.title[0]")).contains("<mark>Zelensky</mark>");
    }
}
