package io.lede.search;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.parser.Parser;

/**
 * The spelling a query was probably meant to have, read from what a typo-tolerant search actually matched: the
 * highlighted words of its hits, else the words of the duplicates' headlines they were also found by. Each loose
 * word the hits never show as written is replaced by the closest word they highlight most often (within the edits
 * typo tolerance allows, plus two letters for another form of the same word: "ceasfire" finds "ceasefires").
 */
final class DidYouMean {

    private static final int INFLECTION_ALLOWANCE = 2;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private DidYouMean() {
    }

    /**
     * @param fragments highlighted titles and body fragments of the hits, matched words between the tags
     * @return the corrected query (corrections without accents, in the case each word was typed in), or empty when
     *         the hits show every word as written
     */
    static Optional<String> correct(String query, List<String> fragments, String preTag, String postTag) {
        return correct(query, fragments, List.of(), preTag, postTag);
    }

    /**
     * @param unhighlighted texts the hits matched by but that are not highlighted (their duplicates' headlines):
     *        their words correct what no highlighted word does
     */
    static Optional<String> correct(String query, List<String> fragments, List<String> unhighlighted, String preTag,
            String postTag) {
        Map<String, Integer> marked = markedWords(fragments, preTag, postTag);
        Map<String, Integer> unmarked = words(unhighlighted);
        List<String> loose = QueryWords.splitLooseWords(query).looseWords();
        String corrected = query;
        boolean changed = false;
        for (String word : loose) {
            String lower = fold(word);
            int edits = WordMatching.allowedEdits(word);
            if (edits == 0 || shownAsWritten(lower, marked)) {
                continue;
            }
            Optional<String> best = closest(lower, edits + INFLECTION_ALLOWANCE, marked)
                    .or(() -> closest(lower, edits + INFLECTION_ALLOWANCE, unmarked));
            if (best.isPresent()) {
                corrected = corrected.replaceFirst("(?<![\\p{L}\\p{N}])" + Pattern.quote(word)
                        + "(?![\\p{L}\\p{N}])", Matcher.quoteReplacement(inCaseOf(word, best.get())));
                changed = true;
            }
        }
        return changed ? Optional.of(corrected) : Optional.empty();
    }

    /** The correction in the case the word was typed in: "Hollsi" becomes "Hollis", "NATOO" "NATO". */
    private static String inCaseOf(String typed, String correction) {
        if (typed.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase) && typed.length() > 1) {
            return correction.toUpperCase(Locale.ROOT);
        }
        if (Character.isUpperCase(typed.codePointAt(0))) {
            return correction.substring(0, correction.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT)
                    + correction.substring(correction.offsetByCodePoints(0, 1));
        }
        return correction;
    }

    /** The word itself or another form of it ("negotiation", "negotiations") among the highlighted words. */
    private static boolean shownAsWritten(String word, Map<String, Integer> marked) {
        return marked.keySet().stream().anyMatch(shown -> shown.startsWith(word)
                || word.startsWith(shown) && shown.length() >= word.length() - INFLECTION_ALLOWANCE);
    }

    private static Optional<String> closest(String word, int maxDistance, Map<String, Integer> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        int bestCount = 0;
        for (Map.Entry<String, Integer> candidate : candidates.entrySet()) {
            int distance = distance(word, candidate.getKey(), maxDistance);
            if (distance <= maxDistance && (distance < bestDistance
                    || distance == bestDistance && candidate.getValue() > bestCount)) {
                best = candidate.getKey();
                bestDistance = distance;
                bestCount = candidate.getValue();
            }
        }
        return Optional.ofNullable(best);
    }

    /** Words between the tags, lower-cased, with how often each was highlighted. */
    static Map<String, Integer> markedWords(List<String> fragments, String preTag, String postTag) {
        Map<String, Integer> words = new HashMap<>();
        for (String fragment : fragments) {
            int start = fragment.indexOf(preTag);
            while (start >= 0) {
                int end = fragment.indexOf(postTag, start + preTag.length());
                if (end < 0) {
                    break;
                }
                count(Parser.unescapeEntities(fragment.substring(start + preTag.length(), end), false), words);
                start = fragment.indexOf(preTag, end + postTag.length());
            }
        }
        return words;
    }

    /** Every word of the texts, lower-cased, with how often each occurs. */
    private static Map<String, Integer> words(List<String> texts) {
        Map<String, Integer> words = new HashMap<>();
        texts.forEach(text -> count(text, words));
        return words;
    }

    private static void count(String text, Map<String, Integer> words) {
        for (String word : fold(text).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                words.merge(word, 1, Integer::sum);
            }
        }
    }

    /** Lower-cased without accents, as the search compares words: "Cafés" and "cafes" are one word. */
    private static String fold(String text) {
        return MARKS.matcher(Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)).replaceAll("");
    }

    /** Levenshtein distance, or more than {@code max} as soon as it is sure to exceed it. */
    static int distance(String a, String b, int max) {
        if (Math.abs(a.length() - b.length()) > max) {
            return max + 1;
        }
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > max) {
                return max + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
