package io.lede.extract;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

import com.fasterxml.jackson.databind.JsonNode;

/** Who wrote a page, from the sources {@link PageMetadata} reads and from the bylines the page shows. */
final class Authors {

    private static final Pattern BY_PREFIX = Pattern.compile("^(?i)(by|written by|posted by|author:?|von|par|por)\\s+");
    private static final Pattern ROLE_OR_DATE = Pattern.compile("(?i)(writer|editor|reporter|correspondent|"
            + "contributor|columnist|published|updated|posted|reviewed|last|on|at|in|jan|feb|mar|apr|may|jun|jul|aug|"
            + "sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|"
            + "december|\\d.*|\\||·|•)[.,:]?");
    /** Words bylines print instead of a name. */
    private static final Pattern LABEL = Pattern.compile(
            "(?i)(written by|author|authors|posted by|by|admin|administrator|editor|staff|guest|anonymous|unknown)");
    private static final Pattern NAME_SPLIT = Pattern.compile("\\s*(?:,\\s*and\\s+|\\s+and\\s+|\\s*&\\s*|\\s*\\|\\s*)\\s*");

    private final Document page;
    private final List<JsonNode> ldArticles;
    private final PageMetadata meta;

    Authors(Document page, List<JsonNode> ldArticles, PageMetadata meta) {
        this.page = page;
        this.ldArticles = ldArticles;
        this.meta = meta;
    }

    /**
     * People first: JSON-LD authors typed as persons, meta author tags, author links, then a visible "By ..." line
     * near the headline; organisations named as authors only when no person is named anywhere.
     */
    List<String> find(String headline) {
        Set<String> people = new LinkedHashSet<>();
        Set<String> organisations = new LinkedHashSet<>();
        for (JsonNode ld : ldArticles) {
            JsonNode author = ld.get("author");
            if (author != null) {
                for (JsonNode a : author.isArray() ? iterable(author) : List.of(author)) {
                    String name = a.isTextual() ? a.asText() : a.path("name").asText(null);
                    addName(a.path("@type").asText("Person").contains("Organization") ? organisations : people,
                            name == null ? null : Parser.unescapeEntities(name, false));
                }
            }
        }
        Optional<String> site = meta.siteName().map(Authors::normalizeName);
        people.removeIf(p -> site.filter(normalizeName(p)::equals).isPresent() && organisations.add(p));
        if (!people.isEmpty() && people.stream().allMatch(Authors::looksLikeHandle)) {
            Optional<String> written = Byline.near(page, headline);
            if (written.isPresent()) {
                people.clear();
                addName(people, written.get());
            }
        }
        if (people.isEmpty()) {
            meta.meta("author").ifPresent(n -> addName(people, n));
            meta.meta("article:author").filter(a -> !a.startsWith("http")).ifPresent(n -> addName(people, n));
            meta.meta("parsely-author").ifPresent(n -> addName(people, n));
            meta.meta("sailthru.author").ifPresent(n -> addName(people, n));
        }
        if (people.isEmpty()) {
            for (Element e : page.select("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]")) {
                addName(people, e.text());
                if (!people.isEmpty()) {
                    break;
                }
            }
        }
        if (people.isEmpty()) {
            Byline.near(page, headline).ifPresent(n -> addName(people, n));
        }
        if (people.isEmpty()) {
            // Elements named for bylines or authors, innermost text first ("<div class=the-author>Jane Doe</div>").
            for (Element e : page.select("[class*=byline], [class*=author], [rel=author]")) {
                String text = e.ownText().isBlank() ? e.text() : e.ownText();
                if (text.length() <= 60 && text.chars().anyMatch(Character::isUpperCase)) {
                    addName(people, text);
                }
                if (!people.isEmpty()) {
                    break;
                }
            }
        }
        return List.copyOf(people.isEmpty() ? organisations : people);
    }

    private static void addName(Set<String> names, String raw) {
        if (raw == null) {
            return;
        }
        String text = BY_PREFIX.matcher(raw.strip()).replaceFirst("").strip();
        if (text.isEmpty() || text.length() > 100 || text.startsWith("http") || text.contains("@")) {
            return;
        }
        for (String part : NAME_SPLIT.split(text)) {
            for (String piece : part.split("\\s*,\\s*|\\s+[-–—]\\s+")) {
                String name = personName(piece);
                if (name != null) {
                    names.add(name);
                }
                // What follows a name's first comma or dash is a credential or a role ("Jane Doe, MD").
                break;
            }
        }
    }

    /**
     * A name without what bylines append to it: credentials (MD, PhD), roles (Staff Writer), dates. Null when
     * nothing name-like is left.
     */
    static String personName(String raw) {
        String[] words = raw.strip().split("\\s+");
        StringBuilder name = new StringBuilder();
        int kept = 0;
        for (String word : words) {
            boolean trailer = ROLE_OR_DATE.matcher(word).matches()
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

    /** A user name (jdoe, jane.doe) rather than a name people write. */
    static boolean looksLikeHandle(String name) {
        return !name.contains(" ") && (name.equals(name.toLowerCase(Locale.ROOT)) || name.matches(".*[._\\d].*"));
    }

    private static String normalizeName(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    private static Iterable<JsonNode> iterable(JsonNode array) {
        return array::elements;
    }
}
