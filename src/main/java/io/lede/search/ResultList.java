package io.lede.search;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.BiFunction;

import com.google.gson.JsonObject;

import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.backend.elasticsearch.search.query.dsl.ElasticsearchSearchQueryOptionsStep;
import org.hibernate.search.engine.search.predicate.dsl.PredicateFinalStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.search.query.SearchResult;
import org.hibernate.search.mapper.orm.session.SearchSession;
import org.hibernate.search.util.common.SearchException;

import io.lede.article.Article;

/**
 * One request's page of its result list: the full matches of the query, then, when they run out, the partial
 * matches; with paging by cursor, recency and facets.
 */
final class ResultList {

    private final SearchSession session;
    private final SearchConfig config;
    private final WordMatching matching;
    private final SearchRequest request;
    private final Deadline deadline;
    private final TransformedQueries transformed;

    ResultList(SearchSession session, SearchConfig config, WordMatching matching, SearchRequest request,
            Deadline deadline, TransformedQueries transformed) {
        this.session = session;
        this.config = config;
        this.matching = matching;
        this.request = request;
        this.deadline = deadline;
        this.transformed = transformed;
    }

    /**
     * The result list of a query: the articles with every word as written, ranked; when none has them all, those
     * with every word allowing typos. When few of these exist (below {@code lede.search.fallback-threshold}), the
     * articles with some of the words follow them (most and rarest first), as people typing a question expect
     * rather than a short or empty list. Whether they follow depends on the query only, so every page of a list,
     * whatever its size, gives one total and the same facets. A cursor continues the part of that list its page
     * ended in, and from the last full match into the partial ones.
     */
    SearchResponse page() {
        if (request.browsing()) {
            return fetch(request, Match.ALL, Match.ALL, (f, query) -> f.matchAll(), Slice.of(request), true);
        }
        Cursor cursor = request.cursor();
        if (cursor != null && cursor.match() == Match.SOME) {
            return withPartial(cursor.fullMatch(), null, total(predicate(cursor.fullMatch())), null);
        }
        if (cursor != null) {
            SearchResponse full = fetch(request, cursor.match(), cursor.match(), predicate(cursor.match()),
                    Slice.of(request), true);
            return followedByPartial(full.total()) ? withPartial(cursor.match(), full, full.total(), null) : full;
        }
        SearchResponse all = fetch(request, Match.ALL, Match.ALL, predicate(Match.ALL), Slice.of(request), true);
        SearchResponse full = all;
        String didYouMean = null;
        if (all.total().value() == 0 && WordMatching.typosCanHelp(request.query())) {
            // Nothing has every word as written. Whether typos are tolerated or not, the response says what a
            // corrected spelling finds.
            Optional<SearchResponse> corrected = withTypos(request.typos() ? request.withBodyFragments()
                    : request.firstPageOnly());
            didYouMean = corrected.flatMap(response -> DidYouMean.correct(request.query(), highlighted(response),
                    duplicateHeadlines(response), request.highlighting().preTag(), request.highlighting().postTag()))
                    .orElse(null);
            if (request.highlighting().fragments() == 0) {
                corrected = corrected.map(SearchResponse::withoutBodyFragments);
            }
            full = request.typos() ? corrected.orElse(all) : all;
        }
        if (!followedByPartial(full.total())) {
            return withFacets(full).withDidYouMean(didYouMean);
        }
        return withPartial(full.matched(), full, full.total(), didYouMean);
    }

    /**
     * Partial matches follow the full ones when those are few, and the query is plain words: under OR, "-word"
     * would turn into "every article without word", and a phrase or a prefix says exactly what the user wants.
     */
    private boolean followedByPartial(SearchResponse.Total fullTotal) {
        return config.fallbackEnabled() && fullTotal.relation().equals("eq")
                && fullTotal.value() < config.fallbackThreshold()
                && !QueryWords.hasOperators(request.query()) && QueryWords.plainWordCount(request.query()) >= 2;
    }

    /**
     * A page of the list of full matches of kind {@code fullMatch} followed by partial matches: {@code full}'s
     * hits (none after a cursor) then partial ones, total and facets counting both.
     */
    private SearchResponse withPartial(Match fullMatch, SearchResponse full, SearchResponse.Total fullTotal,
            String didYouMean) {
        List<SearchResponse.Hit> fullHits = full == null ? List.of() : full.hits();
        // Partial matches start where the full ones end: after the cursor's hit when it is a partial one, at the
        // top of their list after a cursor among the full ones, else as far down as the page number says.
        Cursor cursor = request.cursor();
        Slice slice = cursor != null && cursor.match() == Match.SOME ? Slice.of(request)
                : new Slice(cursor != null ? 0 : (int) Math.max(0, request.offset() - fullTotal.value()),
                        request.size() - fullHits.size(), null);
        Words some = predicate(Match.SOME);
        SearchResponse partial = fetch(request, Match.SOME, fullMatch, (f, query) -> f.bool()
                .must(some.apply(f, query)).mustNot(matching.selecting(f, query, fullMatch)), slice, false);
        if (partial.total().value() == 0 && full != null) {
            return withFacets(full).withDidYouMean(didYouMean);
        }
        List<SearchResponse.Hit> hits = new ArrayList<>(fullHits);
        partial.hits().forEach(hit -> hits.add(hit.partial()));
        boolean exact = partial.total().relation().equals("eq");
        long total = fullTotal.value() + partial.total().value();
        long tookMs = (full == null ? 0 : full.tookMs()) + partial.tookMs();
        // A page the full matches fill continues with them, or, where they end on it, at the top of the partial ones.
        String nextCursor = fullHits.size() < request.size() ? partial.nextCursor()
                : full.nextCursor() != null ? full.nextCursor() : Cursor.startOfPartial(fullMatch, request.listKey()).encode();
        return new SearchResponse(SearchResponse.Total.of(exact ? total : Math.min(total, SearchRequest.MAX_WINDOW),
                exact), tookMs, Match.SOME, didYouMean, nextCursor, hits, facets(some, null));
    }

    /** {@code full} with its facets: counted along with it, else now (a typo probe counts none). */
    private SearchResponse withFacets(SearchResponse full) {
        return full.facets() != null ? full : full.withFacets(facets(predicate(full.matched()), null));
    }

    /** The typo-tolerant list, when it finds anything; a query too large to expand this way just skips it. */
    private Optional<SearchResponse> withTypos(SearchRequest request) {
        try {
            SearchResponse response = fetch(request, Match.TYPOS, Match.TYPOS, predicate(Match.TYPOS), Slice.of(request),
                    request.typos());
            return response.total().value() > 0 ? Optional.of(response) : Optional.empty();
        } catch (SearchException e) {
            if (ArticleSearch.isTooManyClauses(e)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    /** How a query's words select articles, for one part of the result list. */
    private interface Words extends BiFunction<SearchPredicateFactory, String, PredicateFinalStep> {
    }

    private Words predicate(Match match) {
        return (f, query) -> matching.scoring(f, query, match);
    }

    /** Which hits of a list a page shows: from an offset, or after a cursor's position. */
    private record Slice(int offset, int size, Cursor after) {

        static Slice of(SearchRequest request) {
            return request.cursor() != null ? new Slice(0, request.size(), request.cursor())
                    : new Slice(request.offset(), request.size(), null);
        }
    }

    private SearchResponse fetch(SearchRequest request, Match match, Match fullMatch, Words words, Slice slice,
            boolean withFacets) {
        boolean ranked = !request.browsing() && request.order() == SearchRequest.Sort.RELEVANCE;
        var query = session.search(Article.class)
                .extension(ElasticsearchExtension.get())
                .select(f -> HitProjection.create(f, request.highlighting()))
                .where((f, root) -> {
                    root.add(words.apply(f, request.query()));
                    visible(f).forEach(root::add);
                    SearchFilterPredicates.of(f, request.filters()).forEach(root::add);
                })
                .sort(f -> switch (request.order()) {
                    case NEWEST -> f.field("publishedAt").desc().missing().last().then().score()
                            .then().field(HitProjection.TIE_BREAKER).asc();
                    case OLDEST -> f.field("publishedAt").asc().missing().last().then().score()
                            .then().field(HitProjection.TIE_BREAKER).asc();
                    case RELEVANCE -> f.score().then().field("publishedAt").desc().missing().last()
                            .then().field(HitProjection.TIE_BREAKER).asc();
                })
                .totalHitCountThreshold(SearchRequest.MAX_WINDOW)
                .failAfter(deadline.millisLeft(), TimeUnit.MILLISECONDS)
                .requestTransformer(context -> {
                    JsonObject body = context.body();
                    if (ranked) {
                        body.add("query", request.recency().apply(body.getAsJsonObject("query"), "publishedAt"));
                    }
                    if (slice.after() != null && !slice.after().after().isEmpty()) {
                        body.add("search_after", slice.after().after());
                    }
                });
        HitProjection.highlighters(query, request.highlighting());
        Set<Facet> alongside = withFacets ? unfiltered() : Set.of();
        FacetAggregations.request(query, alongside, config.facetSize());
        SearchResult<HitProjection.Row> result = transformed.list(deadline,
                () -> query.fetch(slice.offset(), slice.size()));

        List<SearchResponse.Hit> hits = result.hits().stream().map(HitProjection.Row::hit).toList();
        String nextCursor = null;
        // Hits of this part before this page's: known from the page number, or carried by the cursor.
        long before = slice.after() == null ? slice.offset() : slice.after().position();
        if (!hits.isEmpty() && hits.size() == slice.size() && (before == Cursor.UNKNOWN
                || !result.total().isHitCountExact() || before + hits.size() < result.total().hitCountLowerBound())) {
            nextCursor = new Cursor(match, fullMatch, result.hits().get(hits.size() - 1).sortValues(),
                    before == Cursor.UNKNOWN ? Cursor.UNKNOWN : before + hits.size(), request.listKey()).encode();
        }
        FacetCounts facets = withFacets ? facets(words, result) : null;
        return new SearchResponse(SearchResponse.Total.of(result.total().hitCountLowerBound(),
                result.total().isHitCountExact()), result.took().toMillis(), match, null, nextCursor, hits, facets);
    }

    /**
     * The facet counts for the articles {@code words} select. Facets without a filter of their own are counted
     * in one query ({@code alongside}, when the hits' query already did); each facet whose property is filtered is
     * counted by a query of its own, without that filter.
     */
    private FacetCounts facets(Words words, SearchResult<?> alongside) {
        if (request.facets().isEmpty()) {
            return null;
        }
        Set<Facet> unfiltered = unfiltered();
        SearchResult<?> together = alongside != null || unfiltered.isEmpty() ? alongside
                : countOnly(words, unfiltered, request.filters());
        return FacetAggregations.read(request.facets(), facet -> unfiltered.contains(facet) ? together
                : countOnly(words, EnumSet.of(facet), request.filters().without(facet)));
    }

    private Set<Facet> unfiltered() {
        Set<Facet> facets = EnumSet.noneOf(Facet.class);
        request.facets().stream().filter(facet -> !request.filters().restricts(facet)).forEach(facets::add);
        return facets;
    }

    /** How many articles {@code words} select under the request's filters (exact up to the window). */
    private SearchResponse.Total total(Words words) {
        SearchResult<?> result = session.search(Article.class)
                .where((f, root) -> {
                    root.add(words.apply(f, request.query()));
                    visible(f).forEach(root::add);
                    SearchFilterPredicates.of(f, request.filters()).forEach(root::add);
                })
                .totalHitCountThreshold(SearchRequest.MAX_WINDOW)
                .failAfter(deadline.millisLeft(), TimeUnit.MILLISECONDS)
                .fetch(0);
        return SearchResponse.Total.of(result.total().hitCountLowerBound(), result.total().isHitCountExact());
    }

    private SearchResult<?> countOnly(Words words, Set<Facet> facets, SearchFilters filters) {
        ElasticsearchSearchQueryOptionsStep<?, ?, ?> query = session.search(Article.class)
                .extension(ElasticsearchExtension.get())
                .where((f, root) -> {
                    root.add(words.apply(f, request.query()));
                    visible(f).forEach(root::add);
                    SearchFilterPredicates.of(f, filters).forEach(root::add);
                });
        FacetAggregations.request(query, facets, config.facetSize());
        return query.failAfter(deadline.millisLeft(), TimeUnit.MILLISECONDS).fetch(0);
    }

    /** The same text under several URLs shows once, as its original. */
    private static List<PredicateFinalStep> visible(SearchPredicateFactory f) {
        return List.of(f.not(f.exists().field("duplicateOf")));
    }

    /** Headlines a hit is found by without their being highlighted: its duplicates' (DuplicatesBinder). */
    private static List<String> duplicateHeadlines(SearchResponse response) {
        return response.hits().stream().flatMap(hit -> hit.duplicates().stream())
                .map(SearchResponse.Duplicate::title).filter(Objects::nonNull).toList();
    }

    private static List<String> highlighted(SearchResponse response) {
        List<String> fragments = new ArrayList<>();
        for (SearchResponse.Hit hit : response.hits()) {
            fragments.addAll(hit.highlights().title());
            fragments.addAll(hit.highlights().body());
        }
        return fragments;
    }
}
