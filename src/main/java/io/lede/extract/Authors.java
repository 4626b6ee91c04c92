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

    /** Author-classed elements of comments, quotes and testimonials, and classes that only contain "author". */
    private static final Pattern NOT_THE_ARTICLES_AUTHOR = Pattern.compile(
            "(?i)comment|quote|testimonial|review|authori[tz]");
    /** Elements too large to be bylines, however they are classed ("single-author" pages). */
    private static final String PAGE_WIDE = "body, html, main, article";

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
        if (!people.isEmpty() && people.stream().allMatch(Names::looksLikeHandle)) {
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
            // Elements named for bylines or authors ("<div class=the-author>Jane Doe</div>").
            for (Element e : page.select("[class*=byline], [class*=author], [rel=author]")) {
                if (!NOT_THE_ARTICLES_AUTHOR.matcher(e.className()).find() && !e.is(PAGE_WIDE) && e.closest("form") == null) {
                    people.addAll(Byline.in(e));
                }
                if (!people.isEmpty()) {
                    break;
                }
            }
        }
        return List.copyOf(people.isEmpty() ? organisations : people);
    }

    private static void addName(Set<String> names, String raw) {
        names.addAll(Names.in(raw));
    }

    private static String normalizeName(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    private static Iterable<JsonNode> iterable(JsonNode array) {
        return array::elements;
    }
}
