package io.lede.suggest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Completions of what the user typed, best first.
 *
 * @param query the text completed (as received, stripped)
 */
public record SuggestResponse(String query, List<Suggestion> suggestions) {

    /**
     * One completion.
     *
     * @param text the whole completion as written in an article, starting with the typed text (case and accents
     *        aside)
     * @param kind what it is
     */
    public record Suggestion(
            @Schema(description = "The completion as written in an article; it begins with the typed text, case and "
                    + "accents aside") String text,
            @Schema(description = "name: a person, place or organisation named in articles; author: a byline; "
                    + "phrase: a few words of a headline; title: a whole headline",
                    enumeration = {"name", "author", "phrase", "title"}) Kind kind) {
    }
}
