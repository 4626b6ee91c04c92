package io.lede.extract;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Extracts an article from a whole web page: its metadata and its own text without the page's boilerplate.
 * Plain Java on Jsoup: no framework, no I/O, safe to call from any thread.
 */
public final class ArticleExtractor {

    /** Separators sites put between a headline and their own name in {@code <title>} and og:title. */
    private static final Pattern TITLE_SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»/]\\s+");

    /**
     * @param pageUrl where the page came from, if known: resolves relative links and names the source when the
     *        page does not
     */
    public ExtractedArticle extract(String html, String pageUrl) {
        return extract(Jsoup.parse(html, pageUrl == null ? "" : pageUrl), pageUrl);
    }

    /**
     * Extracts from raw bytes, decoding them as the page says (byte-order mark, then {@code <meta charset>}),
     * UTF-8 otherwise.
     */
    public ExtractedArticle extract(byte[] html, String pageUrl) {
        try {
            return extract(Jsoup.parse(new ByteArrayInputStream(html), null, pageUrl == null ? "" : pageUrl), pageUrl);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // cannot happen reading from memory
        }
    }

    private ExtractedArticle extract(Document page, String pageUrl) {
        PageMetadata meta = new PageMetadata(page);
        Optional<String> url = meta.canonicalUrl().or(() -> Optional.ofNullable(pageUrl).filter(u -> !u.isBlank()));
        Optional<String> source = meta.siteName().or(() -> url.map(ArticleExtractor::domain));
        String title = title(meta, page, source.orElse(null));
        String body = MainContent.extract(page, title);
        return new ExtractedArticle(
                title,
                meta.description().orElse(null),
                meta.authors(),
                meta.published().orElse(null),
                meta.modified().orElse(null),
                url.orElse(null),
                source.orElse(null),
                meta.language().orElse(null),
                meta.tags(),
                body);
    }

    /**
     * The headline: the page's own h1 when the declared titles confirm it (h1s are also used for site logos and
     * section names), else the declared title without the site's name.
     */
    private static String title(PageMetadata meta, Document page, String siteName) {
        List<String> declared = new ArrayList<>();
        for (String candidate : meta.titleCandidates()) {
            declared.add(withoutSiteName(candidate, siteName));
        }
        for (Element h1 : page.select("h1")) {
            String heading = h1.text().strip();
            if (heading.length() < 3) {
                continue;
            }
            String normalized = normalize(heading);
            for (String title : declared) {
                String t = normalize(title);
                if (t.equals(normalized) || t.startsWith(normalized) || normalized.startsWith(t) && t.length() > 15) {
                    return heading;
                }
            }
        }
        if (!declared.isEmpty()) {
            return declared.get(0);
        }
        Element h1 = page.selectFirst("h1");
        return h1 == null || h1.text().isBlank() ? null : h1.text().strip();
    }

    private static String withoutSiteName(String title, String siteName) {
        String[] parts = TITLE_SEPARATOR.split(title);
        if (parts.length < 2) {
            return title.strip();
        }
        String site = siteName == null ? "" : normalize(siteName);
        String first = normalize(parts[0]);
        String last = normalize(parts[parts.length - 1]);
        if (!site.isEmpty() && (last.equals(site) || site.contains(last) && last.length() > 2)) {
            return title.substring(0, title.lastIndexOf(parts[parts.length - 1])).replaceFirst(
                    TITLE_SEPARATOR.pattern() + "$", "").strip();
        }
        if (!site.isEmpty() && (first.equals(site) || site.contains(first) && first.length() > 2)) {
            return title.substring(parts[0].length()).replaceFirst("^" + TITLE_SEPARATOR.pattern(), "").strip();
        }
        return title.strip();
    }

    private static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static String domain(String url) {
        try {
            String host = new URI(url).getHost();
            return host == null ? null : host.replaceFirst("^www\\.", "");
        } catch (Exception e) {
            return null;
        }
    }
}
