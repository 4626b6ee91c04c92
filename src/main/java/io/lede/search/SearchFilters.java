package io.lede.search;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.lede.api.ApiException;
import io.lede.extract.LanguageCodes;

/**
 * Which articles a search may return, whatever their words: any of the given values within a field, every field
 * given (the convention of faceted navigation).
 *
 * @param from first publication day included (UTC), or null
 * @param to last publication day included (UTC), or null
 */
public record SearchFilters(List<String> sources, List<String> authors, List<String> languages, List<String> tags,
        LocalDate from, LocalDate to) {

    public static final SearchFilters NONE = new SearchFilters(List.of(), List.of(), List.of(), List.of(), null, null);

    /** Parses raw query parameters, answering 400 with the parameter and the reason for bad values. */
    public static SearchFilters parse(List<String> sources, List<String> authors, List<String> languages,
            List<String> tags, String from, String to) {
        LocalDate first = date("from", from);
        LocalDate last = date("to", to);
        if (first != null && last != null && first.isAfter(last)) {
            throw ApiException.invalid("from", "must not be after to (" + last + ")");
        }
        // Languages are stored as ISO 639-1 codes, "EN-gb" as "en": a filter reads them the same way.
        List<String> languageCodes = values(languages).stream().map(LanguageCodes::languageOf).distinct().toList();
        return new SearchFilters(values(sources), values(authors), languageCodes, values(tags), first, last);
    }

    /**
     * The keyword filters by index field, only those given. Sources and authors are those of the text, wherever
     * it appeared: an original holds its duplicates' too ({@link DuplicatesBinder}).
     */
    Map<String, List<String>> terms() {
        Map<String, List<String>> terms = new LinkedHashMap<>();
        Map.of(DuplicatesBinder.SOURCES, sources, DuplicatesBinder.AUTHORS, authors, "language", languages, "tags", tags)
                .forEach((field, values) -> {
                    if (!values.isEmpty()) {
                        terms.put(field, values);
                    }
                });
        return terms;
    }

    /** Whether these filters narrow the property {@code facet} counts. */
    boolean restricts(Facet facet) {
        return switch (facet) {
            case SOURCE -> !sources.isEmpty();
            case AUTHOR -> !authors.isEmpty();
            case LANGUAGE -> !languages.isEmpty();
            case TAG -> !tags.isEmpty();
            case PUBLISHED -> from != null || to != null;
        };
    }

    /** These filters without the one on {@code facet}'s property: what that facet's counts respect. */
    SearchFilters without(Facet facet) {
        return switch (facet) {
            case SOURCE -> new SearchFilters(List.of(), authors, languages, tags, from, to);
            case AUTHOR -> new SearchFilters(sources, List.of(), languages, tags, from, to);
            case LANGUAGE -> new SearchFilters(sources, authors, List.of(), tags, from, to);
            case TAG -> new SearchFilters(sources, authors, languages, List.of(), from, to);
            case PUBLISHED -> new SearchFilters(sources, authors, languages, tags, null, null);
        };
    }

    /** Start of the {@code from} day, or null. */
    public Instant fromInstant() {
        return from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    /** Start of the day after {@code to} (exclusive), or null. */
    public Instant untilInstant() {
        return to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static List<String> values(List<String> raw) {
        return raw == null ? List.of()
                : raw.stream().filter(s -> s != null && !s.isBlank()).map(String::strip).distinct().toList();
    }

    private static LocalDate date(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            // A full timestamp names its day too: people paste publishedAt values.
            String day = raw.strip().length() > 10 ? raw.strip().substring(0, 10) : raw.strip();
            return LocalDate.parse(day);
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(name, "must be an ISO date such as 2024-03-05, got \"" + raw + "\"");
        }
    }
}
