package io.lede.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the article's own text in a page full of navigation, teasers and widgets.
 * <p>
 * General signals only, no per-site rules: semantic markup (article, main, articleBody), where the paragraphs
 * cluster (text density, commas, in the manner of Readability), link density, and names that page authors give to
 * boilerplate (share, related, newsletter, cookie ...).
 */
final class MainContent {

    /**
     * Never prose: code, media, and the controls of forms with their captions (a sign-up box's "Your email address").
     * Forms themselves stay, as some sites wrap the whole page in one.
     */
    private static final Set<String> REMOVED_TAGS = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "button", "input", "select", "textarea", "label", "legend", "datalist",
            "figcaption", "video", "audio", "map", "head");
    /** What the page hides or marks as around the article rather than in it. */
    private static final String HIDDEN_OR_AROUND = "nav, aside, footer, dialog, [hidden], [aria-hidden=true], "
            + "[role=navigation], [role=banner], [role=contentinfo], [role=complementary], [role=dialog], "
            + "[role=alert], [role=search], [style~=(?i)display:\\s*none]";
    /**
     * Words in class names and ids that mark boilerplate. "overflow-hidden", "overflow_hidden" (clipping, a layout
     * utility) and "field--label-hidden" (the field's label is hidden, not its text) hide nothing: they wrapped
     * article text on 9 pages of extraction-dev (body F1 0.9395 to 0.9428, both halves of its domains gaining, and
     * 0.9478 to 0.9481 for the underscore). "skip" is not one: skip links are short links, which go as such, and the
     * word also names sections of articles ("skip-item": 1 page from 0.49 to 0.91, 1 other 0.0003 lower). Nor is
     * "jump": jump links go as links, and the sections they jump to are the article's ("jump-section": 1 page from
     * 0.15 to 0.96, 3 others within 0.013; body F1 0.9493 to 0.9505).
     */
    private static final Pattern BOILERPLATE = Pattern.compile(
            "(?i)(^|[-_ ])(comment|comments|disqus|share|sharing|social|related|recommend|recommended|more-stories|"
                    + "newsletter|subscribe|subscription|signup|sign-up|cookie|consent|gdpr|banner|advert|ads?|"
                    + "adsense|dfp|sponsor|sponsored|promo|popup|modal|sidebar|breadcrumbs?|footer|masthead|"
                    + "menu|navbar|nav|toolbar|pagination|pager|author-bio|bio|byline|tags|tag-list|taglist|print|"
                    + "outbrain|taboola|rss|shoutbox|skyscraper|toc|table-of-contents|sr-only|"
                    + "(?<!overflow[-_]|label-)hidden|"
                    + "visually-hidden|screen-reader|caption|credit|read-more|readmore|prev|next|author-box|"
                    + "post-meta|entry-meta|article-meta|meta)($|[-_ ])");
    private static final Pattern COLLAPSED = Pattern.compile("(?i)(accordion|collaps|expand)");
    private static final Pattern CONTENT_HINT = Pattern.compile(
            "(?i)(article|body|content|entry|main|post|story|text|prose|blog)");
    /** Labels of what points away from the article: teasers and source lines. */
    private static final Pattern TEASER = Pattern.compile("(?i)^(related articles?|read more|see also|also read|"
            + "recommended( reading)?|more from|you may also like|original url|source url)\\b\\s*:?");
    private static final Pattern BARE_URL = Pattern.compile("(?i)<?https?://\\S+>?");
    private static final Evaluator SEMANTIC_CONTAINER = QueryParser.parse(
            "article, [itemprop=articleBody], main, [role=main]");
    /** Elements whose own text counts as a paragraph when pages write prose straight into them. */
    private static final Set<String> CONTAINERS = Set.of("div", "section", "article");
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "pre", "dd", "dt", "tr", "div", "section", "article", "main", "table", "ul", "ol", "dl", "header",
            "figure", "form", "address", "hr", "br");

    private MainContent() {
    }

    /** The article text of {@code page} (which is modified), paragraphs separated by blank lines. */
    static String extract(Document page, String title) {
        Element body = page.body();
        if (body == null) {
            return "";
        }
        clean(body);
        Element root = chooseRoot(body);
        List<String> blocks = blocks(root);
        return String.join("\n\n", filter(blocks, title));
    }

    private static void clean(Element body) {
        for (Element e : body.select(String.join(",", REMOVED_TAGS))) {
            e.remove();
        }
        removeHidden(body);
        TextLengths textLength = new TextLengths(body);
        int pageText = Math.max(1, textLength.text(body));
        for (Element e : body.select("*")) {
            if (e.parent() == null || e == body) {
                continue; // removed with an ancestor already
            }
            String names = e.className() + " " + e.id();
            if (names.isBlank() || !BOILERPLATE.matcher(names).find()) {
                continue;
            }
            // A wrapper around a good part of the page is layout ("has-sidebar"), not boilerplate, whatever its name
            // says; scoring deals with what it holds.
            if (textLength.text(e) > pageText / 4 || isCollapsed(e)) {
                continue;
            }
            e.remove();
        }
    }

    /**
     * Removes what the page hides or marks as navigation, except an element holding most of the page's text: pages
     * streamed by React put their whole rendered content in a hidden div ({@code <div hidden id="S:0">}) that a
     * script then shows, next to a shell with little text, and a tag left open in broken markup can put the whole
     * page in an aside. A hidden copy of the article (for screen readers or machines) sits next to the shown one
     * and so holds about half the text: it goes. Measured on extraction-dev: 5 pages that came out empty or nearly
     * so are whole again; at half instead of two thirds, a hidden Markdown copy doubled one page's text.
     */
    private static void removeHidden(Element body) {
        Elements hidden = body.select(HIDDEN_OR_AROUND);
        if (hidden.isEmpty()) {
            return;
        }
        TextLengths textLength = new TextLengths(body);
        int pageText = textLength.text(body);
        for (Element e : hidden) {
            if (textLength.text(e) <= pageText * 2 / 3 && !isStreamedPart(e) && !isCollapsed(e)) {
                e.remove();
            }
        }
    }

    /**
     * React streams a page in parts, each sent hidden ({@code <div hidden id="S:3">}) for a script to move into its
     * place: shown content, however little of the page each part holds (2 pages of extraction-dev streamed in
     * 11 and 33 parts: body F1 0.43 and 0.11 to 0.87 and 0.95). Left where they are: putting them in place by
     * markers (parts nest, and are not numbered as their places are) gained less than a third of that.
     */
    /**
     * A collapsed panel of an accordion or tabs: text the reader opens with a click, hidden until then but part of
     * the article. Measured on extraction-dev: body F1 0.9481 to 0.9493 (domain halves +0.0027 / -0.0002; 4 pages
     * gain over 0.05, 1 page whose gold leaves its questions-and-answers out loses 0.12); by names alone, without
     * the roles, +0.0005.
     */
    private static boolean isCollapsed(Element e) {
        return e.is("[role=region], [role=tabpanel]") || COLLAPSED.matcher(e.className() + " " + e.id()).find();
    }

    private static boolean isStreamedPart(Element e) {
        return e.normalName().equals("div") && e.hasAttr("hidden") && e.id().startsWith("S:");
    }

    /**
     * Scores paragraph containers the way Readability does (paragraph length and commas flow to parents and
     * grandparents; link-heavy containers are discounted), then prefers a semantic article container when it holds
     * the winner.
     */
    private static Element chooseRoot(Element body) {
        Map<Element, Double> scores = new LinkedHashMap<>(); // document order: ties go the same way every run
        Set<Element> inLinks = insideLinks(body);
        for (Element p : body.select("p, pre, td, blockquote, li, div, section, article")) {
            if (inLinks.contains(p)) {
                // A teaser card, the whole block a link to another page: its link density is that of its
                // ancestors, not its own (on extraction-dev a card won over a page's short paragraphs: F1 0.05).
                continue;
            }
            // Paragraph elements count with all their text; a div only with the text written directly in it
            // (pages that separate paragraphs with <br>).
            boolean container = CONTAINERS.contains(p.normalName());
            String text = container ? p.ownText() : p.text();
            if (text.length() < (container ? 100 : 25)) {
                continue;
            }
            double score = 1 + text.split(",").length - 1 + Math.min(text.length() / 100.0, 3);
            Element parent = p.parent();
            for (int level = 0; parent != null && level < 3; level++, parent = parent.parent()) {
                scores.merge(parent, score / (level == 0 ? 1 : level * 2), Double::sum);
            }
        }
        Element best = highestScoring(scores).orElse(body);
        // The winner may be one of several paragraph containers (split by ads, headings or lists): climb while an
        // ancestor holds clearly more good paragraph text without turning into a link list. Wrappers that add
        // nothing are passed over, as page builders nest sections ten deep (measured on extraction-dev: passing
        // over 6 at most cost 0.004 of body F1, 12 gains all there is); the bound keeps a page of 100,000 nested
        // divs linear.
        Map<Element, Integer> paragraphText = paragraphTextLengths(body);
        // Ancestors near the top hold the whole page: their link density from one walk, not one walk each.
        TextLengths textLength = new TextLengths(body);
        int passedOver = 0;
        for (Element ancestor = best.parent(); passedOver < 12 && ancestor != null && ancestor != body.parent();
                ancestor = ancestor.parent()) {
            if (textLength.isLinkList(ancestor)) {
                break;
            }
            if (paragraphText.getOrDefault(ancestor, 0) >= paragraphText.getOrDefault(best, 0) * 1.3 + 200) {
                best = ancestor;
                passedOver = 0;
            } else {
                passedOver++;
            }
        }
        for (Element semantic = best; semantic != null; semantic = semantic.parent()) {
            if (semantic.is(SEMANTIC_CONTAINER)) {
                return semantic.text().length() < best.text().length() * 3 ? semantic : best;
            }
        }
        return best;
    }

    private record Candidate(Element element, double bound, int order) {
    }

    /**
     * The element of highest score (paragraph score and class weight, discounted by link density), the first in
     * document order among equals; none unless one scores above zero. Link density costs an element's whole text,
     * so it is computed from the highest bound down, and only while it can still change the winner.
     */
    private static Optional<Element> highestScoring(Map<Element, Double> scores) {
        List<Candidate> candidates = new ArrayList<>(scores.size());
        for (Map.Entry<Element, Double> entry : scores.entrySet()) {
            candidates.add(new Candidate(entry.getKey(), entry.getValue() + classWeight(entry.getKey()),
                    candidates.size()));
        }
        candidates.sort(Comparator.comparingDouble(Candidate::bound).reversed());
        Candidate best = null;
        double bestScore = 0;
        for (Candidate candidate : candidates) {
            if (candidate.bound() < bestScore || candidate.bound() <= 0) {
                break;
            }
            if (best != null && candidate.bound() == bestScore && candidate.order() > best.order()) {
                continue;
            }
            double score = candidate.bound() * (1 - linkDensity(candidate.element()));
            if (score > bestScore || best != null && score == bestScore && candidate.order() < best.order()) {
                best = candidate;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best).map(Candidate::element);
    }

    /** The elements inside a link, found in one pass (no walk up from each element: deep pages stay linear). */
    private static Set<Element> insideLinks(Element body) {
        Set<Element> inside = Collections.newSetFromMap(new IdentityHashMap<>());
        int[] openLinks = { 0 };
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    if (openLinks[0] > 0) {
                        inside.add(e);
                    }
                    if (e.normalName().equals("a")) {
                        openLinks[0]++;
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.normalName().equals("a")) {
                    openLinks[0]--;
                }
            }
        }, body);
        return inside;
    }

    /** Length of the text of paragraph-like blocks (25+ characters, few links) under each element. */
    private static Map<Element, Integer> paragraphTextLengths(Element body) {
        Map<Element, Integer> lengths = new IdentityHashMap<>();
        for (Element p : body.select("p, pre, blockquote, li, h2, h3, td, div, section, article")) {
            boolean container = CONTAINERS.contains(p.normalName());
            String text = container ? p.ownText() : p.text();
            if (text.length() < (container ? 100 : 25) || linkDensity(p) > 0.5) {
                continue;
            }
            for (Element parent = p.parent(); parent != null; parent = parent.parent()) {
                lengths.merge(parent, text.length(), Integer::sum);
            }
        }
        return lengths;
    }

    private static double classWeight(Element e) {
        String names = e.className() + " " + e.id();
        double weight = 0;
        if (CONTENT_HINT.matcher(names).find()) {
            weight += 25;
        }
        if (BOILERPLATE.matcher(names).find()) {
            weight -= 25;
        }
        if (e.is("article, [itemprop=articleBody]")) {
            weight += 30;
        }
        return weight;
    }

    private static double linkDensity(Element e) {
        int textLength = e.text().length();
        if (textLength == 0) {
            return 0;
        }
        int linkLength = 0;
        for (Element a : e.select("a")) {
            linkLength += a.text().length();
        }
        return Math.min(1, (double) linkLength / textLength);
    }

    /** The text of each block element under {@code root}, inline content joined, in document order. */
    private static List<String> blocks(Element root) {
        List<String> blocks = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int[] linkCharacters = { 0 };
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    String t = text.getWholeText();
                    if (!t.isBlank()) {
                        if (inLink(text, root)) {
                            linkCharacters[0] += t.strip().length();
                        }
                        if (!current.isEmpty() && !Character.isWhitespace(current.charAt(current.length() - 1))
                                && Character.isWhitespace(t.charAt(0))) {
                            current.append(' ');
                        }
                        current.append(t.strip().replaceAll("\\s+", " "));
                        if (Character.isWhitespace(t.charAt(t.length() - 1))) {
                            current.append(' ');
                        }
                    }
                } else if (node instanceof Element e && isBlock(e)) {
                    flush();
                } else if (node instanceof Element e && (e.normalName().equals("td") || e.normalName().equals("th")) && !current.isEmpty()) {
                    current.append(" | ");
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && isBlock(e)) {
                    flush();
                }
            }

            private void flush() {
                String block = current.toString().strip();
                // A short block that is all link is navigation or a teaser, not the article's prose.
                boolean linkOnly = linkCharacters[0] >= block.replace(" ", "").length() * 0.8 && block.length() < 200;
                if (!block.isEmpty() && !linkOnly) {
                    blocks.add(block);
                }
                current.setLength(0);
                linkCharacters[0] = 0;
            }
        }, root);
        String last = current.toString().strip();
        if (!last.isEmpty()) {
            blocks.add(last);
        }
        return blocks;
    }

    private static boolean inLink(Node node, Element root) {
        for (Node n = node.parent(); n != null && n != root; n = n.parent()) {
            if (n instanceof Element e && e.normalName().equals("a")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBlock(Element e) {
        return BLOCKS.contains(e.normalName());
    }

    /** Drops what is left of navigation, the repeated headline, one-word labels and repeated paragraphs. */
    private static List<String> filter(List<String> blocks, String title) {
        List<String> kept = new ArrayList<>();
        String normalizedTitle = title == null ? "" : normalize(title);
        Set<String> seen = new HashSet<>();
        for (String block : blocks) {
            String normalized = normalize(block);
            if (normalized.equals(normalizedTitle)) {
                continue;
            }
            // A paragraph met again is a copy: the same text laid out for phones and for screens, a call to action
            // repeated down the page. Measured on extraction-dev: body F1 0.9505 to 0.9527, both halves of its
            // domains gaining (+0.0032 / +0.0012), 9 pages up over 0.05, 2 down (their gold keeps a repeated
            // promotion). From 50 characters: short lines ("Step 1", "Pros") repeat in articles by right.
            if (normalized.length() >= 50 && !seen.add(normalized)) {
                continue;
            }
            if (block.length() < 3 || TEASER.matcher(block).find() || BARE_URL.matcher(block).matches()) {
                continue;
            }
            // A dateline on its own ("December 23, 2023") is metadata, not prose.
            if (block.length() <= 40 && TextDates.prose(block).isPresent() && block.split("\\s+").length <= 6) {
                continue;
            }
            kept.add(block);
        }
        return kept;
    }

    private static String normalize(String text) {
        return text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /**
     * Length of the text under each element, and of the part of it inside links, from one walk of the page: asked of
     * every element, a walk each would cost the page's text once per level of nesting.
     */
    private static final class TextLengths {

        private static final int[] NONE = new int[2];
        /** Per element: its text's length, and how much of that is link text. */
        private final Map<Element, int[]> lengths = new IdentityHashMap<>();

        TextLengths(Element root) {
            int[] openLinks = { 0 };
            NodeTraversor.traverse(new NodeVisitor() {
                @Override
                public void head(Node node, int depth) {
                    if (node instanceof Element e && e.normalName().equals("a")) {
                        openLinks[0]++;
                    }
                }

                @Override
                public void tail(Node node, int depth) {
                    int[] own = null;
                    if (node instanceof TextNode t) {
                        int length = t.text().strip().length();
                        own = new int[] { length, openLinks[0] > 0 ? length : 0 };
                    } else if (node instanceof Element e) {
                        if (e.normalName().equals("a")) {
                            openLinks[0]--;
                        }
                        own = lengths.get(e);
                    }
                    if (own != null && own[0] > 0 && node.parent() instanceof Element parent) {
                        int[] sum = lengths.computeIfAbsent(parent, p -> new int[2]);
                        sum[0] += own[0];
                        sum[1] += own[1];
                    }
                }
            }, root);
        }

        int text(Element e) {
            return lengths.getOrDefault(e, NONE)[0];
        }

        /** More than half of its text in links: a menu or a list of links rather than prose. */
        boolean isLinkList(Element e) {
            int[] length = lengths.getOrDefault(e, NONE);
            return length[1] > length[0] * 0.5;
        }
    }
}
