package io.lede.search;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How queries are matched ({@code lede.search.*}, env {@code LEDE_SEARCH_*}). */
@ConfigMapping(prefix = "lede.search")
public interface SearchConfig {

    /**
     * When the articles with every word of a query (as written, or else with typos) are few (below
     * {@link #fallbackThreshold()}), follow them with those having some of the words, ranked by how many and how
     * rare: long questions typed as sentences rarely match word for word. Off, such a query finds only what has
     * every word.
     */
    @WithDefault("true")
    boolean fallbackEnabled();

    /**
     * Partial matches follow the full ones when fewer than this many articles have every word (Typesense's
     * {@code drop_tokens_threshold}). A number of its own, not the page size, so that a list, its total and its
     * facets are the same whatever size its pages are.
     */
    @WithDefault("10")
    int fallbackThreshold();

    /**
     * The share of a query's words (percent, rounded down) an article needs in that fallback; 0 means any one
     * word. Measured on Cranfield with the evaluation command, requiring 25% lost recall (Recall@100 0.673 against
     * 0.695 at 0) and gained nothing in precision: ranking by matched words already puts articles with most of
     * them first.
     */
    @WithDefault("0")
    int fallbackMinimumShouldMatchPercent();

    /**
     * Weight of a match in the title against one in the body (added to it: a word in both counts twice), for
     * headlines say what a news article is about. On Cranfield, whose abstracts repeat their titles so that a
     * heavier title counts those words again, nDCG@10 over plain BM25 is +5.6% at 1.25, +5.1% at 1.5, +3% at 2.
     * (BM25 favours short fields: a body of a few words mentioning a word can still outscore a headline with it.)
     */
    @WithDefault("1.25")
    float titleBoost();

    /** Weight of a match in the summary against one in the body: between the title's and the body's. */
    @WithDefault("1.1")
    float summaryBoost();

    /**
     * Weight of two consecutive query words found in the body as in the query, and again within eight words of
     * each other. On Cranfield 0.1 to 0.3 all gain 6–7.5% nDCG@10 over the words alone; 0 turns it off.
     */
    @WithDefault("0.2")
    float proximityBoost();

    /**
     * How long one API request may wait for the search cluster before it gives up and answers 503: a cluster that
     * accepts connections and never answers (a hung node, a partition) must not hold clients until the HTTP client's
     * 30 s read timeout. The several requests one search sends to the cluster share it (see {@link Deadline});
     * a suggestion gets it whole.
     */
    @WithDefault("10s")
    Duration timeout();

    /** Values listed per facet (source, author, language, tag), the commonest first. */
    @WithDefault("10")
    int facetSize();

    /** The recency applied when a request names none: off, mild or strong (see the README). */
    @WithDefault("mild")
    Recency recency();

    /** Whether queries tolerate typos when a request does not say ({@code typos=on|off}). */
    @WithDefault("true")
    boolean typos();

    /**
     * A synonyms file replacing the list shipped with Lede (the Solr format: {@code a, b, c} per line; see the
     * shipped {@code synonyms.txt}). Read at start and applied to queries, so editing it needs a restart, not a
     * reindex. Unset: the shipped list of name variants common in news (Zelensky/Zelenskyy, Kyiv/Kiev, ...).
     */
    Optional<Path> synonymsFile();
}
