package io.lede.search;

import io.lede.api.ApiException;
import io.lede.api.QueryParams;

/**
 * How hits show where they matched: up to {@code fragments} pieces of the body of about {@code fragmentSize}
 * characters, matched words wrapped in {@code preTag}/{@code postTag}. Article text is always HTML-escaped; the tags
 * are the only markup a response carries.
 *
 * @param fragments body fragments per hit; 0 shows none
 */
public record Highlighting(int fragments, int fragmentSize, String preTag, String postTag) {

    public static final int DEFAULT_FRAGMENTS = 3;
    public static final int MAX_FRAGMENTS = 10;
    public static final int DEFAULT_FRAGMENT_SIZE = 160;
    public static final int MIN_FRAGMENT_SIZE = 20;
    public static final int MAX_FRAGMENT_SIZE = 1000;
    public static final int MAX_TAG_LENGTH = 100;
    public static final Highlighting DEFAULT = new Highlighting(DEFAULT_FRAGMENTS, DEFAULT_FRAGMENT_SIZE, "<mark>",
            "</mark>");

    static Highlighting parse(String fragments, String fragmentSize, String preTag, String postTag) {
        String pre = tag("highlightPreTag", preTag);
        String post = tag("highlightPostTag", postTag);
        // Blank parameters mean the default, as everywhere in the API; but half a custom pair beside half the
        // default one would be mismatched markup.
        if ((pre == null) != (post == null)) {
            throw ApiException.invalid(pre == null ? "highlightPreTag" : "highlightPostTag",
                    "must be given with " + (pre == null ? "highlightPostTag" : "highlightPreTag")
                            + ": custom tags come in pairs");
        }
        return new Highlighting(
                QueryParams.intParam("highlight", fragments, DEFAULT_FRAGMENTS, 0, MAX_FRAGMENTS),
                QueryParams.intParam("fragmentSize", fragmentSize, DEFAULT_FRAGMENT_SIZE, MIN_FRAGMENT_SIZE,
                        MAX_FRAGMENT_SIZE),
                pre == null ? DEFAULT.preTag : pre,
                post == null ? DEFAULT.postTag : post);
    }

    /** The tag given, or null for none. */
    private static String tag(String name, String raw) {
        if (raw == null || raw.isEmpty()) {
            return null;
        }
        if (raw.length() > MAX_TAG_LENGTH) {
            throw ApiException.invalid(name, "must be at most " + MAX_TAG_LENGTH + " characters");
        }
        return raw;
    }
}
