package io.lede.search.analysis;

import java.util.Locale;

/**
 * The languages the index analyses with their own rules (stop words, stemming), and the catch-all for every other
 * language. An article's text goes to the fields of its language only, so it is indexed once; a query searches the
 * fields of every language, each analysed its own way, so that it finds matches whatever the article's language.
 */
public enum TextLanguage {
    ENGLISH("en"),
    RUSSIAN("ru"),
    UKRAINIAN("uk"),
    GERMAN("de"),
    FRENCH("fr"),
    SPANISH("es"),
    /** Any other language, or none known: words are lower-cased and accent-folded, never stemmed. */
    OTHER("other");

    private final String code;

    TextLanguage(String code) {
        this.code = code;
    }

    /** The ISO 639-1 code, or {@code other}. */
    public String code() {
        return code;
    }

    /** The language an article in {@code languageCode} (ISO 639-1, may be null) is analysed in. */
    public static TextLanguage of(String languageCode) {
        if (languageCode != null) {
            String code = languageCode.toLowerCase(Locale.ROOT);
            for (TextLanguage language : values()) {
                if (language != OTHER && language.code.equals(code)) {
                    return language;
                }
            }
        }
        return OTHER;
    }

    /** The analyzer used when indexing this language's text: each word's stem, and the word as written. */
    public String analyzer() {
        return "lede_" + code;
    }

    /** The analyzer used for queries against this language's fields: stems only, plus the synonyms. */
    public String searchAnalyzer() {
        return "lede_" + code + "_search";
    }

    /** Stems only, without synonyms: the terms that stand for an article's text (more-like-this). */
    public String termsAnalyzer() {
        return "lede_" + code + "_terms";
    }
}
