package io.lede.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How queries are matched ({@code lede.search.*}, env {@code LEDE_SEARCH_*}). */
@ConfigMapping(prefix = "lede.search")
public interface SearchConfig {

    /**
     * When no article has every word of a query, show those with some of them instead, ranked by how many and how
     * rare: long questions typed as sentences rarely match word for word. Off, a query with no article holding all
     * its words finds nothing.
     */
    @WithDefault("true")
    boolean fallbackEnabled();

    /**
     * The share of a query's words (percent, rounded down) an article needs in that fallback; 0 means any one
     * word. Measured on Cranfield with the evaluation command, requiring 25% lost recall (Recall@100 0.673 against
     * 0.695 at 0) and gained nothing in precision: ranking by matched words already puts articles with most of
     * them first.
     */
    @WithDefault("0")
    int fallbackMinimumShouldMatchPercent();

    /**
     * Weight of a match in the title against one in the body: headlines say what a news article is about. On
     * Cranfield (scientific abstracts with long descriptive titles) 1 ranks best (nDCG@10 0.371, 2: 0.358, 3:
     * 0.345); 2 keeps the headline first for news while costing little there.
     */
    @WithDefault("2")
    float titleBoost();

    /** Weight of a match in the summary against one in the body. */
    @WithDefault("1.5")
    float summaryBoost();

    /**
     * Weight of two consecutive query words found close together (a few words apart) in the title or body. On
     * Cranfield 0.3 lifts all four measures a little (nDCG@10 0.358 to 0.359, P@10 0.223 to 0.227); 1 gains recall
     * but costs nDCG@10 (0.352). 0 turns it off.
     */
    @WithDefault("0.3")
    float proximityBoost();
}
