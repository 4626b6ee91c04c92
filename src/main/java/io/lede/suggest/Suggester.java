package io.lede.suggest;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.search.backend.elasticsearch.ElasticsearchExtension;
import org.hibernate.search.mapper.orm.session.SearchSession;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import io.lede.article.Article;
import io.lede.search.SearchConfig;
import io.lede.search.TransformedQueries;

/**
 * Asks the index's completion field for what completes a prefix: one completion suggester per {@link Kind} in a
 * single request, answered from the engine's in-memory automaton without running a query over the articles.
 * <p>
 * The kinds take turns in the answer ({@link Kind#TURNS}), so that names, headline phrases, authors and headlines
 * all get a place when each has completions; a kind with fewer leaves its places to the others. Completions that
 * differ only in case or accents, whichever kind they come from, are given once.
 */
@ApplicationScoped
public class Suggester {

    /** Completions asked per kind beyond the size, to make up for those given once across kinds. */
    private static final int SLACK = 5;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final SearchSession session;
    private final SearchConfig config;
    private final TransformedQueries transformed;

    public Suggester(SearchSession session, SearchConfig config, TransformedQueries transformed) {
        this.session = session;
        this.config = config;
        this.transformed = transformed;
    }

    public SuggestResponse suggest(SuggestRequest request) {
        if (!request.hasWords()) {
            return new SuggestResponse(request.query(), List.of());
        }
        JsonObject suggesters = request(request.query(), request.size() + SLACK);
        var query = session.search(Article.class)
                .extension(ElasticsearchExtension.get())
                .select(f -> f.id())
                .where(f -> f.matchNone())
                .requestTransformer(context -> {
                    context.body().add("suggest", suggesters);
                    context.body().addProperty("_source", false);
                })
                .failAfter(config.timeout().toMillis(), TimeUnit.MILLISECONDS);
        JsonObject response = transformed.suggestion(config.timeout(), () -> query.fetch(0)).responseBody();
        return new SuggestResponse(request.query(), merge(options(response), request.size()));
    }

    /** The {@code suggest} part of a search request: one completion suggester per kind, each named after it. */
    static JsonObject request(String prefix, int size) {
        JsonObject suggesters = new JsonObject();
        for (Kind kind : Kind.TURNS) {
            JsonObject contexts = new JsonObject();
            JsonObject completion = new JsonObject();
            completion.addProperty("field", SuggestionBinder.FIELD);
            completion.addProperty("size", size);
            completion.addProperty("skip_duplicates", true);
            contexts.add(SuggestionBinder.CONTEXT, kindList(kind));
            completion.add("contexts", contexts);
            JsonObject suggester = new JsonObject();
            suggester.addProperty("prefix", prefix);
            suggester.add("completion", completion);
            suggesters.add(kind.value(), suggester);
        }
        return suggesters;
    }

    private static JsonArray kindList(Kind kind) {
        JsonArray kinds = new JsonArray();
        kinds.add(kind.value());
        return kinds;
    }

    /** The texts each suggester returned, best first. */
    static Map<Kind, List<String>> options(JsonObject response) {
        Map<Kind, List<String>> options = new EnumMap<>(Kind.class);
        JsonObject suggest = response.getAsJsonObject("suggest");
        for (Kind kind : Kind.TURNS) {
            List<String> texts = new ArrayList<>();
            if (suggest != null && suggest.has(kind.value())) {
                for (JsonElement entry : suggest.getAsJsonArray(kind.value())) {
                    for (JsonElement option : entry.getAsJsonObject().getAsJsonArray("options")) {
                        texts.add(option.getAsJsonObject().get("text").getAsString());
                    }
                }
            }
            options.put(kind, texts);
        }
        return options;
    }

    /** The kinds in turns, each text once (case and accents aside), at most {@code size}. */
    static List<SuggestResponse.Suggestion> merge(Map<Kind, List<String>> options, int size) {
        List<SuggestResponse.Suggestion> merged = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<Kind, Iterator<String>> turns = new EnumMap<>(Kind.class);
        for (Kind kind : Kind.TURNS) {
            turns.put(kind, options.getOrDefault(kind, List.of()).iterator());
        }
        boolean progress = true;
        while (merged.size() < size && progress) {
            progress = false;
            for (Kind kind : Kind.TURNS) {
                Iterator<String> texts = turns.get(kind);
                while (texts.hasNext() && merged.size() < size) {
                    String text = texts.next();
                    if (seen.add(key(text))) {
                        merged.add(new SuggestResponse.Suggestion(text, kind));
                        progress = true;
                        break;
                    }
                }
            }
        }
        return merged;
    }

    /** Equal for texts that differ only in case, accents or spacing. */
    static String key(String text) {
        String folded = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return String.join(" ", folded.toLowerCase(Locale.ROOT).split("\\s+"));
    }
}
