package io.lede.article;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.lede.api.ApiException;
import io.lede.api.Problem.FieldError;

class ArticleDataTest {

    private static ArticleInput input(String title, String body) {
        return new ArticleInput(null, null, title, null, body, null, null, null, null, null);
    }

    private static ArticleInput withDate(String publishedAt) {
        return new ArticleInput(null, null, "T", null, "B", null, null, null, null, publishedAt);
    }

    @Test
    void trimsTextAndTurnsBlankOptionalFieldsIntoNull() {
        ArticleData data = ArticleData.from(new ArticleInput("  id-1 ", " ", "  Title ", "", " Body\n", null, "  ",
                null, null, null));

        assertThat(data.externalId()).isEqualTo("id-1");
        assertThat(data.url()).isNull();
        assertThat(data.title()).isEqualTo("Title");
        assertThat(data.summary()).isNull();
        assertThat(data.body()).isEqualTo("Body");
        assertThat(data.source()).isNull();
        assertThat(data.authors()).isEmpty();
    }

    @Test
    void textIsStoredComposedAndWithoutSoftHyphens() {
        ArticleData data = ArticleData.from(input("Cafe\u0301 reopens", "The Bu\u00ADcher\u00ADei reopened."));

        assertThat(data.title()).isEqualTo("Caf\u00E9 reopens");
        ArticleInput id = new ArticleInput("cafe\u0301-1", null, "T", null, "B", null, null, null, null, null);
        assertThat(ArticleData.from(id).externalId()).as("an identifier, kept as sent").isEqualTo("cafe\u0301-1");
        assertThat(data.body()).isEqualTo("The Bucherei reopened.");
    }

    @Test
    void namesAreTrimmedDeduplicatedAndBlankOnesDropped() {
        ArticleData data = ArticleData.from(new ArticleInput(null, null, "T", null, "B",
                Arrays.asList(" Ana Ruiz", "Ana Ruiz", "", null, "Tom Berg", "ANA RUIZ"), null, null,
                List.of("War", " war ", "Flooding", "flooding"), null));

        assertThat(data.authors()).containsExactly("Ana Ruiz", "Tom Berg");
        assertThat(data.tags()).containsExactly("War", "Flooding");
    }

    @Test
    void acceptsTheCommonIsoDateForms() {
        assertThat(ArticleData.from(withDate("2023-12-23T10:15:30Z")).publishedAt())
                .isEqualTo(Instant.parse("2023-12-23T10:15:30Z"));
        assertThat(ArticleData.from(withDate("2023-12-23T12:15:30+02:00")).publishedAt())
                .isEqualTo(Instant.parse("2023-12-23T10:15:30Z"));
        assertThat(ArticleData.from(withDate("2023-12-23T10:15:30")).publishedAt())
                .isEqualTo(Instant.parse("2023-12-23T10:15:30Z"));
        assertThat(ArticleData.from(withDate("2023-12-23")).publishedAt())
                .isEqualTo(Instant.parse("2023-12-23T00:00:00Z"));
    }

    @Test
    void languageTagsAreReducedToTheirLanguage() {
        ArticleInput tagged = new ArticleInput(null, null, "T", null, "B", null, null, "pt-BR", null, null);
        assertThat(ArticleData.from(tagged).language()).isEqualTo("pt");
    }

    @Test
    void aLanguageThatDoesNotExistIsRefused() {
        for (String tag : List.of("xx", "zz-ZZ", "english", "e")) {
            ArticleInput in = new ArticleInput(null, null, "T", null, "B", null, null, tag, null, null);
            assertThatThrownBy(() -> ArticleData.from(in)).as(tag)
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errors())
                            .extracting(FieldError::field).containsExactly("language"));
        }
        ArticleInput hebrew = new ArticleInput(null, null, "T", null, "B", null, null, "he-IL", null, null);
        assertThat(ArticleData.from(hebrew).language()).isEqualTo("he");
    }

    @Test
    void anArticleWithoutALanguageGetsTheOneItsBodyShows() {
        String body = "Le conseil municipal a voté mardi la fermeture du vieux pont pour des travaux, et le maire a "
                + "dit que des bus remplaceraient les tramways jusqu'au printemps.";
        assertThat(ArticleData.from(input("Le vieux pont ferme", body)).language()).isEqualTo("fr");
    }

    @Test
    void theClientsLanguageWinsOverTheBody() {
        String body = "The council voted on Tuesday to close the old bridge for repairs, and the mayor said that "
                + "buses would replace the trams until the spring.";
        ArticleInput declared = new ArticleInput(null, null, "T", null, body, null, null, "de-AT", null, null);
        assertThat(ArticleData.from(declared).language()).isEqualTo("de");
    }

    @Test
    void aBodyThatShowsNoLanguageClearlyGetsNone() {
        assertThat(ArticleData.from(input("Results", "Net 807,000 vs 2,858,000; revs 20.9 mln vs 19.6 mln"))
                .language()).isNull();
    }

    @Test
    void reportsEveryInvalidFieldAtOnce() {
        ArticleInput bad = new ArticleInput("x".repeat(201), "not a url", " ", null, null, null, null, "english",
                null, "23/12/2023");

        assertThatThrownBy(() -> ArticleData.from(bad))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.status()).isEqualTo(400);
                    assertThat(e.errors()).extracting(FieldError::field)
                            .containsExactly("title", "body", "externalId", "url", "language", "publishedAt");
                });
    }

    @Test
    void onlyWebUrlsAreAccepted() {
        for (String url : List.of("ftp://example.org/a", "javascript:alert(1)", "/relative/path", "http://",
                "https://example.org:99999/a", "https://example.org:0/a")) {
            ArticleInput in = new ArticleInput(null, url, "T", null, "B", null, null, null, null, null);
            assertThatThrownBy(() -> ArticleData.from(in)).as(url).isInstanceOf(ApiException.class);
        }
        ArticleInput ok = new ArticleInput(null, "https://news.example.org/a?b=c#d", "T", null, "B", null, null, null,
                null, null);
        assertThat(ArticleData.from(ok).url()).isEqualTo("https://news.example.org/a?b=c");
    }

    @Test
    void oneAddressPerPage() {
        for (String url : List.of("HTTPS://News.Example.org:443/a/B?x=1#comments", "https://news.example.org/a/B?x=1")) {
            ArticleInput in = new ArticleInput(null, url, "T", null, "B", null, null, null, null, null);
            assertThat(ArticleData.from(in).url()).as(url).isEqualTo("https://news.example.org/a/B?x=1");
        }
        ArticleInput port = new ArticleInput(null, "http://news.example.org:8080/a", "T", null, "B", null, null, null,
                null, null);
        assertThat(ArticleData.from(port).url()).isEqualTo("http://news.example.org:8080/a");
        ArticleInput credentials = new ArticleInput(null, "https://admin:secret@news.example.org/a", "T", null, "B",
                null, null, null, null, null);
        assertThat(ArticleData.from(credentials).url()).isEqualTo("https://news.example.org/a");
        ArticleInput unicodeHost = new ArticleInput(null, "https://Bücher.example./über", "T", null, "B", null, null,
                null, null, null);
        assertThat(ArticleData.from(unicodeHost).url()).isEqualTo("https://xn--bcher-kva.example/über");
        // A fragment that routes a single-page site is part of the article's address.
        ArticleInput routed = new ArticleInput(null, "https://news.example.org/#!/story/12", "T", null, "B", null,
                null, null, null, null);
        assertThat(ArticleData.from(routed).url()).isEqualTo("https://news.example.org/#!/story/12");
    }

    @Test
    void nulCharactersAreRemoved() {
        assertThat(ArticleData.from(input("A\0B", "C\0")).title()).isEqualTo("AB");
    }

    @Test
    void aTitleOrBodyThatShowsNothingIsBlank() {
        for (String invisible : List.of("\u200B\u200B", "\u3000\u00A0", "\uFEFF", "\u0007\b", "\u2060 \u200D",
                "\u3164", "\u034F\uFE0F", "\u115F\u1160", "\u2800")) {
            assertThatThrownBy(() -> ArticleData.from(input(invisible, invisible))).as(invisible)
                    .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errors())
                            .extracting(FieldError::field).containsExactly("title", "body"));
        }
    }

    @Test
    void controlCharactersLeaveTheTextButTabsAndLineBreaksStay() {
        ArticleData data = ArticleData.from(input("Bell\u0007 rings\u0085", "One\u0001\u0002\tcolumn\n\nTwo\r\nlines"));

        assertThat(data.title()).isEqualTo("Bell rings");
        assertThat(data.body()).isEqualTo("One\tcolumn\n\nTwo\r\nlines");
    }
}
