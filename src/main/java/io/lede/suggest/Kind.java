package io.lede.suggest;

import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * What a completion is. Each kind is a category context of the one completion field, so one request asks for each
 * kind separately and the answer can mix them.
 */
public enum Kind {
    /** A person, place or organisation named in an article's text (a run of capitalised words). */
    NAME,
    /** A byline name. */
    AUTHOR,
    /** A few consecutive words of a headline, from any word onward ("ceasefire talks" in "Gaza ceasefire talks …"). */
    PHRASE,
    /** A whole headline. */
    TITLE;

    /** The order in which kinds take turns in an answer: names first, whole headlines last. */
    static final Kind[] TURNS = {NAME, PHRASE, AUTHOR, TITLE};

    /** The name in JSON and in the index's context values. */
    @JsonValue
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
