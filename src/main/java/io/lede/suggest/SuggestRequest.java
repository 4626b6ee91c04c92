package io.lede.suggest;

import io.lede.api.ApiException;
import io.lede.api.QueryParams;

/**
 * A validated completion request.
 *
 * @param query what the user has typed so far, stripped, control characters as spaces
 * @param size how many completions at most
 */
public record SuggestRequest(String query, int size) {

    public static final int DEFAULT_SIZE = 10;
    public static final int MAX_SIZE = 10;
    /** The beginning of a search, not a document; and no completion is longer. */
    public static final int MAX_QUERY_LENGTH = SuggestionInputs.MAX_INPUT_LENGTH;

    /** Parses raw query parameters, answering 400 with the parameter and the reason for bad values. */
    public static SuggestRequest parse(String q, String size) {
        String query = SuggestionInputs.clean(q);
        if (query.isEmpty()) {
            throw ApiException.invalid("q", "is required: the beginning of a word or phrase to complete");
        }
        if (query.length() > MAX_QUERY_LENGTH) {
            throw ApiException.invalid("q", "must be at most " + MAX_QUERY_LENGTH + " characters");
        }
        return new SuggestRequest(query, QueryParams.intParam("size", size, DEFAULT_SIZE, 1, MAX_SIZE));
    }

    /** Punctuation alone ("(", "--") has nothing to complete: the analyzer would leave an empty prefix. */
    public boolean hasWords() {
        return query.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
