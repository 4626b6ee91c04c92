package io.lede.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the subset of YAML and TOML that front matter is written in: top-level keys with a scalar (plain, quoted,
 * folded over several lines), an inline list ({@code [a, "b"]}) or a block list ({@code - a}). Everything else
 * (nested maps, TOML tables, anchors, tags) is skipped, and nothing is ever turned into objects: the text comes
 * from whoever posted the document, and a general YAML reader constructing what it names is a known way in.
 * <p>
 * A block with a line that is none of these forms is not front matter ({@link Optional#empty()}): a document that
 * opens with a thematic break keeps its text.
 */
final class FrontMatterParser {

    /** One key's value: a scalar is a list of one item that is not a list. */
    record Value(List<String> items, boolean isList) {

        String first() {
            return items.isEmpty() ? null : items.get(0);
        }
    }

    /**
     * "title: ...", "Date created: ...": YAML keys may hold spaces (Obsidian's properties do), not colons. Possessive,
     * so that a long line that is no key costs one pass.
     */
    /** Characters of a TOML array or multi-line string continued over lines: tags and summaries, not books. */
    private static final int MAX_CONTINUED_VALUE = 8_192;
    private static final Pattern YAML_KEY = Pattern.compile("([^\\s:#\\-\\[{\"'][^:#]*+|\"[^\"]*\"|'[^']*')\\s*:(?:\\s+(.*))?");
    private static final Pattern TOML_KEY = Pattern.compile("([\\w.-]+|\"[^\"]*\"|'[^']*')\\s*=\\s*(.*)");
    private static final Pattern TOML_TABLE = Pattern.compile("\\[\\[?[^\\]]+]]?\\s*(#.*)?");
    /** "|", ">-", "|2": a block scalar, its text on the indented lines below. */
    private static final Pattern BLOCK_SCALAR = Pattern.compile("([|>])[-+]?\\d?\\s*(#.*)?");

    private FrontMatterParser() {
    }

    /** The values of a YAML block (the lines between its {@code ---} delimiters), by lower-cased key. */
    static Optional<Map<String, Value>> yaml(List<String> lines) {
        Map<String, Value> values = new LinkedHashMap<>();
        YamlEntry entry = null;
        for (String line : lines) {
            String text = line.strip();
            if (text.isEmpty() || text.startsWith("#")) {
                if (entry != null && entry.block != null) {
                    entry.block.append('\n');
                }
                continue;
            }
            boolean indented = Character.isWhitespace(line.charAt(0));
            boolean item = text.equals("-") || text.startsWith("- ");
            if (indented || item && entry != null && entry.block == null) {
                if (entry == null) {
                    return Optional.empty(); // text below no key
                }
                entry.add(text, item);
                continue;
            }
            Matcher key = YAML_KEY.matcher(text);
            if (!key.matches()) {
                return Optional.empty();
            }
            if (entry != null) {
                entry.putInto(values);
            }
            entry = new YamlEntry(key(key.group(1)), key.group(2) == null ? "" : key.group(2).strip());
        }
        if (entry != null) {
            entry.putInto(values);
        }
        return Optional.of(values);
    }

    /** The top-level values of a TOML block (between its {@code +++} delimiters), by lower-cased key. */
    static Optional<Map<String, Value>> toml(List<String> lines) {
        Map<String, Value> values = new LinkedHashMap<>();
        boolean inTable = false;
        String key = null;
        StringBuilder raw = null;
        for (String line : lines) {
            String text = line.strip();
            if (raw != null) {
                // An array or a """string""" continued from the lines above.
                raw.append(raw.charAt(0) == '[' ? " " : "\n").append(text);
                if (raw.length() > MAX_CONTINUED_VALUE) {
                    // No front matter writes such a value; rescanning it on every line would cost its square.
                    return Optional.empty();
                }
                if (closes(raw)) {
                    if (!inTable) {
                        values.putIfAbsent(key, interpret(raw.toString()));
                    }
                    raw = null;
                }
                continue;
            }
            if (text.isEmpty() || text.startsWith("#")) {
                continue;
            }
            if (TOML_TABLE.matcher(text).matches()) {
                inTable = true; // keys of [params] and other tables are not the article's own
                continue;
            }
            Matcher pair = TOML_KEY.matcher(text);
            if (!pair.matches()) {
                return Optional.empty();
            }
            key = key(pair.group(1));
            String value = pair.group(2).strip();
            if (!closes(new StringBuilder(value))) {
                raw = new StringBuilder(value);
            } else if (!inTable) {
                values.putIfAbsent(key, interpret(value));
            }
        }
        return raw == null ? Optional.of(values) : Optional.empty();
    }

    /**
     * Each line without the spaces at its end. Not a regular expression: " *\n" backtracks over every run of spaces
     * that no line break follows, quadratic in its length.
     */
    private static String withoutTrailingSpaces(String text) {
        StringJoiner lines = new StringJoiner("\n");
        for (String line : text.split("\n", -1)) {
            lines.add(line.stripTrailing());
        }
        return lines.toString();
    }

    /** Whether a value's brackets and triple quotes are closed on the lines read so far. */
    private static boolean closes(StringBuilder value) {
        String text = value.toString();
        if (text.startsWith("\"\"\"") || text.startsWith("'''")) {
            return text.length() >= 6 && text.indexOf(text.substring(0, 3), 3) >= 0;
        }
        if (!text.startsWith("[")) {
            return true;
        }
        int depth = 0;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '"') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '[') {
                depth++;
            } else if (c == ']') {
                depth--;
            }
        }
        return depth <= 0;
    }

    /** A key's value as written after its key, on one or more lines: an inline list or a scalar. */
    private static Value interpret(String raw) {
        String text = raw.strip();
        if (text.startsWith("\"\"\"") || text.startsWith("'''")) {
            int end = text.indexOf(text.substring(0, 3), 3);
            return scalarValue(text.substring(3, end < 0 ? text.length() : end).strip());
        }
        if (text.startsWith("[")) {
            List<String> items = new ArrayList<>();
            for (String item : splitList(text.substring(1, Math.max(1, text.lastIndexOf(']'))))) {
                String value = scalar(item);
                if (!value.isEmpty()) {
                    items.add(value);
                }
            }
            return new Value(items, true);
        }
        if (text.startsWith("{")) {
            return new Value(List.of(), false); // a nested map: not one of the keys read
        }
        return scalarValue(scalar(text));
    }

    private static Value scalarValue(String text) {
        return new Value(text.isEmpty() ? List.of() : List.of(text), false);
    }

    /** The items of an inline list, split at commas outside quotes. */
    private static List<String> splitList(String inner) {
        List<String> items = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        char quote = 0;
        for (int i = 0; i < inner.length(); i++) {
            char c = inner.charAt(i);
            if (quote != 0) {
                current.append(c);
                if (c == '\\' && quote == '"' && i + 1 < inner.length()) {
                    current.append(inner.charAt(++i));
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == ',') {
                items.add(current.toString());
                current.setLength(0);
            } else {
                if (c == '"' || c == '\'') {
                    quote = c;
                }
                current.append(c);
            }
        }
        items.add(current.toString());
        return items;
    }

    /**
     * A scalar's text: a quoted string without its quotes and with its escapes read, a plain one without a trailing
     * comment; YAML's null ({@code ~}, {@code null}) is empty.
     */
    static String scalar(String written) {
        String text = written.strip();
        if (text.startsWith("\"")) {
            return doubleQuoted(text);
        }
        if (text.startsWith("'")) {
            StringBuilder value = new StringBuilder();
            for (int i = 1; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\'' && i + 1 < text.length() && text.charAt(i + 1) == '\'') {
                    value.append('\'');
                    i++;
                } else if (c == '\'') {
                    break;
                } else {
                    value.append(c);
                }
            }
            return value.toString().strip();
        }
        int comment = text.indexOf(" #");
        String plain = (comment < 0 ? text : text.substring(0, comment)).strip();
        return plain.equals("~") || plain.equalsIgnoreCase("null") ? "" : plain;
    }

    private static String doubleQuoted(String text) {
        StringBuilder value = new StringBuilder();
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                break;
            }
            if (c != '\\' || i + 1 >= text.length()) {
                value.append(c);
                continue;
            }
            char escaped = text.charAt(++i);
            switch (escaped) {
                case 'n' -> value.append('\n');
                case 't' -> value.append('\t');
                case 'u' -> {
                    if (i + 4 < text.length() && text.substring(i + 1, i + 5).matches("\\p{XDigit}{4}")) {
                        value.append((char) Integer.parseInt(text.substring(i + 1, i + 5), 16));
                        i += 4;
                    }
                }
                default -> value.append(escaped); // \" \\ \/ and what YAML escapes we do not need
            }
        }
        return value.toString().strip();
    }

    private static String key(String written) {
        return scalar(written).toLowerCase(Locale.ROOT);
    }

    /** A YAML key being read, and what the lines below it add to its value. */
    private static final class YamlEntry {

        private final String key;
        private final StringBuilder raw;
        private final List<String> items = new ArrayList<>();
        /** The text of a block scalar ("description: >"), null for other values. */
        private final StringBuilder block;
        private final boolean folded;
        /** Whether the lines below are a nested map ("author:\n  name: ..."), which is not read. */
        private boolean nested;

        YamlEntry(String key, String written) {
            this.key = key;
            Matcher block = BLOCK_SCALAR.matcher(written);
            boolean isBlock = block.matches();
            this.block = isBlock ? new StringBuilder() : null;
            this.folded = isBlock && block.group(1).equals(">");
            this.raw = new StringBuilder(isBlock ? "" : written);
        }

        /** Adds a line below the key: what it cannot read (the rest of a list item that is a map) is passed over. */
        void add(String text, boolean item) {
            if (block != null) {
                block.append(text).append(folded ? ' ' : '\n');
            } else if (item && raw.isEmpty() && !nested) {
                String value = interpret(text.substring(1)).first();
                if (value != null) {
                    items.add(value);
                }
            } else if (!raw.isEmpty() && items.isEmpty()) {
                raw.append(' ').append(text); // a plain or quoted scalar, or an inline list, folded over lines
            } else if (items.isEmpty()) {
                nested = true;
            }
        }

        /** Puts the value read, if any; a key given twice keeps its first value, as the author's slip. */
        void putInto(Map<String, Value> values) {
            value().ifPresent(value -> values.putIfAbsent(key, value));
        }

        private Optional<Value> value() {
            if (block != null) {
                String text = withoutTrailingSpaces(block.toString()).strip();
                return Optional.of(scalarValue(folded ? text.replaceAll("\\s+", " ") : text));
            }
            if (!items.isEmpty()) {
                return Optional.of(new Value(List.copyOf(items), true));
            }
            return nested || raw.isEmpty() ? Optional.empty() : Optional.of(interpret(raw.toString()));
        }
    }
}
