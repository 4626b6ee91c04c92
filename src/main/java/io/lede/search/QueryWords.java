package io.lede.search;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
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
    /** Simple query syntax: -exclude, +require, a | b, "phrase", (group), prefix*, word~fuzziness; and OR. */
    private static final Pattern OPERATOR = Pattern.compile("(^|\\s)[-+]|[|\"()*~]|(^|\\s)OR(\\s|$)");
    private static final String OR = "OR";
    /**
     * English stop words (the engines' {@code _english_} list): the commonest in queries written as sentences.
     * Other languages' stop words only weaken pairs, which still match.
     */
    private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by",
            "for", "if", "in", "into", "is", "it", "no", "not", "of", "on", "or", "such", "that", "the", "their",
            "then", "there", "these", "they", "this", "to", "was", "will", "with");

    private QueryWords() {
    }

    /**
     * Lucene's and Google's spellings of operators in the engine's syntax: {@code NOT storm} (or {@code !storm})
     * is {@code -storm}, and {@code AND} or {@code &&} between words says what every query means already. In
     * capitals only, as those engines read them: "and" and "not" are words, and so is every word of a query in
     * capitals.
     */
    static String withLuceneOperators(String query) {
        // A query typed all in capitals ("NOT GUILTY VERDICT") writes its words so, operators included or not.
        if (query.codePoints().noneMatch(Character::isLowerCase)) {
            return query;
        }
        List<String> tokens = tokens(query);
        List<String> rewritten = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            boolean between = i > 0 && i < tokens.size() - 1;
            if ((token.equals("AND") || token.equals("&&")) && between) {
                continue;
            }
            if (token.equals("NOT") && i < tokens.size() - 1) {
                rewritten.add("-" + tokens.get(++i));
            } else if (token.length() > 1 && token.startsWith("!")) {
                rewritten.add("-" + token.substring(1));
            } else {
                rewritten.add(token);
            }
        }
        return String.join(" ", rewritten);
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

    /**
     * Consecutive content words, lower-cased, with the stop words between them kept ("models of heated"), so that
     * a pair matches as a phrase where the words stand as in the query. A pair of a word and a stop word would
     * analyse to one word and only score it twice. Operators, phrases, prefixes and punctuation break the chain.
     */
    static List<String> pairs(String query, int maxPairs) {
        int limit = Math.min(maxPairs, MAX_PAIRS);
        List<String> pairs = new ArrayList<>();
        String previous = null;
        List<String> between = new ArrayList<>();
        int characters = 0;
        Matcher token = TOKEN.matcher(query);
        while (token.find() && pairs.size() < limit) {
            String word = token.group().toLowerCase(Locale.ROOT);
            boolean plain = PLAIN_WORD.matcher(word).matches() && word.length() <= MAX_WORD_LENGTH
                    && !token.group().equals(OR);
            if (plain && STOP_WORDS.contains(word)) {
                if (previous != null) {
                    between.add(word);
                }
                continue;
            }
            if (plain && previous != null) {
                String pair = String.join(" ", previous, String.join(" ", between), word).replaceAll(" +", " ");
                characters += previous.length() + word.length();
                if (characters > MAX_PAIRED_CHARACTERS) {
                    break;
                }
                pairs.add(pair);
            }
            previous = plain ? word : null;
            between.clear();
        }
        return pairs;
    }

    /**
     * A query of plain words cut to its first {@code max} distinct words (case aside), so that a pasted paragraph
     * stays within the engine's clause limit; a query with operators is kept whole, as cutting it could change its
     * meaning.
     */
    static String firstWords(String query, int max) {
        List<String> tokens = tokens(query);
        if (tokens.size() <= max || hasOperators(query)) {
            return query;
        }
        Set<String> seen = new HashSet<>();
        List<String> kept = new ArrayList<>();
        for (String token : tokens) {
            if (seen.add(token.toLowerCase(Locale.ROOT))) {
                kept.add(token);
                if (kept.size() == max) {
                    break;
                }
            }
        }
        return String.join(" ", kept);
    }

    /**
     * The query in the engine's simple query syntax, where alternatives are written {@code a | b}: the word
     * {@code OR} between two terms (as in Google, Elasticsearch's query string and most search boxes) becomes
     * {@code |}. Anything else passes as it is; the engine degrades malformed syntax to plain words.
     */
    static String engineSyntax(String query) {
        List<String> tokens = tokens(query);
        List<String> syntax = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).equals(OR)) {
                syntax.add(tokens.get(i));
            } else if (i > 0 && i < tokens.size() - 1) {
                syntax.add("|");
            }
            // An OR with nothing on one side is a typing leftover, not the word "or".
        }
        return String.join(" ", syntax);
    }

    /**
     * The query split for typo tolerance: its loose words (plain words each required on its own, which a typing
     * slip may have changed) and the rest, which must still match as written (phrases, exclusions, prefixes,
     * alternatives). A query with groups in parentheses keeps every word as written.
     */
    static Split splitLooseWords(String query) {
        List<String> tokens = tokens(query);
        if (query.indexOf('(') >= 0 || query.indexOf(')') >= 0) {
            return new Split(List.of(), engineSyntax(query));
        }
        List<String> loose = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String token = tokens.get(i);
            boolean alternative = i > 0 && isAlternation(tokens.get(i - 1))
                    || i < tokens.size() - 1 && isAlternation(tokens.get(i + 1));
            if (PLAIN_WORD.matcher(token).matches() && !token.equals(OR) && !alternative) {
                loose.add(token);
            } else {
                rest.add(token);
            }
        }
        return new Split(loose, engineSyntax(String.join(" ", rest)));
    }

    /** @param rest in the engine's syntax, blank when every word was loose */
    record Split(List<String> looseWords, String rest) {
    }

    private static boolean isAlternation(String token) {
        return token.equals(OR) || token.equals("|");
    }

    private static List<String> tokens(String query) {
        List<String> tokens = new ArrayList<>();
        Matcher token = TOKEN.matcher(query);
        while (token.find()) {
            tokens.add(token.group());
        }
        return tokens;
    }
}
