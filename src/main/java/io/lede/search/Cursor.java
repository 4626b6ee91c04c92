package io.lede.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

import io.lede.api.ApiException;

/**
 * Where the next page starts: the sort values of the last hit (the engine's {@code search_after}, ending with the
 * article id so that ties never skip or repeat a hit) and which part of the result list it is in, so that every
 * page reads the same list. Opaque to clients: URL-safe Base64 of a small JSON object.
 *
 * @param match the part of the list: the full matches ({@link Match#ALL} or {@link Match#TYPOS}), or the partial
 *        ones that follow them ({@link Match#SOME})
 * @param fullMatch how the full matches before the partial ones matched
 */
record Cursor(Match match, Match fullMatch, JsonArray after) {

    String encode() {
        JsonObject json = new JsonObject();
        json.addProperty("m", match.name());
        json.addProperty("f", fullMatch.name());
        json.add("a", after);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a client sent back, or null; 400 on anything Lede did not write. */
    static Cursor decode(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            JsonObject json = JsonParser.parseString(new String(Base64.getUrlDecoder().decode(raw.strip()),
                    StandardCharsets.UTF_8)).getAsJsonObject();
            JsonArray after = json.getAsJsonArray("a");
            if (after == null || after.isEmpty() || after.size() > 3) {
                throw invalid();
            }
            // Sort values are numbers and strings; anything else (a null, an object) the engine fails on with a 500.
            for (var value : after) {
                if (!value.isJsonPrimitive() || value.getAsJsonPrimitive().isBoolean()) {
                    throw invalid();
                }
            }
            Match fullMatch = Match.valueOf(json.get("f").getAsString());
            if (fullMatch == Match.SOME) {
                throw invalid();
            }
            return new Cursor(Match.valueOf(json.get("m").getAsString()), fullMatch, after);
        } catch (IllegalArgumentException | IllegalStateException | JsonParseException | NullPointerException
                | ClassCastException | UnsupportedOperationException e) {
            throw invalid();
        }
    }

    private static ApiException invalid() {
        return ApiException.invalid("cursor", "is not a cursor this service returned; use nextCursor as it came");
    }
}
