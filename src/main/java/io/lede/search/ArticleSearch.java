package io.lede.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.common.BooleanOperator;
import org.hibernate.search.util.common.data.RangeBoundInclusion;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SimpleQueryFlag;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;

import io.lede.api.ApiException;
import io.lede.article.Article;

/**
 * Turns a {@link SearchRequest} into an index query: the one place that knows how articles are matched, ranked
 * and highlighted.
 */
@ApplicationScoped
public class ArticleSearch {

    static final String TITLE_HIGHLIGHTER = "title";
    static final String BODY_HIGHLIGHTER = "body";
    private static final String MARK_OPEN = "<mark>";
    private static final String MARK_CLOSE = "</mark>";

    private final SearchSession session;
    private final SearchConfig config;

    public ArticleSearch(SearchSession session, SearchConfig config) {
        this.session = session;
        this.config = config;
    }

    public SearchResponse search(SearchRequest request) {
        try {
            return run(request);
        } catch (SearchException e) {
            throw refusedQuery(e).orElseThrow(() -> e);
        }
    }

    /**
     * The engine refuses some queries a client can write, such as hundreds of distinct CJK characters (each one a
     * term, times three fields, past the engine's clause limit). That is a 400 about {@code q}, not an outage.
     */
    private static Optional<ApiException> refusedQuery(SearchException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("too_many_clauses") || message.contains("maxClauseCount")) {
            return Optional.of(ApiException.invalid("q", "has too many distinct terms; use fewer words"));
        }
        if (message.contains("Response: 400")) {
            return Optional.of(ApiException.invalid("q", "the search engine could not run this query"));
        }
        return Optional.empty();
    }

    /**
     * Every word first; when no article has them all, the articles with most of them (ranked by how many and how
     * rare), as people typing a question expect rather than an empty page.
     */
    private SearchResponse run(SearchRequest request) {
        SearchResponse all = run(request, BooleanOperator.AND);
        // Only plain words fall back: under OR, "-word" would turn into "every article without word", and a
        // phrase or a prefix says exactly what the user wants.
        if (all.total() > 0 || request.browsing() || !config.fallbackEnabled()
                || QueryWords.hasOperators(request.query()) || QueryWords.plainWordCount(request.query()) < 2) {
            return all;
        }
        SearchResponse most = run(request, BooleanOperator.OR);
        return new SearchResponse(most.total(), all.tookMs() + most.tookMs(), most.hits());
    }

    private SearchResponse run(SearchRequest request, BooleanOperator operator) {
        SearchResult<ArticleHit> result = session.search(Article.class)
                .select(ArticleHit.class)
                .where((f, root) -> {
                    root.add(request.browsing() ? f.matchAll() : ranked(f, request.query(), operator));
                    // The same text under several URLs shows once, as its original.
                    root.add(f.not(f.exists().field("duplicateOf")));
                    filter(f, request.filters()).forEach(root::add);
                })
                .sort(f -> switch (request.order()) {
                    case NEWEST -> f.field("publishedAt").desc().missing().last().then().score();
                    case OLDEST -> f.field("publishedAt").asc().missing().last().then().score();
                    case RELEVANCE -> f.score().then().field("publishedAt").desc().missing().last();
                })
                // The engines accept the HTML encoder only on the query-wide highlighter; named ones refine it.
                .highlighter(h -> h.unified().encoder(HighlighterEncoder.HTML).tag(MARK_OPEN, MARK_CLOSE))
                .highlighter(TITLE_HIGHLIGHTER, h -> h.unified().numberOfFragments(0))
                .highlighter(BODY_HIGHLIGHTER, h -> h.unified().fragmentSize(160).numberOfFragments(3))
                .fetch(request.offset(), request.size());
        List<SearchResponse.Hit> hits = result.hits().stream().map(ArticleHit::toHit).toList();
        return new SearchResponse(result.total().hitCount(), result.took().toMillis(), hits);
    }

    /** One clause per filtered field: any of its values (OR), all fields together (AND). */
    private static List<PredicateFinalStep> filter(SearchPredicateFactory f, SearchFilters filters) {
        List<PredicateFinalStep> clauses = new ArrayList<>();
        filters.terms().forEach((field, values) -> clauses.add(f.terms().field(field).matchingAny(values)));
        if (filters.from() != null || filters.to() != null) {
            clauses.add(f.range().field("publishedAt").between(filters.fromInstant(), RangeBoundInclusion.INCLUDED,
                    filters.untilInstant(), RangeBoundInclusion.EXCLUDED));
        }
        return clauses;
    }

    /** The matching words, scored higher where consecutive words of the query stand close together. */
    private PredicateFinalStep ranked(SearchPredicateFactory f, String query, BooleanOperator operator) {
        List<String> pairs = QueryWords.pairs(query);
        if (pairs.isEmpty() || config.proximityBoost() <= 0) {
            return words(f, query, operator);
        }
        var bool = f.bool().must(words(f, query, operator));
        for (String pair : pairs) {
            bool.should(f.phrase().field("title").field("body").matching(pair).slop(QueryWords.SLOP)
                    .boost(config.proximityBoost()));
        }
        return bool;
    }

    /**
     * The words, all of them ({@code AND}) or enough of them ({@code OR} with the configured share), each anywhere in
     * the article. Simple query syntax never fails on malformed input: stray quotes or operators degrade to plain
     * words.
     */
    private PredicateFinalStep words(SearchPredicateFactory f, String query, BooleanOperator operator) {
        var words = f.simpleQueryString()
                .field("title").boost(config.titleBoost())
                .field("summary").boost(config.summaryBoost())
                .field("body")
                .matching(query)
                .defaultOperator(operator);
        if (operator == BooleanOperator.OR && config.fallbackMinimumShouldMatchPercent() > 0) {
            words.minimumShouldMatchPercent(config.fallbackMinimumShouldMatchPercent());
        }
        return words.flags(SimpleQueryFlag.AND, SimpleQueryFlag.OR, SimpleQueryFlag.NOT, SimpleQueryFlag.PHRASE,
                        SimpleQueryFlag.PREFIX, SimpleQueryFlag.PRECEDENCE, SimpleQueryFlag.WHITESPACE);
    }
}
