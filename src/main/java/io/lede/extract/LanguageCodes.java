package io.lede.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * ISO 639-1 language codes, as articles are tagged with them. A BCP 47 tag such as {@code en-GB} or {@code pt_BR}
 * names its language in the first subtag.
 */
public final class LanguageCodes {

    /** The JDK's list of two-letter codes, the withdrawn ones ("iw", "in", "ji") beside their successors. */
    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    private LanguageCodes() {
    }

    /** The language a tag names, lower-cased, whether or not it is a known code ("EN-gb" is "en"). */
    public static String languageOf(String tag) {
        return tag.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
    }

    /** The ISO 639-1 code of a tag, if it names a language that exists ("xx" and "english" do not). */
    public static Optional<String> iso639_1(String tag) {
        String language = languageOf(tag);
        return ISO_639_1.contains(language) ? Optional.of(language) : Optional.empty();
    }
}
