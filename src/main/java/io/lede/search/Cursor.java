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
 *        ones that follow them ({@link Match#SOME}; with no sort values, from their first)
 * @param fullMatch how the full matches before the partial ones matched
 * @param position how many hits of its part come before the next page, so that the page that ends the part says
 *        so instead of pointing at an empty one; {@link #UNKNOWN} in cursors of earlier versions
 * @param list which list it walks ({@link SearchRequest#listKey()}), so that a cursor sent with another query,
 *        filter or sort is refused rather than read against it; null in cursors of earlier versions
 */
record Cursor(Match match, Match fullMatch, JsonArray after, long position, String list) {

    static final long UNKNOWN = -1;

    Cursor(Match match, Match fullMatch, JsonArray after) {
        this(match, fullMatch, after, UNKNOWN, null);
    }

    /** Where the partial matches begin: a page the full matches filled to their end says to go on there. */
    static Cursor startOfPartial(Match fullMatch, String list) {
        return new Cursor(Match.SOME, fullMatch, new JsonArray(), 0, list);
    }

    /** Whether this cursor walks {@code request}'s list (cursors of earlier versions are taken at their word). */
    boolean fits(SearchRequest request) {
        return list == null || list.equals(request.listKey());
    }

    String encode() {
        JsonObject json = new JsonObject();
        json.addProperty("m", match.name());
        json.addProperty("f", fullMatch.name());
        json.add("a", after);
        if (position != UNKNOWN) {
            json.addProperty("n", position);
        }
        if (list != null) {
            json.addProperty("l", list);
        }
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
            Match match = Match.valueOf(json.get("m").getAsString());
            if (after == null || after.isEmpty() && match != Match.SOME || after.size() > 3) {
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
            long position = json.has("n") ? json.get("n").getAsLong() : UNKNOWN;
            if (position < UNKNOWN) {
                throw invalid();
            }
            String list = json.has("l") ? json.get("l").getAsString() : null;
            return new Cursor(match, fullMatch, after, position, list);
        } catch (IllegalArgumentException | IllegalStateException | JsonParseException | NullPointerException
                | ClassCastException | UnsupportedOperationException e) {
            throw invalid();
        }
    }

    private static ApiException invalid() {
        return ApiException.invalid("cursor", "is not a cursor this service returned; use nextCursor as it came");
    }
}
