package io.lede.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Person names as pages write them in author fields and bylines, cleaned of what is written around them. */
final class Names {

    private static final Pattern LEAD = Pattern.compile("^(?i)(by|written by|posted by|author:?|von|par|por)\\s+");
    private static final Pattern ROLE_OR_DATE = Pattern.compile("(?i)(writer|editor|reporter|correspondent|"
            + "contributor|columnist|published|updated|posted|reviewed|last|on|at|in|jan|feb|mar|apr|jun|jul|aug|"
            + "sep|sept|oct|nov|dec|january|february|march|july|september|october|november|"
            + "december|\\d.*|\\||·|•)[.,:]?");
    /** Months that are also names ("April Fulton", "Tom May"): dates only before a number. */
    private static final Pattern NAME_MONTH = Pattern.compile("(?i)(may|april|june|august)[.,]?");
    /** Words bylines print instead of a name, templates' placeholders included. */
    private static final Pattern LABEL = Pattern.compile(
            "(?i)(written by|author|authors|posted by|by|admin|administrator|webmaster|editor|staff|guest|anonymous|"
                    + "unknown|undefined|null)");
    private static final Pattern NAME_SPLIT = Pattern.compile(
            "\\s*(?:,\\s*and\\s+|\\s+and\\s+|\\s*&\\s*|\\s*\\|\\s*|\\s*;\\s*)\\s*");

    /** Words of organisations, places and job titles that follow a name after a comma in author fields. */
    private static final Pattern NOT_A_PERSON = Pattern.compile("(?i)^the\\b|\\b(press|news|times|post|journal|"
            + "tribune|herald|daily|media|network|agency|service|wire|magazine|radio|television|group|staff|team|"
            + "desk|bureau|chief|senior|economist|analyst|director|manager|officer|president|professor|university|"
            + "college|institute|new|north|south|east|west|saint|san|los|las)\\b");

    private Names() {
    }

    /** The names in a byline ("By Jane Doe and John Roe", "By Josh Boak, Associated Press"), in order. */
    static List<String> in(String raw) {
        return names(raw, false);
    }

    /**
     * The names in an author field (meta author, JSON-LD, front matter), where a comma also separates people: "Jane
     * Doe, John Smith" is two authors there, while a byline's "Josh Boak, Associated Press" names an agency.
     */
    static List<String> list(String raw) {
        return names(raw, true);
    }

    private static List<String> names(String raw, boolean commaSeparated) {
        List<String> names = new ArrayList<>();
        if (raw == null) {
            return names;
        }
        String text = LEAD.matcher(raw.strip()).replaceFirst("").strip();
        if (text.isEmpty() || text.length() > 100 || text.startsWith("http") || text.contains("@")) {
            return names;
        }
        for (String part : NAME_SPLIT.split(text)) {
            String[] pieces = part.split("\\s*,\\s*|\\s+[-–—]\\s+");
            String name = personName(pieces[0]);
            if (name == null) {
                // The text has turned to something else ("Reviewed by ..., Attorney at Smith & Jones").
                return names;
            }
            names.add(name);
            // What follows a name's comma or dash is a credential or a role ("Jane Doe, MD", "Jane Doe - Staff
            // Writer"), unless an author field lists another full name: "Jane Doe, John Smith".
            for (int i = 1; commaSeparated && i < pieces.length && isFullName(pieces[i]); i++) {
                names.add(personName(pieces[i]));
            }
        }
        return names;
    }

    /**
     * A name without what bylines append to it: credentials (MD, PhD), roles (Staff Writer), dates. Null when
     * nothing name-like is left.
     */
    static String personName(String raw) {
        // Quotes some sites put around a name; a colon or a copyright sign says the text is a label or a notice.
        String text = raw.strip().replaceAll("^[\"“”'‘’]+|[\"“”'‘’]+$", "");
        if (text.contains(":") || text.contains("©")) {
            return null;
        }
        String[] words = text.split("\\s+");
        StringBuilder name = new StringBuilder();
        int kept = 0;
        for (int i = 0; i < words.length; i++) {
            String word = words[i];
            boolean trailer = ROLE_OR_DATE.matcher(word).matches()
                    || NAME_MONTH.matcher(word).matches() && i + 1 < words.length && words[i + 1].matches("\\d.*")
                    || kept >= 2 && word.length() >= 2 && word.equals(word.toUpperCase(Locale.ROOT))
                            && word.chars().anyMatch(Character::isLetter);
            if (trailer) {
                break;
            }
            name.append(kept == 0 ? "" : " ").append(word);
            kept++;
        }
        String result = name.toString().strip();
        if (result.length() < 2 || result.length() > 60 || LABEL.matcher(result).matches()) {
            return null;
        }
        return result;
    }

    /**
     * Two or more capitalised words that are all name: not "MD", not "Senior Editor", not "March 5", and not an
     * organisation or a place ("The Washington Post", "Associated Press", "New York").
     */
    private static boolean isFullName(String piece) {
        String name = personName(piece);
        if (name == null || !name.equals(piece.strip()) || NOT_A_PERSON.matcher(name).find()) {
            return false;
        }
        String[] words = name.split("\\s+");
        return words.length >= 2 && java.util.Arrays.stream(words).allMatch(word -> Character.isUpperCase(
                word.codePointAt(0)) && !word.equals(word.toUpperCase(Locale.ROOT)));
    }

        /** A user name (jdoe, jane.doe) rather than a name people write. */
    static boolean looksLikeHandle(String name) {
        return !name.contains(" ") && (name.equals(name.toLowerCase(Locale.ROOT)) || name.matches(".*[._\\d].*"));
    }
}
