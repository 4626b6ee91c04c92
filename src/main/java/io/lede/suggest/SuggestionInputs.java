package io.lede.suggest;

import java.text.DateFormatSymbols;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What one article offers to search-as-you-type, by {@link Kind}: its headline, a few words of the headline from each
 * word onward, its authors, and the names of people, places and organisations its text mentions.
 * <p>
 * Names are found by general signals only, with no list of names: a run of one to {@value #MAX_NAME_WORDS}
 * capitalised words ("Volodymyr Zelensky", "Kyiv", "European Central Bank"). A sentence's first word is capitalised
 * whatever it is, so it counts only when the same text also writes that word capitalised mid-sentence and never in
 * lower case. Text written in capitals (a wire headline such as "BAHIA COCOA REVIEW") and headlines in title case
 * say nothing about names and are not read for them. The most frequent names come first, and every kind is capped,
 * so that an article adds a bounded number of entries to the index.
 */
final class SuggestionInputs {

    /** Words of a headline phrase: enough to say what it is about, short enough to complete a search. */
    static final int MAX_PHRASE_WORDS = 3;
    static final int MAX_PHRASES = 12;
    static final int MAX_NAMES = 12;
    static final int MAX_NAME_WORDS = 4;
    static final int MAX_AUTHORS = 10;
    /**
     * Longest input, in UTF-16 units. The completion field keeps no more of an input (and returns it cut there), so
     * longer headlines are cut here at the last word that fits.
     */
    static final int MAX_INPUT_LENGTH = 100;
    /** Names are looked for in this many first characters of the body: the names an article is about come early. */
    static final int SCANNED_CHARACTERS = 20_000;

    /**
     * English function words of three letters or more (shorter words are skipped in every language): no phrase
     * starts or ends with one, so that "in" completes "inflation", not "in Cairo".
     */
    private static final Set<String> FUNCTION_WORDS = Set.of("the", "and", "for", "but", "nor", "yet", "with", "from",
            "into", "onto", "over", "under", "after", "before", "about", "than", "that", "this", "these", "those",
            "its", "their", "his", "her", "our", "your", "are", "was", "were", "has", "have", "had", "not", "will",
            "would", "can", "could", "may", "might", "should", "who", "whom", "what", "when", "where", "why", "how",
            "amid", "says", "said", "also", "via", "out", "off", "all", "any", "more", "most", "new");
    /** Joins letters into one word: "Xi's", "Covid-19", "AT&T", "U.S". */
    private static final String CONNECTORS = "'’-.&";
    private static final String OPENING = "\"“«„‘(['";
    /** A blank line, or a line that starts indented: a new paragraph (or a row of a table). */
    private static final Pattern PARAGRAPH = Pattern.compile("\\n\\s*\\n|\\n[ \\t\\u00A0]");
    private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Co}\\p{Cn}]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SuggestionInputs() {
    }

    /** The inputs of each kind, in order of preference; kinds without any are left out. */
    static Map<Kind, List<String>> of(String title, String summary, String body, List<String> authors,
            String language) {
        Map<Kind, List<String>> inputs = new EnumMap<>(Kind.class);
        String headline = clip(clean(title));
        List<Token> titleTokens = tokens(headline);
        put(inputs, Kind.TITLE, headline.isEmpty() ? List.of() : List.of(headline));
        put(inputs, Kind.PHRASE, phrases(headline, titleTokens));
        put(inputs, Kind.AUTHOR, authors(authors));
        List<List<Token>> texts = new ArrayList<>();
        if (!titleCased(titleTokens)) {
            texts.add(titleTokens);
        }
        texts.add(tokens(summary == null ? "" : summary));
        texts.add(tokens(body == null ? "" : body.substring(0, Math.min(body.length(), SCANNED_CHARACTERS))));
        put(inputs, Kind.NAME, fromEachWord(names(texts, calendarWords(language))));
        return inputs;
    }

    /**
     * Each name, then the name from each later word on: people type surnames ("zel" for "President Volodymyr
     * Zelensky"), and a completion field completes an input from its start only. As headline phrases do.
     */
    static List<String> fromEachWord(List<String> names) {
        Set<String> inputs = new LinkedHashSet<>();
        for (String name : names) {
            String[] words = name.split(" ");
            for (int start = 0; start < words.length; start++) {
                inputs.add(String.join(" ", Arrays.asList(words).subList(start, words.length)));
            }
        }
        return List.copyOf(inputs);
    }

    private static void put(Map<Kind, List<String>> inputs, Kind kind, List<String> values) {
        if (!values.isEmpty()) {
            inputs.put(kind, values);
        }
    }

    /**
     * One phrase from each word that can start one: up to {@value #MAX_PHRASE_WORDS} words, never across punctuation,
     * never starting or ending with a function word.
     */
    static List<String> phrases(String headline, List<Token> tokens) {
        boolean shouting = shouting(tokens);
        Set<String> phrases = new LinkedHashSet<>();
        for (int start = 0; start < tokens.size() && phrases.size() < MAX_PHRASES; start++) {
            if (weak(tokens.get(start), shouting)) {
                continue;
            }
            int end = start + 1;
            while (end < tokens.size() && end - start < MAX_PHRASE_WORDS && tokens.get(end).joined()) {
                end++;
            }
            while (weak(tokens.get(end - 1), shouting)) {
                end--;
            }
            StringBuilder phrase = new StringBuilder(tokens.get(start).text());
            for (int i = start + 1; i < end; i++) {
                phrase.append(' ').append(tokens.get(i).text());
            }
            if (!phrase.toString().equals(headline)) {
                phrases.add(phrase.toString());
            }
        }
        return List.copyOf(phrases);
    }

    /** A word too slight to begin or end a phrase: a function word, or under three letters and not an acronym. */
    private static boolean weak(Token token, boolean shouting) {
        if (FUNCTION_WORDS.contains(token.text().toLowerCase(Locale.ROOT))) {
            return true;
        }
        return token.text().codePointCount(0, token.text().length()) < 3 && !(token.acronym() && !shouting);
    }

    private static List<String> authors(List<String> authors) {
        Set<String> names = new LinkedHashSet<>();
        if (authors != null) {
            for (String author : authors) {
                String name = clip(clean(author));
                if (!name.isEmpty() && names.size() < MAX_AUTHORS) {
                    names.add(name);
                }
            }
        }
        return List.copyOf(names);
    }

    /** The runs of capitalised words in the texts, most frequent first (ties: first seen first). */
    static List<String> names(List<List<Token>> texts, Set<String> calendarWords) {
        Set<String> proper = new HashSet<>();
        Set<String> common = new HashSet<>();
        for (List<Token> tokens : texts) {
            if (shouting(tokens)) {
                continue;
            }
            for (Token token : tokens) {
                String key = token.base().toLowerCase(Locale.ROOT);
                if (token.capitalised() && !token.sentenceStart()) {
                    proper.add(key);
                } else if (Character.isLowerCase(token.text().codePointAt(0))) {
                    common.add(key);
                }
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (List<Token> tokens : texts) {
            if (shouting(tokens)) {
                continue;
            }
            List<Token> run = new ArrayList<>();
            for (int i = 0; i <= tokens.size(); i++) {
                Token token = i < tokens.size() ? tokens.get(i) : null;
                boolean nameWord = token != null && token.capitalised() && (!token.sentenceStart()
                        || proper.contains(token.base().toLowerCase(Locale.ROOT))
                        && !common.contains(token.base().toLowerCase(Locale.ROOT)));
                boolean continues = nameWord && !run.isEmpty() && token.joined() && !run.get(run.size() - 1).possessive();
                if (!continues) {
                    name(run, calendarWords).ifPresent(name -> counts.merge(name, 1, Integer::sum));
                    run.clear();
                }
                if (nameWord) {
                    run.add(token);
                }
            }
        }
        List<Map.Entry<String, Integer>> ranked = new ArrayList<>(counts.entrySet());
        ranked.sort((a, b) -> b.getValue() - a.getValue()); // stable: ties keep their first-seen order
        return ranked.stream().limit(MAX_NAMES).map(Map.Entry::getKey).toList();
    }

    /** A run as a name: without leading days and months ("Monday President Biden"), and not too long. */
    private static Optional<String> name(List<Token> run, Set<String> calendarWords) {
        int start = 0;
        while (start < run.size() && calendarWords.contains(run.get(start).base().toLowerCase(Locale.ROOT))) {
            start++;
        }
        int words = run.size() - start;
        if (words == 0 || words > MAX_NAME_WORDS || onlyFunctionWords(run, start) || dateline(run, start)) {
            return Optional.empty();
        }
        StringBuilder name = new StringBuilder();
        for (int i = start; i < run.size(); i++) {
            name.append(i > start ? " " : "").append(i == run.size() - 1 ? run.get(i).base() : run.get(i).text());
        }
        if (words == 1 && (name.length() < 2 || calendarWords.contains(name.toString().toLowerCase(Locale.ROOT)))) {
            return Optional.empty();
        }
        return Optional.of(name.toString());
    }

    /** Names of days and months (and their short forms), in English and in the article's language: not names. */
    static Set<String> calendarWords(String language) {
        Set<String> words = new HashSet<>();
        List<Locale> locales = new ArrayList<>(List.of(Locale.ENGLISH));
        if (language != null && !language.isBlank()) {
            locales.add(Locale.forLanguageTag(language.strip()));
        }
        for (Locale locale : locales) {
            DateFormatSymbols symbols = DateFormatSymbols.getInstance(locale);
            for (String[] names : List.of(symbols.getMonths(), symbols.getWeekdays(), symbols.getShortMonths(),
                    symbols.getShortWeekdays())) {
                for (String name : names) {
                    if (!name.isEmpty()) {
                        words.add(name.toLowerCase(locale).replace(".", ""));
                    }
                }
            }
        }
        return words;
    }

    /** "The" after a dash or a quote is capitalised and starts no sentence, yet names nothing. */
    private static boolean onlyFunctionWords(List<Token> run, int start) {
        // "WHO" in capitals is the organisation, not the pronoun.
        return run.subList(start, run.size()).stream().allMatch(token -> !inCapitals(token)
                && FUNCTION_WORDS.contains(token.text().toLowerCase(Locale.ROOT)));
    }

    /**
     * "PORT ALDER, N.C. — The causeway...": several words in capitals inside ordinary text are a dateline or a
     * heading, which say nothing about names; one such word alone is an acronym ("NATO"), which is one.
     */
    private static boolean dateline(List<Token> run, int start) {
        // Words of three letters or more: "US FDA" and "UK NHS" are acronyms side by side.
        return run.size() - start >= 2 && run.subList(start, run.size()).stream()
                .allMatch(token -> inCapitals(token) && token.text().codePoints().filter(Character::isLetter).count() >= 3);
    }

    private static boolean inCapitals(Token token) {
        return token.text().codePoints().filter(Character::isLetter).count() >= 2
                && token.text().codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    /** Most letters upper case: capitals say nothing about names there. */
    private static boolean shouting(List<Token> tokens) {
        int upper = 0;
        int lower = 0;
        for (Token token : tokens) {
            for (int i = 0; i < token.text().length(); i++) {
                char c = token.text().charAt(i);
                if (Character.isUpperCase(c)) {
                    upper++;
                } else if (Character.isLowerCase(c)) {
                    lower++;
                }
            }
        }
        return upper > lower;
    }

    /** "Ceasefire Talks Resume In Cairo": every word of four letters or more capitalised. */
    private static boolean titleCased(List<Token> tokens) {
        boolean any = false;
        for (Token token : tokens) {
            if (token.text().length() >= 4) {
                if (!Character.isUpperCase(token.text().codePointAt(0))) {
                    return false;
                }
                any = true;
            }
        }
        return any || shouting(tokens);
    }

    /** Text as the index may take it: no control characters (the completion field refuses some), single spaces. */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        return SPACES.matcher(CONTROL.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
    }

    /** The text cut at the last space before {@link #MAX_INPUT_LENGTH}, or at it when there is none. */
    static String clip(String text) {
        if (text.length() <= MAX_INPUT_LENGTH) {
            return text;
        }
        int cut = text.lastIndexOf(' ', MAX_INPUT_LENGTH);
        if (cut <= 0) {
            cut = Character.isHighSurrogate(text.charAt(MAX_INPUT_LENGTH - 1)) ? MAX_INPUT_LENGTH - 1
                    : MAX_INPUT_LENGTH;
        }
        return text.substring(0, cut).strip();
    }

    /**
     * The words of a text, each knowing whether it begins a sentence and whether only spaces separate it from the
     * word before (else punctuation does, and no name or phrase spans the two). The text is read as written, not
     * {@link #clean}ed: its line breaks mark paragraphs.
     */
    static List<Token> tokens(String text) {
        List<Token> tokens = new ArrayList<>();
        int n = text.length();
        int previousEnd = 0;
        int i = 0;
        while (i < n) {
            int cp = text.codePointAt(i);
            if (!wordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            int end = i;
            while (end < n) {
                int c = text.codePointAt(end);
                if (wordChar(c)) {
                    end += Character.charCount(c);
                } else if (CONNECTORS.indexOf(c) >= 0 && end + 1 < n && wordChar(text.codePointAt(end + 1))) {
                    end++;
                } else {
                    break;
                }
            }
            // An initial or an abbreviation keeps its final dot, which then ends no sentence: "J.", "U.S.".
            if (end < n && text.charAt(end) == '.' && (text.substring(start, end).indexOf('.') > 0
                    || end - start == 1 && Character.isUpperCase(text.charAt(start)))) {
                end++;
            }
            String separator = text.substring(previousEnd, start);
            tokens.add(new Token(text.substring(start, end), tokens.isEmpty() || endsSentence(separator),
                    !tokens.isEmpty() && separator.isBlank() && !PARAGRAPH.matcher(separator).find()));
            previousEnd = end;
            i = end;
        }
        return tokens;
    }

    private static boolean wordChar(int c) {
        return Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    private static boolean endsSentence(String separator) {
        for (int i = 0; i < separator.length(); i++) {
            if (".!?:;…".indexOf(separator.charAt(i)) >= 0) {
                return true;
            }
        }
        String stripped = separator.stripTrailing();
        return PARAGRAPH.matcher(separator).find()
                || !stripped.isEmpty() && OPENING.indexOf(stripped.charAt(stripped.length() - 1)) >= 0
                && stripped.length() == separator.length();
    }

    /**
     * One word.
     *
     * @param sentenceStart the first word of the text, of a sentence (after . ! ? : ; or a quote) or of a paragraph
     * @param joined only spaces (and no new paragraph) separate it from the word before
     */
    record Token(String text, boolean sentenceStart, boolean joined) {

        /** "Zelensky's" → "Zelensky". */
        String base() {
            return possessive() ? text.substring(0, text.length() - 2) : text;
        }

        boolean possessive() {
            return text.length() > 3 && (text.endsWith("'s") || text.endsWith("’s"));
        }

        /**
         * Starts with a capital and has lower-case letters ("Kyiv", "McCain"), or is an acronym ("NATO") or an
         * initial ("J.").
         */
        boolean capitalised() {
            int first = text.codePointAt(0);
            if (!Character.isUpperCase(first) && !Character.isTitleCase(first)) {
                return false;
            }
            boolean initial = text.length() == 2 && text.charAt(1) == '.';
            return initial || acronym() || text.chars().anyMatch(Character::isLowerCase);
        }

        /** Two to six letters, all capitals: "UN", "NATO", "COVID-19". */
        boolean acronym() {
            long letters = text.chars().filter(Character::isLetter).count();
            return letters >= 2 && letters <= 6 && text.chars().filter(Character::isLetter)
                    .allMatch(Character::isUpperCase);
        }
    }
}
