package io.lede.search;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.hibernate.search.backend.elasticsearch.search.projection.dsl.ElasticsearchSearchProjectionFactory;
import org.hibernate.search.backend.elasticsearch.search.query.dsl.ElasticsearchSearchQueryOptionsStep;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;

import io.lede.search.analysis.TextField;
import io.lede.search.analysis.TextLanguage;

/** What a hit reads from the index: stored fields, score, highlights and the sort values a cursor continues from. */
final class HitProjection {

    /** Sorted on last, so that hits with equal scores and dates keep one order from page to page. */
    static final String TIE_BREAKER = "sortId";
    private static final String TITLE_HIGHLIGHTER = "title";
    private static final String BODY_HIGHLIGHTER = "body";

    private HitProjection() {
    }

    /** @param sortValues this hit's sort values, as {@code search_after} takes them */
    record Row(SearchResponse.Hit hit, JsonArray sortValues) {
    }

    static ProjectionFinalStep<Row> create(ElasticsearchSearchProjectionFactory<?, ?, ?> f, Highlighting highlighting) {
        return f.composite()
                .from(f.id(UUID.class).toProjection(),
                        f.field("externalId", String.class).toProjection(),
                        f.field("title", String.class).toProjection(),
                        f.field("url", String.class).toProjection(),
                        f.field("source", String.class).toProjection(),
                        f.field("language", String.class).toProjection(),
                        f.field("publishedAt", Instant.class).toProjection(),
                        f.score().toProjection(),
                        highlights(f, TextField.TITLE, TITLE_HIGHLIGHTER),
                        highlighting.fragments() == 0 ? f.constant(List.<String>of()).toProjection()
                                : highlights(f, TextField.BODY, BODY_HIGHLIGHTER),
                        f.jsonHit().toProjection(),
                        duplicates(f))
                .asArray(values -> {
                    float score = (Float) values[7];
                    @SuppressWarnings("unchecked")
                    var highlights = new SearchResponse.Highlights((List<String>) values[8],
                            (List<String>) values[9]);
                    var hit = new SearchResponse.Hit((UUID) values[0], (String) values[1], (String) values[2],
                            (String) values[3], (String) values[4], (String) values[5], (Instant) values[6],
                            Float.isNaN(score) ? 0 : score, true, highlights,
                            (List<SearchResponse.Duplicate>) values[11]);
                    return new Row(hit, ((JsonObject) values[10]).getAsJsonArray("sort"));
                });
    }

    /** The other addresses of the hit's text, from its document ({@link DuplicatesBinder}). */
    private static SearchProjection<List<SearchResponse.Duplicate>> duplicates(
            ElasticsearchSearchProjectionFactory<?, ?, ?> f) {
        String path = DuplicatesBinder.DUPLICATES + ".";
        return f.object(DuplicatesBinder.DUPLICATES)
                .from(f.field(path + "id", String.class), f.field(path + "url", String.class),
                        f.field(path + "source", String.class), f.field(path + "title", String.class))
                .asArray(values -> new SearchResponse.Duplicate(UUID.fromString((String) values[0]),
                        (String) values[1], (String) values[2], (String) values[3]))
                .list()
                .toProjection();
    }

    /**
     * The text's highlights from whichever language's field holds it (an article fills only its own language's):
     * the first that has any.
     */
    private static SearchProjection<List<String>> highlights(ElasticsearchSearchProjectionFactory<?, ?, ?> f, TextField text,
            String highlighter) {
        SearchProjection<?>[] perLanguage = Arrays.stream(TextLanguage.values())
                .map(language -> f.highlight(text.path(language)).highlighter(highlighter).toProjection())
                .toArray(SearchProjection<?>[]::new);
        return f.composite().from(perLanguage).asList(lists -> lists.stream()
                .map(list -> (List<?>) list)
                .filter(list -> !list.isEmpty())
                .findFirst()
                .map(list -> list.stream().map(String.class::cast).toList())
                .orElse(List.of()))
                .toProjection();
    }

    static void highlighters(ElasticsearchSearchQueryOptionsStep<?, ?, ?> query, Highlighting highlighting) {
        // The engines accept the HTML encoder only on the query-wide highlighter; named ones refine it.
        query.highlighter(h -> h.unified().encoder(HighlighterEncoder.HTML)
                        .tag(highlighting.preTag(), highlighting.postTag()))
                .highlighter(TITLE_HIGHLIGHTER, h -> h.unified().numberOfFragments(0))
                // Without a match, the opening of the body stands in, so every hit shows some text.
                .highlighter(BODY_HIGHLIGHTER, h -> h.unified()
                        .fragmentSize(highlighting.fragmentSize())
                        .numberOfFragments(Math.max(1, highlighting.fragments()))
                        .noMatchSize(highlighting.fragmentSize()));
    }
}
