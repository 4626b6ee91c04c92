package io.lede.search;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/** How the hits of a query matched its words: a search falls back step by step until something matches. */
public enum Match {
    /** Every word as written (or a synonym, or another form of the same word). */
    ALL,
    /** Every word, some only after correcting a typing slip: nothing had them all as written. */
    TYPOS,
    /** Some of the words, those with most and rarest first: nothing had them all, even corrected. */
    SOME;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
