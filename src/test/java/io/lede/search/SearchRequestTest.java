package io.lede.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.lede.api.ApiException;

class SearchRequestTest {

    @Test
    void defaultsToTheFirstPageOfTen() {
        SearchRequest request = SearchRequest.parse(null, null, null, null);

        assertThat(request.page()).isEqualTo(1);
        assertThat(request.size()).isEqualTo(10);
        assertThat(request.offset()).isZero();
        assertThat(request.browsing()).isTrue();
    }

    @Test
    void offsetFollowsPageAndSize() {
        assertThat(SearchRequest.parse("q", "3", "20", List.of()).offset()).isEqualTo(40);
    }

    @Test
    void blankSourcesAreIgnoredAndDuplicatesMerged() {
        SearchRequest request = SearchRequest.parse("q", null, null, Arrays.asList(" BBC ", "", null, "BBC"));
        assertThat(request.sources()).containsExactly("BBC");
    }

    @Test
    void outOfRangeValuesNameTheParameter() {
        assertThatThrownBy(() -> SearchRequest.parse("q", null, "0", null))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.errors().get(0).field()).isEqualTo("size"));
        assertThatThrownBy(() -> SearchRequest.parse("q", null, "101", null)).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> SearchRequest.parse("q", "-1", null, null)).isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> SearchRequest.parse("q", "99999999999999999999", null, null))
                .isInstanceOf(ApiException.class);
        assertThatThrownBy(() -> SearchRequest.parse("q", "1001", "10", null))
                .hasMessageContaining("10000");
    }
}
