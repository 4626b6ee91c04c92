package io.lede.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The date a reader sees next to the headline ("Updated August 14, 2025", a dateline, a byline with a date).
 * Pages often declare one date in their metadata and show another; what they show is what readers and editors
 * mean by the article's date.
 */
final class VisibleDate {

    /** How much text around the headline is searched for a date. */
    private static final int WINDOW = 600;

    /**
     * A publication label and the 30 characters after it, where the labelled date must be ("Published: Thursday,
     * December 18, 2025").
     */
    private static final Pattern LABEL = Pattern.compile(
            "\\b(?:posted|published)(?:\\s+on)?(?:\\s+the)?\\s*:?\\s+(\\S.{0,29})", Pattern.CASE_INSENSITIVE);

    /**
     * How far under the headline a dateline stands: bylines and datelines on extraction-dev end within 370
     * characters of it, while dates further down are already the article's own text ("... is April 15, 2025").
     */
    private static final int DATELINE_REACH = 450;

    /** "Updated", "Last modified on:", "Reviewed", just before a date: the date of a revision. */
    private static final Pattern REVISION_LABEL = Pattern.compile(
            "\\b(?:updated|modified|revised|reviewed)\\b[^\\p{L}\\p{N}]*(?:on\\b)?[^\\p{L}\\p{N}]*$",
            Pattern.CASE_INSENSITIVE);

    private VisibleDate() {
    }

    /** A date found by the headline, how many characters after it (0 above it), and the words just before it. */
    private record Shown(String date, int distance, String before) {

        boolean labelledAsRevision() {
            return REVISION_LABEL.matcher(before).find();
        }
    }

    /**
     * The date in the lines just under the headline, its byline or dateline, unless the page labels it as the date
     * of a revision: the date the page itself gives the article.
     */
    static Optional<String> dateline(Document page, String title) {
        Element heading = heading(page, title);
        if (heading == null) {
            return Optional.empty();
        }
        return inWindow(heading, writesDayFirst(page))
                .filter(shown -> shown.distance() <= DATELINE_REACH && !shown.labelledAsRevision())
                .map(Shown::date);
    }

    private static boolean writesDayFirst(Document page) {
        Element html = page.selectFirst("html");
        return TextDates.writesDayFirst(html == null ? null : html.attr("lang"));
    }

    static Optional<String> near(Document page, String title) {
        boolean dayFirst = writesDayFirst(page);
        Element heading = heading(page, title);
        if (heading != null) {
            Optional<String> date = inWindow(heading, dayFirst).map(Shown::date);
            if (date.isPresent()) {
                return date;
            }
        }
        for (Element e : page.select("[class*=date], [class*=posted], [class*=publish], [class*=updated], "
                + "[class*=byline], [class*=entry-meta], [class*=post-meta], [class*=article-meta], time")) {
            String text = e.ownText().isBlank() ? e.text() : e.ownText();
            if (text.length() <= 120) {
                Optional<String> date = TextDates.shown(text, dayFirst);
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return labelled(page, dayFirst);
    }

    /**
     * A date the page labels as the article's ("Posted on April 13, 2023", "Published: 15/12/2025"), wherever it
     * stands: some layouts put it under the article or in an unmarked line far from the headline.
     */
    private static Optional<String> labelled(Document page, boolean dayFirst) {
        Element body = page.body();
        if (body == null) {
            return Optional.empty();
        }
        Matcher label = LABEL.matcher(body.text());
        while (label.find()) {
            String after = label.group(1);
            Optional<String> date = TextDates.shown(after, dayFirst);
            if (date.isPresent()) {
                return date;
            }
        }
        return Optional.empty();
    }

    private static Element heading(Document page, String title) {
        if (title == null) {
            return null;
        }
        String wanted = normalize(title);
        for (Element h : page.select("h1, h2")) {
            if (normalize(h.text()).equals(wanted)) {
                return h;
            }
        }
        // Pages that keep h1 for the site's name write the headline in a smaller heading or a styled element.
        // Title-classed wrappers can nest deeply around the whole article: read each only as far as a headline goes,
        // or the comparisons would cost the page's text once per level.
        int enough = title.length() * 2 + 16;
        for (Element h : page.select("h3, legend, [class*=title], [class*=headline]")) {
            String text = textUpTo(h, enough);
            if (text.length() < enough && normalize(text).equals(wanted)) {
                return h;
            }
        }
        // Site builders write the headline as a styled paragraph or span ("<p class=\"framer-text\">"); own text
        // only, so that each element costs its own words (extraction-dev date 0.8622 to 0.8636, none lost).
        for (Element e : page.select("p, div, span")) {
            if (normalize(e.ownText()).equals(wanted)) {
                return e;
            }
        }
        return null;
    }

    /** The element's text, cut once it reaches {@code limit} characters. */
    private static String textUpTo(Element element, int limit) {
        StringBuilder text = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    text.append(t.text()).append(' ');
                }
                return text.length() >= limit ? FilterResult.STOP : FilterResult.CONTINUE;
            }
        }, element);
        return text.toString();
    }

    /** The first date in the text just before and after the headline, in document order outward from it. */
    private static Optional<Shown> inWindow(Element heading, boolean dayFirst) {
        StringBuilder after = new StringBuilder();
        Element level = heading;
        for (int depth = 0; depth < 6 && level != null && after.length() < WINDOW; depth++) {
            // Nodes, not only elements: a date is often bare text beside the headline ("<h2>...</h2> 20 May 2024").
            for (Node sibling = level.nextSibling(); sibling != null && after.length() < WINDOW;
                    sibling = sibling.nextSibling()) {
                after.append(' ').append(datedText(sibling));
            }
            Optional<Shown> date = shown(after.toString(), dayFirst);
            if (date.isPresent()) {
                return date;
            }
            for (Node sibling = level.previousSibling(); sibling != null; sibling = sibling.previousSibling()) {
                String text = datedText(sibling);
                if (text.length() > 300) {
                    break;
                }
                date = shown(text, dayFirst).map(aboveIt -> new Shown(aboveIt.date(), 0, aboveIt.before()));
                if (date.isPresent()) {
                    return date;
                }
            }
            level = level.parent();
        }
        return Optional.empty();
    }

    private static Optional<Shown> shown(String text, boolean dayFirst) {
        return TextDates.shownAt(text, dayFirst).map(found -> new Shown(found.date(), found.start(),
                text.substring(Math.max(0, found.start() - 30), found.start())));
    }

    /** An element's text with the machine date of any {@code <time>} in it, which may not be written out. */
    private static String datedText(Node node) {
        if (!(node instanceof Element e)) {
            return node instanceof TextNode t ? t.text().strip() : "";
        }
        String text = e.text();
        for (Element time : e.select("time[datetime]")) {
            text = text + " " + time.attr("datetime").replace('T', ' ');
        }
        return text.length() > WINDOW ? text.substring(0, WINDOW) : text;
    }

    private static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
