package io.lede.search;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.mapper.orm.session.SearchSession;

import io.lede.article.Article;
import io.lede.search.analysis.TextField;
import io.lede.search.analysis.TextLanguage;

/**
 * Articles like a given one: the engine's more-like-this over the title and body, which picks the given article's
 * most distinctive words (frequent in it, rare in the archive) and finds the articles that share most of them.
 */
@ApplicationScoped
public class RelatedArticles {

    public static final int DEFAULT_SIZE = 5;
    public static final int MAX_SIZE = 50;
    /** The distinctive words a search uses: enough to describe a story, few enough to stay fast. */
    private static final int MAX_QUERY_TERMS = 25;
    /** Share of those words a related article must have: fewer lets in articles that merely share a topic word. */
    private static final String MINIMUM_SHOULD_MATCH = "30%";

    private final SearchSession session;
    private final IndexedLanguages languages;
    private final SearchConfig config;

    public RelatedArticles(SearchSession session, IndexedLanguages languages, SearchConfig config) {
        this.session = session;
        this.languages = languages;
        this.config = config;
    }

    /**
     * Never the article itself, a duplicate of it (another URL with the same text, which search hides anyway), nor
     * the original it duplicates.
     */
    public List<RelatedArticle> of(Article article, int size) {
        Deadline deadline = Deadline.after(config.timeout());
        JsonObject moreLikeThis = moreLikeThis(article.id, deadline);
        return session.search(Article.class)
                .extension(ElasticsearchExtension.get())
                .select(f -> f.composite()
                        .from(f.id(UUID.class).toProjection(),
                                f.field("title", String.class).toProjection(),
                                f.field("url", String.class).toProjection(),
                                f.field("source", String.class).toProjection(),
                                f.field("publishedAt", Instant.class).toProjection(),
                                f.score().toProjection())
                        .asArray(values -> new RelatedArticle((UUID) values[0], (String) values[1],
                                (String) values[2], (String) values[3], (Instant) values[4], (Float) values[5])))
                .where((f, root) -> {
                    root.add(f.fromJson(moreLikeThis));
                    root.add(f.not(f.exists().field("duplicateOf")));
                    if (article.duplicateOf != null) {
                        root.add(f.not(f.id().matching(article.duplicateOf)));
                    }
                })
                .failAfter(deadline.millisLeft(), TimeUnit.MILLISECONDS)
                .fetchHits(size);
    }

    private JsonObject moreLikeThis(UUID id, Deadline deadline) {
        JsonArray fields = new JsonArray();
        // The article's terms are read as stems only: the index also holds each word as written (for prefixes),
        // and those copies would crowd the distinctive stems out of the query's terms.
        JsonObject analyzers = new JsonObject();
        for (TextLanguage language : languages.get(session, deadline)) {
            for (TextField text : List.of(TextField.TITLE, TextField.BODY)) {
                fields.add(text.path(language));
                analyzers.addProperty(text.path(language), language.termsAnalyzer());
            }
        }
        JsonObject like = new JsonObject();
        like.addProperty("_id", id.toString());
        like.add("per_field_analyzer", analyzers);
        JsonArray likes = new JsonArray();
        likes.add(like);
        JsonObject query = new JsonObject();
        query.add("fields", fields);
        query.add("like", likes);
        query.addProperty("min_term_freq", 1);
        query.addProperty("min_doc_freq", 1);
        query.addProperty("max_query_terms", MAX_QUERY_TERMS);
        query.addProperty("minimum_should_match", MINIMUM_SHOULD_MATCH);
        JsonObject wrapped = new JsonObject();
        wrapped.add("more_like_this", query);
        return wrapped;
    }

    /** An article like the one asked about, built from the index alone. */
    public record RelatedArticle(UUID id, String title, String url, String source, Instant publishedAt,
            float score) {
    }
}
