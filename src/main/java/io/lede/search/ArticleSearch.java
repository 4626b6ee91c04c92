package io.lede.search;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import jakarta.enterprise.context.ApplicationScoped;

import com.google.gson.JsonObject;

import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.elasticsearch.search.query.dsl.ElasticsearchSearchQueryOptionsStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;
import org.hibernate.search.util.common.SearchTimeoutException;

import io.lede.api.ApiException;
import io.lede.article.Article;
import io.lede.metrics.MeteredSearch;

/**
 * Runs a {@link SearchRequest}; the one entry point of search. The result list is {@link ResultList}'s, how words
 * match {@link WordMatching}'s, what a hit shows {@link HitProjection}'s.
 */
@ApplicationScoped
public class ArticleSearch {

    private final SearchSession session;
    private final SearchConfig config;
    private final IndexedLanguages languages;
    private final TransformedQueries transformed;

    public ArticleSearch(SearchSession session, SearchConfig config, IndexedLanguages languages,
            TransformedQueries transformed) {
        this.session = session;
        this.config = config;
        this.languages = languages;
        this.transformed = transformed;
    }

    @MeteredSearch
    public SearchResponse search(SearchRequest request) {
        try {
            Deadline deadline = Deadline.after(config.timeout());
            WordMatching matching = new WordMatching(config, languages.get(session, deadline));
            return new ResultList(session, config, matching, request, deadline, transformed).page();
        } catch (SearchException e) {
            throw refusedQuery(e).orElseThrow(() -> e);
        }
    }

    /**
     * The engine refuses some queries a client can write, such as hundreds of distinct CJK characters (each one a
     * term in every language's fields, past the engine's clause limit), or a cursor from another query. That is a
     * 400, not an outage.
     */
    private static Optional<ApiException> refusedQuery(SearchException e) {
        if (e instanceof SearchTimeoutException) {
            // Its message quotes the whole request, cursor included: read nothing into it.
            return Optional.empty();
        }
        String message = String.valueOf(e.getMessage());
        if (isTooManyClauses(e)) {
            return Optional.of(ApiException.invalid("q", "has too many distinct terms; use fewer words"));
        }
        if (message.contains("search_after")) {
            return Optional.of(ApiException.invalid("cursor", "does not fit this query and sort; start again "
                    + "without a cursor"));
        }
        if (message.contains("Response: 400")) {
            return Optional.of(ApiException.invalid("q", "the search engine could not run this query"));
        }
        return Optional.empty();
    }

    /** Not a timeout, whatever its message says: that quotes the whole request, query words included. */
    static boolean isTooManyClauses(SearchException e) {
        if (e instanceof SearchTimeoutException) {
            return false;
        }
        String message = String.valueOf(e.getMessage());
        return message.contains("too_many_clauses") || message.contains("maxClauseCount")
                || message.contains("too_many_nested_clauses");
    }
}
