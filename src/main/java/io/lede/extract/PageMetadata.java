package io.lede.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Metadata a page declares about itself: Open Graph and Twitter cards, JSON-LD (schema.org), meta tags, link
 * relations, {@code <time>} elements and bylines. Each getter tries the sources in order of reliability.
 */
final class PageMetadata {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern ARTICLE_TYPE = Pattern.compile(
            ".*(Article|BlogPosting|Posting|Report|Story|NewsArticle|Review|HowTo|Recipe).*");
    private static final Pattern ORIGINAL_URL_LABEL = Pattern.compile(
            "(?i)^\\s*(original|source|canonical)\\s+(url|link)\\s*:");

    private final Document page;
    /** Whether the page's language writes numeric dates day first ("04/03/2024" as 4 March). */
    private final boolean dayFirst;
    private final List<JsonNode> ldArticles = new ArrayList<>();
    private final List<JsonNode> ldAll = new ArrayList<>();
    /** First non-blank content of each meta tag, by lower-cased property, name or itemprop. */
    private final Map<String, String> metaTags = new java.util.LinkedHashMap<>();

    PageMetadata(Document page) {
        this.page = page;
        Element html = page.selectFirst("html");
        this.dayFirst = TextDates.writesDayFirst(html == null ? null : html.attr("lang"));
        // Read once: the getters below ask for some twenty tags each page.
        for (Element e : page.select("meta[content]")) {
            String name = e.hasAttr("property") ? e.attr("property") : e.hasAttr("name") ? e.attr("name")
                    : e.attr("itemprop");
            if (!name.isBlank() && !e.attr("content").isBlank()) {
                metaTags.putIfAbsent(name.toLowerCase(Locale.ROOT), e.attr("content").strip());
            }
        }
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                collect(JSON.readTree(script.data()));
            } catch (Exception malformed) {
                // pages often ship broken JSON-LD; the other sources still count
            }
        }
    }

    private void collect(JsonNode node) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(this::collect);
            return;
        }
        if (!node.isObject()) {
            return;
        }
        ldAll.add(node);
        if (ARTICLE_TYPE.matcher(node.path("@type").toString()).matches()) {
            ldArticles.add(node);
        }
        collect(node.get("@graph"));
    }

    /** Title candidates in order of preference: og:title, twitter:title, JSON-LD headline, {@code <title>}. */
    List<String> titleCandidates() {
        List<String> titles = new ArrayList<>();
        add(titles, meta("og:title"));
        add(titles, meta("twitter:title"));
        ldArticles.forEach(ld -> add(titles, text(ld.get("headline"))));
        add(titles, page.title());
        return titles;
    }

    Optional<String> siteName() {
        Optional<String> og = meta("og:site_name");
        if (og.isPresent()) {
            return og;
        }
        for (JsonNode ld : ldArticles) {
            Optional<String> publisher = text(ld.path("publisher").get("name"));
            if (publisher.isPresent()) {
                return publisher;
            }
        }
        for (JsonNode ld : ldAll) {
            if (ld.path("@type").asText().equals("WebSite")) {
                Optional<String> name = text(ld.get("name"));
                if (name.isPresent()) {
                    return name;
                }
            }
        }
        return meta("application-name");
    }

    Optional<String> canonicalUrl() {
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        if (canonical != null && isWebUrl(canonical.absUrl("href"))) {
            return Optional.of(canonical.absUrl("href"));
        }
        return meta("og:url").filter(PageMetadata::isWebUrl).or(this::writtenOriginalUrl);
    }

    /** "Original url: <link>" (or "Source URL:"), as saved articles and scrapers write it under the text. */
    private Optional<String> writtenOriginalUrl() {
        for (Element label : page.select("p, div, li, span, strong, em")) {
            // Own text only: the label is written in the element itself, and whole-subtree text would cost
            // quadratic time on deeply nested pages.
            if (!ORIGINAL_URL_LABEL.matcher(label.ownText()).find()) {
                continue;
            }
            Element link = label.selectFirst("a[href]");
            for (Element next = label.nextElementSibling(); link == null && next != null;
                    next = next.nextElementSibling()) {
                link = next.is("a[href]") ? next : next.selectFirst("a[href]");
            }
            if (link != null && isWebUrl(link.absUrl("href"))) {
                return Optional.of(link.absUrl("href"));
            }
        }
        return Optional.empty();
    }

    Optional<String> description() {
        return meta("og:description").or(() -> meta("description")).or(() -> meta("twitter:description"));
    }

    Optional<String> language() {
        String lang = page.selectFirst("html") == null ? "" : page.selectFirst("html").attr("lang");
        if (lang.isBlank()) {
            lang = meta("og:locale").orElse(meta("content-language").orElse(""));
        }
        // "xx" or "x-default" names no language: the text's own language is then detected instead.
        return LanguageCodes.iso639_1(lang);
    }

    /** Who wrote the page; see {@link Authors}. */
    List<String> authors(String headline) {
        return new Authors(page, ldArticles, this).find(headline);
    }

    private static final Pattern VENDOR_PUBLISHED = Pattern.compile(
            "[\\w.]+[-_:.]+(?:publish(?:ed)?|pub|publication)[-_]?(?:date|time)");

    Optional<String> published() {
        for (JsonNode ld : ldArticles) {
            Optional<String> date = text(ld.get("datePublished")).flatMap(this::date);
            if (date.isPresent()) {
                return date;
            }
        }
        for (String name : List.of("article:published_time", "og:article:published_time", "datePublished",
                "pubdate", "publishdate", "publish-date", "date", "dc.date", "dc.date.issued", "dcterms.created",
                "sailthru.date", "parsely-pub-date", "article.published", "published_time", "published",
                "published-date", "publication-date", "publication_date", "publish_date", "og:published_time",
                "dcterms.issued", "dcterms.date",
                // Highwire tags, which journals and some blogs write for Google Scholar
                "citation_publication_date", "citation_date", "citation_online_date")) {
            Optional<String> date = meta(name).flatMap(this::date);
            if (date.isPresent()) {
                return date;
            }
        }
        // A vendor's own prefix on a usual name: "w-published-date", "cXenseParse:publishtime".
        for (Map.Entry<String, String> tag : metaTags.entrySet()) {
            if (VENDOR_PUBLISHED.matcher(tag.getKey()).matches()) {
                Optional<String> date = date(tag.getValue());
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        for (Element time : page.select("[itemprop=datePublished], time[datetime], time[pubdate]")) {
            String value = time.hasAttr("datetime") ? time.attr("datetime") : time.attr("content");
            Optional<String> date = date(value.isBlank() ? time.text() : value);
            if (date.isPresent()) {
                return date;
            }
        }
        // Not the datePublished of a JSON-LD WebPage or other non-article item: SEO plugins stamp every page with
        // one, evergreen pages and product pages included, so it says when the URL went live rather than that
        // an article was published then. A page that shows such a date is still dated from what it shows.
        return Optional.empty();
    }

    Optional<String> modified() {
        for (JsonNode ld : ldArticles) {
            Optional<String> date = text(ld.get("dateModified")).flatMap(this::date);
            if (date.isPresent()) {
                return date;
            }
        }
        return meta("article:modified_time").or(() -> meta("og:updated_time")).flatMap(this::date);
    }

    /** A declared date, its numeric form ("04/03/2024") read by the convention of the page's language. */
    private Optional<String> date(String value) {
        return TextDates.machine(value, dayFirst);
    }

    List<String> tags() {
        Set<String> tags = new LinkedHashSet<>();
        for (Element e : page.select("meta[property=article:tag], meta[name=article:tag]")) {
            add(tags, e.attr("content"));
        }
        meta("article:section").ifPresent(s -> add(tags, s));
        for (JsonNode ld : ldArticles) {
            JsonNode keywords = ld.get("keywords");
            if (keywords != null && keywords.isArray()) {
                keywords.forEach(k -> add(tags, k.asText()));
            } else if (keywords != null) {
                for (String k : keywords.asText().split(",")) {
                    add(tags, k);
                }
            }
            text(ld.get("articleSection")).ifPresent(s -> add(tags, s));
        }
        if (tags.isEmpty()) {
            meta("keywords").ifPresent(k -> {
                for (String keyword : k.split(",")) {
                    add(tags, keyword);
                }
            });
        }
        return tags.stream().limit(20).toList();
    }

    /** A meta tag by property or name, case-insensitive. */
    Optional<String> meta(String key) {
        return Optional.ofNullable(metaTags.get(key.toLowerCase(Locale.ROOT)));
    }

    private static void add(java.util.Collection<String> to, Optional<String> value) {
        value.ifPresent(v -> add(to, v));
    }

    private static void add(java.util.Collection<String> to, String value) {
        if (value != null && !value.isBlank()) {
            to.add(value.strip().replaceAll("\\s+", " "));
        }
    }

    private static Optional<String> text(JsonNode node) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (node.isArray()) {
            return node.isEmpty() ? Optional.empty() : text(node.get(0));
        }
        String text = node.isTextual() ? node.asText() : node.path("name").asText(node.path("@value").asText(""));
        return text.isBlank() ? Optional.empty() : Optional.of(text.strip());
    }

    static boolean isWebUrl(String url) {
        try {
            URI uri = new URI(url);
            return uri.getHost() != null && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
                    && uri.getPort() <= 65535 && uri.getPort() != 0;
        } catch (Exception e) {
            return false;
        }
    }
}
