package io.lede.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the dates pages write, machine-readable or in prose, into ISO-8601 as the page states it. */
final class TextDates {

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5),
            Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    /** A month's name, whole or cut short; bounded, so that a long run of letters is not tried at every start. */
    private static final String MONTH = "(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\\.?";
    /**
     * Where a date's last number ends: at any non-digit, not only at a word boundary, as pages run dates into what
     * follows ("2023-12-23T10:00", "Dec 23, 2023John Smith" where markup separated them).
     */
    private static final String END = "(?!\\d)";
    /**
     * Where a month name starts: at a word boundary, or capitalised right after a word or number that markup
     * separated from it ("Mental HealthDECEMBER 22, 2022", "May 21, 2025April 24, 2025").
     */
    private static final String MONTH_START = "(?:\\b|(?-i:(?<=[a-z0-9])(?=[A-Z])))";
    /** December 23, 2023 / Dec. 23 2023 */
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            MONTH_START + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + END, Pattern.CASE_INSENSITIVE);
    /** 23 December 2023 */
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})" + END, Pattern.CASE_INSENSITIVE);
    /** 2023-12-23, 2023/12/23, 2023.12.23 */
    private static final Pattern ISO_LIKE = Pattern.compile("\\b(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})" + END);

    /** 12/23/2023, 23/12/2023, 23.12.2023: day and month told apart by their values, else by convention. */
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})([/.])(\\d{1,2})\\2(\\d{4})" + END);

    /** "2023-12-23 10:15:00 +0530": Jekyll's and Ruby's form, spaces for the "T" and before the offset. */
    private static final Pattern SPACED_DATE_TIME = Pattern.compile(
            "(\\d{4}-\\d{2}-\\d{2})[ T](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)\\s*(Z|[+-]\\d{2}:?\\d{2})",
            Pattern.CASE_INSENSITIVE);

    /** Longer than any date a page declares ("Thursday, 23 December 2023 10:00:00 GMT+01:00" is 45). */
    private static final int MACHINE_DATE_LENGTH = 100;

    private TextDates() {
    }

    /**
     * A machine-readable date (meta tags, JSON-LD, time@datetime): ISO forms and RFC 1123, else what people write,
     * numeric dates read day first when {@code dayFirst} is the page's convention.
     */
    static Optional<String> machine(String value, boolean dayFirst) {
        if (value == null || value.isBlank() || value.length() > MACHINE_DATE_LENGTH) {
            return Optional.empty();
        }
        String text = value.strip();
        try {
            return Optional.of(OffsetDateTime.parse(text).toString());
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Optional.of(OffsetDateTime.parse(text.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2")).toString());
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        Matcher spaced = SPACED_DATE_TIME.matcher(text);
        if (spaced.matches()) {
            String offset = spaced.group(3).equalsIgnoreCase("Z") ? "Z"
                    : spaced.group(3).replaceFirst("^([+-]\\d{2}):?(\\d{2})$", "$1:$2");
            try {
                return Optional.of(OffsetDateTime.parse(spaced.group(1) + "T" + spaced.group(2) + offset).toString());
            } catch (DateTimeParseException ignored) {
                // try the next form
            }
        }
        try {
            return Optional.of(LocalDateTime.parse(text).toLocalDate().toString());
        } catch (DateTimeParseException ignored) {
            // try the next form
        }
        try {
            return Optional.of(ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toOffsetDateTime()
                    .toString());
        } catch (DateTimeParseException ignored) {
            // fall back to what people write
        }
        return shown(text, dayFirst);
    }

    /**
     * The first date written with a month name or in ISO order in {@code text}: forms no other number takes, so a
     * short text that holds one is a dateline.
     */
    static Optional<String> prose(String text) {
        return proseAt(text).map(Found::date);
    }

    /** A date read from a text, and where in the text it is written. */
    record Found(String date, int start, int end) {
    }

    private static Optional<Found> proseAt(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = ISO_LIKE.matcher(text);
        if (m.find()) {
            Optional<String> date = date(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
            if (date.isPresent()) {
                return found(date, m);
            }
        }
        m = MONTH_DAY_YEAR.matcher(text);
        if (m.find()) {
            return found(date(m.group(3), month(m.group(1)), m.group(2)), m);
        }
        m = DAY_MONTH_YEAR.matcher(text);
        if (m.find()) {
            return found(date(m.group(3), month(m.group(2)), m.group(1)), m);
        }
        return Optional.empty();
    }

    private static Optional<Found> found(Optional<String> date, Matcher where) {
        return date.map(d -> new Found(d, where.start(), where.end()));
    }

    /**
     * Like {@link #prose(String)}, and also all-numeric dates ("12/23/2023", "23.12.2023"), which pages show by
     * headlines but which tables of figures also hold.
     *
     * @param dayFirst whether the page's convention writes the day before the month, which decides slashed dates
     *        whose numbers could be either ("04/03/2024")
     */
    static Optional<String> shown(String text, boolean dayFirst) {
        return shownAt(text, dayFirst).map(Found::date);
    }

    /** Like {@link #shown(String, boolean)}, with where the date is written. */
    static Optional<Found> shownAt(String text, boolean dayFirst) {
        Optional<Found> date = proseAt(text);
        if (date.isPresent() || text == null) {
            return date;
        }
        Matcher m = NUMERIC.matcher(text);
        if (m.find()) {
            return found(numeric(Integer.parseInt(m.group(1)), m.group(2), Integer.parseInt(m.group(3)), m.group(4),
                    dayFirst), m);
        }
        return Optional.empty();
    }

    /**
     * Dotted dates are day first wherever they are written; slashed ones follow the page's convention unless one
     * of the numbers cannot be a month.
     */
    private static Optional<String> numeric(int first, String separator, int second, String year,
            boolean dayFirstConvention) {
        boolean dayFirst = separator.equals(".") || first > 12 || dayFirstConvention && second <= 12;
        return dayFirst ? date(year, second, String.valueOf(first)) : date(year, first, String.valueOf(second));
    }

    /**
     * Whether pages in this language ({@code <html lang>}) write the day before the month: all but American
     * English, and English without a region, which is mostly American on the web.
     */
    static boolean writesDayFirst(String language) {
        String lang = language == null ? "" : language.strip().toLowerCase(Locale.ROOT).replace('_', '-');
        return !lang.isEmpty() && !lang.equals("en") && !lang.startsWith("en-us");
    }

    private static int month(String name) {
        return MONTHS.getOrDefault(name.substring(0, 3).toLowerCase(Locale.ROOT), 0);
    }

    private static Optional<String> date(String year, int month, String day) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day));
            if (date.getYear() < 1900 || date.getYear() > 2100) {
                return Optional.empty();
            }
            return Optional.of(date.toString());
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
