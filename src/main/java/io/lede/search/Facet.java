package io.lede.search;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.lede.api.ApiException;

/** A facet: counts of the matching articles by one property, for narrowing a search down. */
public enum Facet {
    /** Every source the text appeared in: the original's and its duplicates' ({@link DuplicatesBinder}). */
    SOURCE(DuplicatesBinder.SOURCES),
    AUTHOR(DuplicatesBinder.AUTHORS),
    LANGUAGE("language"),
    TAG("tags"),
    /** By year and by month of publication. */
    PUBLISHED("publishedAt");

    private final String field;

    Facet(String field) {
        this.field = field;
    }

    /** The index field counted. */
    String field() {
        return field;
    }

    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The facets a request asks for: all when it names none, none for {@code none}, else those named (repeatable
     * or comma-separated).
     */
    static Set<Facet> parse(List<String> raw) {
        List<String> names = raw == null ? List.of()
                : raw.stream().flatMap(value -> List.of(value.split(",")).stream()).map(String::strip)
                        .filter(name -> !name.isEmpty()).toList();
        if (names.isEmpty()) {
            return EnumSet.allOf(Facet.class);
        }
        Set<Facet> facets = EnumSet.noneOf(Facet.class);
        for (String name : names) {
            if (name.equalsIgnoreCase("none")) {
                continue;
            }
            try {
                facets.add(valueOf(name.toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw ApiException.invalid("facets",
                        "must be source, author, language, tag, published or none, got \"" + name + "\"");
            }
        }
        return facets;
    }
}
