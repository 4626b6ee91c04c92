package io.lede.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import com.google.gson.JsonArray;

import org.junit.jupiter.api.Test;

import io.lede.api.ApiException;

class SearchRequestTest {

    private static final SearchConfig DEFAULTS = new SearchConfig() {
        @Override public boolean fallbackEnabled() { return true; }
        @Override public int fallbackMinimumShouldMatchPercent() { return 0; }
        @Override public int fallbackThreshold() { return 10; }
        @Override public float titleBoost() { return 1.5f; }
        @Override public float summaryBoost() { return 1.25f; }
        @Override public float proximityBoost() { return 0.2f; }
        @Override public int facetSize() { return 10; }
        @Override public Duration timeout() { return Duration.ofSeconds(10); }
        @Override public Recency recency() { return Recency.MILD; }
        @Override public boolean typos() { return true; }
        @Override public Optional<Path> synonymsFile() { return Optional.empty(); }
    };

    private static SearchRequest request(Consumer<SearchParams> setter) {
        SearchParams params = new SearchParams();
        setter.accept(params);
        return params.toRequest(DEFAULTS);
    }

    private static void rejected(Consumer<SearchParams> setter, String parameter) {
        assertThatThrownBy(() -> request(setter)).isInstanceOfSatisfying(ApiException.class,
                e -> assertThat(e.errors().get(0).field()).isEqualTo(parameter));
    }

    @Test
    void defaultsToTheFirstPageOfTenWithEveryFacetMildRecencyAndTypos() {
        SearchRequest request = request(p -> { });

        assertThat(request.page()).isEqualTo(1);
        assertThat(request.size()).isEqualTo(10);
        assertThat(request.offset()).isZero();
        assertThat(request.browsing()).isTrue();
        assertThat(request.facets()).containsExactlyInAnyOrder(Facet.values());
        assertThat(request.recency()).isEqualTo(Recency.MILD);
        assertThat(request.typos()).isTrue();
        assertThat(request.highlighting()).isEqualTo(Highlighting.DEFAULT);
    }

    @Test
    void offsetFollowsPageAndSize() {
        assertThat(request(p -> { p.q = "q"; p.page = "3"; p.size = "20"; }).offset()).isEqualTo(40);
    }

    @Test
    void blankSourcesAreIgnoredAndDuplicatesMerged() {
        SearchFilters filters = SearchFilters.parse(Arrays.asList(" BBC ", "", null, "BBC"), null, null, null, null,
                null);
        assertThat(filters.sources()).containsExactly("BBC");
    }

    @Test
    void outOfRangeValuesNameTheParameter() {
        rejected(p -> p.size = "0", "size");
        rejected(p -> p.size = "101", "size");
        rejected(p -> p.page = "-1", "page");
        rejected(p -> p.page = "99999999999999999999", "page");
        assertThatThrownBy(() -> request(p -> p.page = "99999999999")).hasMessageContaining("too large");
        assertThatThrownBy(() -> request(p -> { p.page = "1001"; p.size = "10"; })).hasMessageContaining("cursor");
        rejected(p -> p.highlight = "11", "highlight");
        rejected(p -> p.fragmentSize = "5", "fragmentSize");
        rejected(p -> p.highlightPreTag = "<".repeat(101), "highlightPreTag");
        rejected(p -> { p.highlightPreTag = "["; p.highlightPostTag = ""; }, "highlightPostTag");
        assertThat(request(p -> { p.highlightPreTag = ""; p.highlightPostTag = ""; }).highlighting())
                .isEqualTo(Highlighting.DEFAULT);
    }

    @Test
    void sortIsRelevanceUnlessNewestOrOldestIsAsked() {
        assertThat(request(p -> p.q = "q").sort()).isEqualTo(SearchRequest.Sort.RELEVANCE);
        assertThat(request(p -> p.sort = "Newest").sort()).isEqualTo(SearchRequest.Sort.NEWEST);
        rejected(p -> p.sort = "date", "sort");
    }

    @Test
    void recencyAndTyposTakeTheirWordsOnly() {
        assertThat(request(p -> p.recency = "STRONG").recency()).isEqualTo(Recency.STRONG);
        assertThat(request(p -> p.typos = "off").typos()).isFalse();
        rejected(p -> p.recency = "high", "recency");
        rejected(p -> p.typos = "maybe", "typos");
    }

    @Test
    void facetsAreNamedRepeatedOrCommaSeparatedOrNone() {
        assertThat(request(p -> p.facets = List.of("source,tag", "published")).facets())
                .containsExactlyInAnyOrder(Facet.SOURCE, Facet.TAG, Facet.PUBLISHED);
        assertThat(request(p -> p.facets = List.of("none")).facets()).isEmpty();
        rejected(p -> p.facets = List.of("colour"), "facets");
    }

    @Test
    void aCursorIsEitherOneLedeWroteOrA400AndNeverComesWithAPage() {
        rejected(p -> p.cursor = "not-a-cursor", "cursor");
        rejected(p -> p.cursor = "eyJtIjoiQUxMIn0", "cursor");
        JsonArray after = new JsonArray();
        after.add(1.5);
        after.add("0b6f3c1e-0000-4000-8000-000000000000");
        String cursor = new Cursor(Match.ALL, Match.ALL, after).encode();
        assertThat(request(p -> p.cursor = cursor).cursor()).isEqualTo(new Cursor(Match.ALL, Match.ALL, after));
        rejected(p -> { p.cursor = cursor; p.page = "2"; }, "page");
        // Tampered sort values the engine would fail on: {"m":"ALL","f":"ALL","a":[null,1,"x"]}
        rejected(p -> p.cursor = "eyJtIjoiQUxMIiwiZiI6IkFMTCIsImEiOltudWxsLDEsIngiXX0", "cursor");
    }

    @Test
    void aCursorWalksOnlyTheListItCameFrom() {
        JsonArray after = new JsonArray();
        after.add(1.5);
        String list = request(p -> p.q = "harbour storm").listKey();
        String cursor = new Cursor(Match.ALL, Match.ALL, after, 10, list).encode();

        assertThat(request(p -> { p.q = "harbour storm"; p.cursor = cursor; p.size = "50"; }).cursor().position())
                .isEqualTo(10);
        rejected(p -> { p.q = "harbour"; p.cursor = cursor; }, "cursor");
        rejected(p -> { p.q = "harbour storm"; p.sort = "newest"; p.cursor = cursor; }, "cursor");
    }

    @Test
    void datesAreWholeUtcDaysAndMustBeInOrder() {
        SearchFilters filters = SearchFilters.parse(null, null, null, null, "2024-03-05", "2024-03-05T18:00:00Z");
        assertThat(filters.fromInstant()).hasToString("2024-03-05T00:00:00Z");
        assertThat(filters.untilInstant()).hasToString("2024-03-06T00:00:00Z");
        assertThatThrownBy(() -> SearchFilters.parse(null, null, null, null, "2024-03-06", "2024-03-05"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("from"));
        assertThatThrownBy(() -> SearchFilters.parse(null, null, null, null, null, "March 5"))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("to"));
    }
}
