package io.lede.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** A "By Jane Doe" line written near the headline, for pages that declare no author in their metadata. */
final class Byline {

    private static final Pattern BY = Pattern.compile(
            "(?:^|\\s)(?:[Bb]y|BY|Written by|Posted by|Author:)\\s+((?:\\p{Lu}[\\p{L}'’.-]*\\.?\\s?){1,4})");
    private static final int WINDOW = 400;

    private Byline() {
    }

    static Optional<String> near(Document page, String headline) {
        if (headline == null) {
            return Optional.empty();
        }
        String wanted = normalize(headline);
        for (Element h : page.select("h1, h2")) {
            if (!normalize(h.text()).equals(wanted)) {
                continue;
            }
            Element level = h;
            for (int depth = 0; depth < 3 && level != null; depth++, level = level.parent()) {
                StringBuilder around = new StringBuilder();
                for (Element s = level.previousElementSibling(); s != null && around.length() < WINDOW;
                        s = s.previousElementSibling()) {
                    around.append(' ').append(s.text());
                }
                for (Element s = level.nextElementSibling(); s != null && around.length() < WINDOW * 2;
                        s = s.nextElementSibling()) {
                    around.append(' ').append(s.text());
                }
                Matcher m = BY.matcher(around);
                if (m.find()) {
                    return Optional.of(m.group(1).strip());
                }
            }
        }
        return Optional.empty();
    }

    private static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
