package io.lede.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import io.lede.extract.FrontMatterParser.Value;

/**
 * What a Markdown document's front matter declares about it, as Jekyll, Hugo, Obsidian and Pandoc write it: a YAML
 * block between {@code ---} lines (closed by {@code ---} or {@code ...}) or a TOML block between {@code +++} lines,
 * at the very top. The common keys of those tools are read; absent or unusable values are null (lists: empty).
 *
 * @param publishedAt and {@code updatedAt}: ISO-8601, as {@link ExtractedArticle} holds them
 * @param url an absolute http(s) address; a site-relative permalink ("/2024/05/slug/") names no address
 * @param language an ISO 639-1 code
 */
record FrontMatter(
        String title,
        List<String> authors,
        String publishedAt,
        String updatedAt,
        String summary,
        String url,
        String language,
        List<String> tags) {

    static final FrontMatter NONE = new FrontMatter(null, List.of(), null, null, null, null, null, List.of());
    /**
     * Front matter is a few lines of metadata: a block that runs longer is text that opens with a thematic break,
     * and the bound keeps a 10 MB document that opens with one from being read as a block.
     */
    private static final int MAX_LENGTH = 64 * 1024;

    /** A document parted into its front matter ({@link #NONE} without one) and the Markdown after it. */
    record Split(FrontMatter frontMatter, String content) {
    }

    static Split split(String document) {
        // A byte-order mark some editors write does not hide the opening line.
        String text = document.startsWith("\uFEFF") ? document.substring(1) : document;
        List<String> lines = new ArrayList<>();
        int lineStart = 0;
        String delimiter = null;
        while (lineStart < text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            String line = text.substring(lineStart, lineEnd).stripTrailing();
            int next = newline < 0 ? text.length() : newline + 1;
            if (delimiter == null) {
                if (!line.equals("---") && !line.equals("+++")) {
                    break;
                }
                delimiter = line;
            } else if (line.equals(delimiter) || delimiter.equals("---") && line.equals("...")) {
                Optional<Map<String, Value>> values = delimiter.equals("---") ? FrontMatterParser.yaml(lines)
                        : FrontMatterParser.toml(lines);
                if (values.isPresent()) {
                    return new Split(of(values.get()), text.substring(next));
                }
                break;
            } else if (next > MAX_LENGTH) {
                break;
            } else {
                lines.add(line);
            }
            lineStart = next;
        }
        return new Split(NONE, document);
    }

    /** The article's fields from the keys read, the first usable of each field's keys winning. */
    static FrontMatter of(Map<String, Value> values) {
        return new FrontMatter(
                first(values, List.of("title"), Optional::of),
                names(values, List.of("author", "authors")),
                first(values, List.of("date", "published", "publishdate", "pubdate"), FrontMatter::date),
                first(values, List.of("updated", "lastmod", "modified"), FrontMatter::date),
                first(values, List.of("description", "summary", "excerpt"), Optional::of),
                first(values, List.of("canonical", "canonical_url", "url", "link", "permalink"), FrontMatter::webUrl),
                first(values, List.of("lang", "language"), LanguageCodes::iso639_1),
                tags(values, List.of("tags", "categories", "keywords")));
    }

    /** The first value of the keys that reads as the field ("published: true", Jekyll's flag, is no date). */
    private static String first(Map<String, Value> values, List<String> keys,
            Function<String, Optional<String>> reading) {
        for (String key : keys) {
            Value value = values.get(key);
            Optional<String> read = value == null || value.first() == null ? Optional.empty()
                    : reading.apply(value.first().strip());
            if (read.isPresent() && !read.get().isBlank()) {
                return read.get();
            }
        }
        return null;
    }

    /** "Jane Roe", "Jane Roe, John Doe", "Jane Roe and John Doe" or a list of names; cleaned as bylines are. */
    private static List<String> names(Map<String, Value> values, List<String> keys) {
        Set<String> names = new LinkedHashSet<>();
        for (String key : keys) {
            for (String item : items(values.get(key))) {
                names.addAll(Names.list(item));
            }
            if (!names.isEmpty()) {
                break;
            }
        }
        return List.copyOf(names);
    }

    private static List<String> tags(Map<String, Value> values, List<String> keys) {
        Set<String> tags = new LinkedHashSet<>();
        for (String key : keys) {
            for (String item : items(values.get(key))) {
                String tag = item.strip().replaceAll("\\s+", " ");
                if (!tag.isEmpty()) {
                    tags.add(tag);
                }
            }
        }
        return List.copyOf(tags);
    }

    /** A list's items, or a scalar's comma-separated parts ("tags: water, science"). */
    private static List<String> items(Value value) {
        if (value == null) {
            return List.of();
        }
        if (value.isList()) {
            return value.items();
        }
        // Split, then stripped: "\\s*,\\s*" backtracks quadratically over a long run of spaces without a comma.
        return value.first() == null ? List.of()
                : Arrays.stream(value.first().split(",")).map(String::strip).toList();
    }

    private static Optional<String> date(String value) {
        // Front matter writes dates for machines (ISO 8601; Jekyll's "2024-05-06 10:00:00 +0200"), not by a
        // language's convention: no day-first reading.
        return TextDates.machine(value, false);
    }

    private static Optional<String> webUrl(String value) {
        return Optional.of(value).filter(PageMetadata::isWebUrl);
    }
}
