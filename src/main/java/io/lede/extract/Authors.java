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
     * near the headline, then author-classed elements; organisations named as authors only when no person is named
     * anywhere. A user name ("jdoe") gives way to a name the page shows.
     */
    List<String> find(String headline) {
        Set<String> people = new LinkedHashSet<>();
        Set<String> organisations = new LinkedHashSet<>();
        fromJsonLd(people, organisations);
        if (people.isEmpty()) {
            fromMetaTags(people);
        }
        if (!people.isEmpty() && people.stream().allMatch(Names::looksLikeHandle)) {
            List<String> shown = shown(headline);
            if (!shown.isEmpty()) {
                people.clear();
                people.addAll(shown);
            }
        }
        if (people.isEmpty()) {
            people.addAll(marked());
        }
        if (people.isEmpty()) {
            people.addAll(shown(headline));
        }
        return List.copyOf(people.isEmpty() ? organisations : people);
    }

    private void fromJsonLd(Set<String> people, Set<String> organisations) {
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
    }

    private void fromMetaTags(Set<String> people) {
        meta.meta("author").ifPresent(n -> addName(people, n));
        meta.meta("article:author").filter(a -> !a.startsWith("http")).ifPresent(n -> addName(people, n));
        meta.meta("parsely-author").ifPresent(n -> addName(people, n));
        meta.meta("sailthru.author").ifPresent(n -> addName(people, n));
    }

    /** Names in elements marked up as the author, by link relation or microdata. */
    private List<String> marked() {
        for (Element e : page.select("[rel=author], [itemprop=author] [itemprop=name], [itemprop=author]")) {
            List<String> names = e.hasAttr("content") ? Names.list(e.attr("content")) : Byline.in(e);
            if (!names.isEmpty()) {
                return names;
            }
        }
        return List.of();
    }

    /** Names the page shows: a byline near the headline, else in elements classed for bylines or authors. */
    private List<String> shown(String headline) {
        List<String> near = Byline.near(page, headline).map(Names::in).orElse(List.of());
        if (!near.isEmpty()) {
            return near;
        }
        for (Element e : page.select("[class*=byline], [class*=author], [rel=author]")) {
            if (!NOT_THE_ARTICLES_AUTHOR.matcher(e.className()).find() && !e.is(PAGE_WIDE)
                    && e.closest("form") == null) {
                List<String> names = Byline.in(e);
                if (!names.isEmpty()) {
                    return names;
                }
            }
        }
        return List.of();
    }

    private static void addName(Set<String> names, String raw) {
        names.addAll(Names.list(raw));
    }

    private static String normalizeName(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    private static Iterable<JsonNode> iterable(JsonNode array) {
        return array::elements;
    }
}
