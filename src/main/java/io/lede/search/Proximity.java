package io.lede.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Pairs of consecutive plain words of a query, to reward articles where they stand close together: "interest rate
 * rise" is about rates rising when the words are near one another, not when each appears somewhere in a long text.
 */
final class Proximity {

    /** How many positions apart the two words of a pair may be, in either order. */
    static final int SLOP = 3;
    /** Long questions would otherwise add dozens of clauses. */
    private static final int MAX_PAIRS = 16;
    /** Plain words only: operators, phrases and prefixes already say what the user wants. */
    private static final Pattern TOKEN = Pattern.compile("\"[^\"]*\"?|\\S+");
    private static final Pattern PLAIN_WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");

    private Proximity() {
    }

    static List<String> pairs(String query) {
        List<String> pairs = new ArrayList<>();
        String previous = null;
        Matcher token = TOKEN.matcher(query);
        while (token.find() && pairs.size() < MAX_PAIRS) {
            String word = token.group();
            boolean plain = PLAIN_WORD.matcher(word).matches() && !word.equals("OR") && !word.equals("AND");
            if (plain && previous != null) {
                pairs.add(previous + " " + word.toLowerCase(Locale.ROOT));
            }
            previous = plain ? word.toLowerCase(Locale.ROOT) : null;
        }
        return pairs;
    }
}
