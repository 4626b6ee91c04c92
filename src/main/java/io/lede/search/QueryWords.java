package io.lede.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the ranking needs to know about a query's text beyond what the engine parses: its plain words, whether it
 * uses operators, and pairs of consecutive words to reward articles where they stand close together ("interest rate
 * rise" is about rates rising when the words are near one another, not when each appears somewhere in a long text).
 */
final class QueryWords {

    /**
     * How far the two words of a pair may move to match: up to two words between them in order, or next to each
     * other reversed.
     */
    static final int SLOP = 3;
    /** Long questions would otherwise add dozens of clauses. */
    private static final int MAX_PAIRS = 16;
    /**
     * Characters of all paired words together: a "word" of CJK text is analysed into one term per character, and
     * the phrase clauses must stay well inside the engine's limit of 1024 clauses a query.
     */
    private static final int MAX_PAIRED_CHARACTERS = 160;
    private static final int MAX_WORD_LENGTH = 20;
    private static final Pattern TOKEN = Pattern.compile("\"[^\"]*\"?|\\S+");
    private static final Pattern PLAIN_WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.-]*");
    /** Simple query syntax: -exclude, +require, a | b, "phrase", (group), prefix*, word~fuzziness. */
    private static final Pattern OPERATOR = Pattern.compile("(^|\\s)[-+]|[|\"()*~]");

    private QueryWords() {
    }

    static boolean hasOperators(String query) {
        return OPERATOR.matcher(query).find();
    }

    static int plainWordCount(String query) {
        int count = 0;
        Matcher token = TOKEN.matcher(query);
        while (token.find()) {
            if (PLAIN_WORD.matcher(token.group()).matches()) {
                count++;
            }
        }
        return count;
    }

    /** Consecutive plain words, lower-cased; operators, phrases and prefixes break the chain. */
    static List<String> pairs(String query) {
        List<String> pairs = new ArrayList<>();
        String previous = null;
        int characters = 0;
        Matcher token = TOKEN.matcher(query);
        while (token.find() && pairs.size() < MAX_PAIRS) {
            String word = token.group();
            boolean plain = PLAIN_WORD.matcher(word).matches() && word.length() <= MAX_WORD_LENGTH;
            if (plain && previous != null) {
                characters += previous.length() + word.length();
                if (characters > MAX_PAIRED_CHARACTERS) {
                    break;
                }
                pairs.add(previous + " " + word.toLowerCase(Locale.ROOT));
            }
            previous = plain ? word.toLowerCase(Locale.ROOT) : null;
        }
        return pairs;
    }
}
