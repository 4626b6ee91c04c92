package io.lede.extract;

import java.util.List;
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

    /**
     * "Updated", "Last modified on:", "Reviewed", "Aktualisiert am", "Mis à jour le", just before a date: the date of
     * a revision.
     */
    private static final Pattern REVISION_LABEL = Pattern.compile("(?<!\\p{L})(?:updated|modified|revised|reviewed"
            + "|aktualisiert|geändert|mis à jour|modifié|actualizad[oa]|modificad[oa]|aggiornat[oa]|atualizad[oa]"
            + "|обновлено|оновлено)(?!\\p{L})[^\\p{L}\\p{N}]*(?:(?:on|am|le|el|il|em)(?!\\p{L}))?[^\\p{L}\\p{N}]*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A date the article's text is about rather than its dateline: "since January 5, 2024", "On March 3, 2023, the
     * council...". Bylines write "On 8 Oct 2022 in News" and "Published on March 3, 2023": "on" marks a sentence only
     * when a comma follows the date.
     */
    private static final Pattern IN_A_SENTENCE = Pattern.compile(
            "(?<!\\p{L})(?:since|until|from|before|after|between|than)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern OPENS_A_SENTENCE = Pattern.compile("(?<!\\p{L})on\\s*$", Pattern.CASE_INSENSITIVE);

    /** Shorter headlines are too common a text to find as a styled paragraph ("News", "Home"). */
    private static final int STYLED_HEADLINE_MIN_LENGTH = 12;

    private final Document page;
    private final boolean dayFirst;
    private final Element heading;
    private final List<String> authors;
    private Optional<Shown> byHeadline;
    private Optional<String> near;

    /**
     * Finds the headline once: both the dateline and the shown date are searched from it.
     *
     * @param authors the article's authors: an author box far from the headline may carry the date
     */
    VisibleDate(Document page, String title, List<String> authors) {
        this.page = page;
        this.authors = authors;
        Element html = page.selectFirst("html");
        this.dayFirst = TextDates.writesDayFirst(html == null ? null : html.attr("lang"));
        this.heading = heading(page, title);
    }

    /**
     * A date found by the headline: how many characters under it, or how many levels up from it when above it
     * ({@code -1} when under), the words just before it and the character after it.
     */
    private record Shown(String date, int distance, int levelsUp, String before, String after) {

        /**
         * Close under the headline, or right above it (a kicker's line; a masthead's date of today stands further
         * up), and neither a revision's date nor one the text is about.
         */
        boolean isDateline() {
            boolean close = levelsUp < 0 ? distance <= DATELINE_REACH : levelsUp <= 1;
            return close && !REVISION_LABEL.matcher(before).find() && !IN_A_SENTENCE.matcher(before).find()
                    && !(OPENS_A_SENTENCE.matcher(before).find() && after.startsWith(","));
        }
    }

    /**
     * The date in the lines just under the headline, its byline or dateline, unless the page labels it as the date
     * of a revision or it stands in a sentence: the date the page itself gives the article. Dates above the headline
     * are left out: mastheads show today's.
     */
    Optional<String> dateline() {
        return byHeadline().filter(Shown::isDateline).map(Shown::date);
    }

    /** The first date beside the headline, searched once for both questions. */
    private Optional<Shown> byHeadline() {
        if (byHeadline == null) {
            byHeadline = heading == null ? Optional.empty() : inWindow(heading, dayFirst);
        }
        return byHeadline;
    }

    /**
     * The first date shown by the headline, else in a date-like element, else labelled anywhere on the page, else
     * beside an author's name; searched once, however often asked.
     */
    Optional<String> near() {
        if (near == null) {
            near = search();
        }
        return near;
    }

    private Optional<String> search() {
        Optional<String> beside = byHeadline().map(Shown::date);
        if (beside.isPresent()) {
            return beside;
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
        return labelled().or(this::besideAuthor);
    }

    /**
     * "Written by Jane Doe · April 8, 2024" in an unmarked author box away from the headline, or under an article
     * whose headline is no heading: the date in the few lines around an author's name. Last, as dates in such boxes
     * are as often a profile's or a comment's (extraction-dev: 2 pages dated that had none, none lost; trusting it
     * over the declared date, as a dateline, lost 5 to gain 1).
     */
    private Optional<String> besideAuthor() {
        for (String name : authors) {
            for (Element e : page.getElementsContainingOwnText(name)) {
                Element block = e;
                for (int up = 0; up < 3 && block != null; up++, block = block.parent()) {
                    String text = block.text();
                    // A few lines: beyond, the block is the article or the page, and its dates are anyone's.
                    if (text.length() > 200) {
                        break;
                    }
                    Optional<String> date = TextDates.shown(text, dayFirst);
                    if (date.isPresent()) {
                        return date;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * A date the page labels as the article's ("Posted on April 13, 2023", "Published: 15/12/2025"), wherever it
     * stands: some layouts put it under the article or in an unmarked line far from the headline.
     */
    private Optional<String> labelled() {
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
        String wanted = title == null ? "" : normalize(title);
        if (wanted.isEmpty()) {
            return null;
        }
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
        if (wanted.length() < STYLED_HEADLINE_MIN_LENGTH) {
            return null;
        }
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
                int levelsUp = depth;
                date = shown(text, dayFirst).map(aboveIt -> new Shown(aboveIt.date(), 0, levelsUp, aboveIt.before(),
                        aboveIt.after()));
                if (date.isPresent()) {
                    return date;
                }
            }
            level = level.parent();
        }
        return Optional.empty();
    }

    private static Optional<Shown> shown(String text, boolean dayFirst) {
        return TextDates.shownAt(text, dayFirst).map(found -> new Shown(found.date(), found.start(), -1,
                text.substring(Math.max(0, found.start() - 30), found.start()),
                text.substring(found.end(), Math.min(text.length(), found.end() + 1))));
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
