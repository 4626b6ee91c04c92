package io.lede.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;

import org.junit.jupiter.api.Test;

import io.lede.api.ApiException;

class SearchRequestTest {

    @Test
    void defaultsToTheFirstPageOfTen() {
        SearchRequest request = SearchRequest.parse(null, null, null, null, null);

        assertThat(request.page()).isEqualTo(1);
        assertThat(request.size()).isEqualTo(10);
        assertThat(request.offset()).isZero();
        assertThat(request.browsing()).isTrue();
    }

    @Test
    void offsetFollowsPageAndSize() {
        assertThat(SearchRequest.parse("q", "3", "20", null, null).offset()).isEqualTo(40);
    }

    @Test
    void blankSourcesAreIgnoredAndDuplicatesMerged() {
        SearchFilters filters = SearchFilters.parse(Arrays.asList(" BBC ", "", null, "BBC"), null, null, null, null,
                null);
        assertThat(filters.sources()).containsExactly("BBC");
    }

    @Test
    void outOfRangeValuesNameTheParameter() {
        assertThatThrownBy(() -> SearchRequest.parse("q", null, "0", null, null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("size"));
        assertThatThrownBy(() -> SearchRequest.parse("q", null, "101", null, null)).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> SearchRequest.parse("q", "-1", null, null, null)).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> SearchRequest.parse("q", "99999999999999999999", null, null, null))
                .isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> SearchRequest.parse("q", "1001", "10", null, null))
                .hasMessageContaining("10000");
    }

    @Test
    void sortIsRelevanceUnlessNewestOrOldestIsAsked() {
        assertThat(SearchRequest.parse("q", null, null, null, null).sort()).isEqualTo(SearchRequest.Sort.RELEVANCE);
        assertThat(SearchRequest.parse("q", null, null, "Newest", null).sort()).isEqualTo(SearchRequest.Sort.NEWEST);
        assertThatThrownBy(() -> SearchRequest.parse("q", null, null, "date", null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("sort"));
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
