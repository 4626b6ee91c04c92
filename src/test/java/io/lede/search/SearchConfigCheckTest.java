package io.lede.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class SearchConfigCheckTest {

    private static SearchConfig config(float title, float summary, float proximity, int percent) {
        return config(title, summary, proximity, percent, Duration.ofSeconds(10));
    }

    private static SearchConfig config(float title, float summary, float proximity, int percent, Duration timeout) {
        return new SearchConfig() {
            @Override
            public int facetSize() {
                return 10;
            }

            @Override
            public Duration timeout() {
                return timeout;
            }

            @Override
            public Recency recency() {
                return Recency.MILD;
            }

            @Override
            public boolean typos() {
                return true;
            }

            @Override
            public java.util.Optional<java.nio.file.Path> synonymsFile() {
                return java.util.Optional.empty();
            }

            @Override
            public boolean fallbackEnabled() {
                return true;
            }

            @Override
            public int fallbackMinimumShouldMatchPercent() {
                return percent;
            }

            @Override
            public int fallbackThreshold() {
                return 10;
            }

            @Override
            public float titleBoost() {
                return title;
            }

            @Override
            public float summaryBoost() {
                return summary;
            }

            @Override
            public float proximityBoost() {
                return proximity;
            }
        };
    }

    @Test
    void theDefaultsPass() {
        assertThat(SearchConfigCheck.problems(config(2, 1.5f, 0.3f, 0))).isEmpty();
    }

    @Test
    void eachBadSettingIsNamed() {
        assertThat(SearchConfigCheck.problems(config(-1, 0, Float.NaN, 150)))
                .hasSize(4)
                .anySatisfy(p -> assertThat(p).startsWith("lede.search.title-boost"))
                .anySatisfy(p -> assertThat(p).startsWith("lede.search.summary-boost"))
                .anySatisfy(p -> assertThat(p).startsWith("lede.search.proximity-boost"))
                .anySatisfy(p -> assertThat(p).startsWith("lede.search.fallback-minimum-should-match-percent"));
    }

    @Test
    void aTimeoutThatLeavesNoTimeIsNamed() {
        assertThat(SearchConfigCheck.problems(config(2, 1.5f, 0.3f, 0, Duration.ZERO)))
                .singleElement().asString().startsWith("lede.search.timeout");
    }
}
