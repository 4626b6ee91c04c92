package io.lede.search;

import java.util.Locale;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import io.lede.api.ApiException;

/**
 * How much a relevance score favours recent news: the score is multiplied by {@code (1 - weight) + weight × decay},
 * where decay halves every {@code halfLifeDays} since publication. An article without a date keeps its whole score
 * (the engines' decay functions give 1 for a missing field): not knowing when it appeared is no reason to bury it.
 */
public enum Recency {
    /** Relevance alone. */
    OFF(0, 1),
    /** A year-old article keeps about 80% of its score: the better match still wins, ties go to the newer. */
    MILD(0.25, 180),
    /** A month-old article keeps about half of its score: for following a story as it develops. */
    STRONG(0.6, 14);

    private final double weight;
    private final int halfLifeDays;

    Recency(double weight, int halfLifeDays) {
        this.weight = weight;
        this.halfLifeDays = halfLifeDays;
    }

    static Recency parse(String raw, Recency defaultValue) {
        if (raw == null || raw.isBlank()) {
            return defaultValue;
        }
        try {
            return valueOf(raw.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("recency", "must be off, mild or strong, got \"" + raw + "\"");
        }
    }

    /** The engine query that applies this recency to {@code query}'s scores ({@code query} itself when off). */
    JsonObject apply(JsonObject query, String dateField) {
        if (this == OFF) {
            return query;
        }
        JsonObject decay = new JsonObject();
        decay.addProperty("origin", "now");
        decay.addProperty("scale", halfLifeDays + "d");
        decay.addProperty("decay", 0.5);
        JsonObject exp = new JsonObject();
        exp.add(dateField, decay);
        JsonObject decayFunction = new JsonObject();
        decayFunction.add("exp", exp);
        decayFunction.addProperty("weight", weight);
        JsonObject constant = new JsonObject();
        constant.addProperty("weight", 1 - weight);
        JsonArray functions = new JsonArray();
        functions.add(constant);
        functions.add(decayFunction);

        JsonObject functionScore = new JsonObject();
        functionScore.add("query", query);
        functionScore.add("functions", functions);
        functionScore.addProperty("score_mode", "sum");
        functionScore.addProperty("boost_mode", "multiply");
        JsonObject wrapped = new JsonObject();
        wrapped.add("function_score", functionScore);
        return wrapped;
    }
}
