package io.lede.suggest;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import io.lede.article.Article;

/**
 * Declares the article index's completion field and fills it from each article (see {@link SuggestionInputs} for
 * what goes in). The engine keeps a completion field in an in-memory automaton built for prefix lookups, which is
 * what lets a completion answer in a millisecond or two however large the archive.
 * <p>
 * Each kind of input is one entry with its kind as a category context, so that a request can ask for each kind
 * apart. Every entry's weight is the article's publication time (else its ingestion time) in hours: among
 * completions of one kind, those of newer articles come first. Duplicates (articles whose text repeats another's)
 * add their headline and authors, by which search finds their original, and not the names in the text they repeat.
 */
public class SuggestionBinder implements TypeBinder {

    public static final String FIELD = "suggest";
    public static final String CONTEXT = "kind";

    /**
     * The completion field. It keeps {@code max_input_length} characters of each input (the engine's default, 50,
     * would cut headlines short) and returns an input as kept.
     */
    static final String MAPPING = """
            {"type": "completion", "analyzer": "%s", "search_analyzer": "%s",
             "preserve_separators": true, "preserve_position_increments": true, "max_input_length": %d,
             "contexts": [{"name": "%s", "type": "category"}]}"""
            .formatted(SuggestAnalysisConfigurer.ANALYZER, SuggestAnalysisConfigurer.ANALYZER,
                    SuggestionInputs.MAX_INPUT_LENGTH, CONTEXT);

    @Override
    public void bind(TypeBindingContext context) {
        context.dependencies().use("title").use("summary").use("body").use("authors").use("language")
                .use("duplicateOf").use("publishedAt").use("ingestedAt");
        IndexFieldReference<JsonElement> field = context.indexSchemaElement()
                .field(FIELD, f -> f.extension(ElasticsearchExtension.get()).asNative().mapping(MAPPING))
                .multiValued()
                .toReference();
        context.bridge(Article.class, new Bridge(field));
    }

    private record Bridge(IndexFieldReference<JsonElement> field) implements TypeBridge<Article> {

        @Override
        public void write(DocumentElement target, Article article, TypeBridgeWriteContext context) {
            int weight = weight(article.publishedAt != null ? article.publishedAt : article.ingestedAt);
            // Search finds the original by a duplicate's headline and authors, and by nothing else of it: the names
            // in its text are the original's, suggested once already, so its text is not even read for them.
            boolean duplicate = article.duplicateOf != null;
            Map<Kind, List<String>> inputs = SuggestionInputs.of(article.title, duplicate ? null : article.summary,
                    duplicate ? null : article.body, article.authors, article.language);
            if (duplicate) {
                inputs.remove(Kind.NAME);
            }
            inputs.forEach((kind, values) -> target.addValue(field, entry(kind, values, weight)));
        }
    }

    static JsonObject entry(Kind kind, List<String> inputs, int weight) {
        JsonArray input = new JsonArray();
        inputs.forEach(input::add);
        JsonArray kinds = new JsonArray();
        kinds.add(kind.value());
        JsonObject contexts = new JsonObject();
        contexts.add(CONTEXT, kinds);
        JsonObject entry = new JsonObject();
        entry.add("input", input);
        entry.addProperty("weight", weight);
        entry.add("contexts", contexts);
        return entry;
    }

    /** Hours since 1970 (0 before, capped far ahead): newer articles weigh more. */
    static int weight(Instant time) {
        if (time == null) {
            return 0;
        }
        long hours = Duration.between(Instant.EPOCH, time).toHours();
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, hours));
    }
}
