package io.lede.extract;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Bylines a page shows: a "By Jane Doe" line near the headline, or the text of an element marked as a byline.
 * Read text node by text node: markup separates a byline's name from the role, date or share buttons written next
 * to it, and near the headline a name must open its text node, which keeps out prose that merely contains "by".
 */
final class Byline {

    /**
     * Words opening a byline: "By", "Written by:", "Recipe by". Not "Published by", which in prose names
     * publishers of games and books.
     */
    private static final Pattern LEAD = Pattern.compile("^(?i)(?:(?:written|posted|text|words|story|recipe|"
            + "guide|article|reported|authored)\\s+)?by(?:\\s*:)?(?:\\s+|$)|^(?i)authors?\\b[^.:]{0,25}:\\s*");
    /** "This post was written by ...", which needs no place of its own. */
    private static final Pattern WRITTEN_BY = Pattern.compile("(?i)\\bwritten by(?:\\s*:)?(?:\\s+|$)");
    /** Lower-case words within names ("Marna van der Merwe"). */
    private static final String PARTICLES = "van|von|der|den|de|da|di|du|del|della|la|le|bin|al|ten|ter";
    /** Capitalised words, with particles between them. */
    private static final Pattern NAME = Pattern.compile(
            "^\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:(?:" + PARTICLES + ")\\s+)*\\p{Lu}[\\p{L}'’.-]*){0,3}");
    private static final Pattern JOINER = Pattern.compile("^\\s*(?:,\\s*and\\s+|,|\\s+and\\s+|&)\\s*");
    private static final int WINDOW = 400;
    /** Lower-case words a line that is only a byline holds: particles of names, joiners, "on" a date. */
    private static final Pattern SENTENCE_WORD = Pattern.compile(
            "(?<![\\p{L}'’])(?!(?:" + PARTICLES + "|and|on|at|in)(?![\\p{L}'’]))\\p{Ll}[\\p{L}'’]*");
    private static final int LINE_LENGTH = 100;

    /** A byline near the headline: the names it gives and the element beside the headline that shows it. */
    record Shown(String names, Element element) {
    }

    private Byline() {
    }

    static Optional<String> near(Document page, String headline) {
        return shownNear(page, headline).map(Shown::names);
    }

    static Optional<Shown> shownNear(Document page, String headline) {
        if (headline == null) {
            return Optional.empty();
        }
        String wanted = normalize(headline);
        for (Element h : page.select("h1, h2")) {
            if (!normalize(h.text()).equals(wanted)) {
                continue;
            }
            Element level = h;
            for (int depth = 0; depth < 3 && level != null; depth++, level = level.parent()) {
                List<String> around = new ArrayList<>();
                List<Element> shownIn = new ArrayList<>(); // the sibling each text of around is in
                int length = 0;
                for (Element s = level.previousElementSibling(); s != null && length < WINDOW;
                        s = s.previousElementSibling()) {
                    length += texts(s, around);
                    shownIn.addAll(Collections.nCopies(around.size() - shownIn.size(), s));
                }
                for (Element s = level.nextElementSibling(); s != null && length < WINDOW * 2;
                        s = s.nextElementSibling()) {
                    length += texts(s, around);
                    shownIn.addAll(Collections.nCopies(around.size() - shownIn.size(), s));
                }
                Optional<Shown> byline = led(around, shownIn);
                if (byline.isPresent()) {
                    return byline;
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The names an element marked as an author or byline shows: those of its first text that holds any, after
     * the lead ("Written by:") if there is one. Later texts are roles, dates and biographies.
     */
    static List<String> in(Element element) {
        List<String> texts = new ArrayList<>();
        texts(element, texts);
        for (int i = 0; i < Math.min(texts.size(), 6); i++) {
            String rest = texts.get(i).substring(Math.max(0, leadEnd(texts.get(i))));
            List<String> names = Names.in(rest);
            if (!names.isEmpty() && shown(names.get(0), rest)) {
                return names;
            }
        }
        return List.of();
    }

    /**
     * Whether a name read from a page's text looks like one: not a capitalised phrase that ends in lower case
     * ("Insights from", "Personal finance"), nor a lone word cut from a longer
     * text ("Originally" from "Originally published").
     */
    private static boolean shown(String name, String text) {
        String[] words = name.split("\\s+");
        if (words.length == 1 && !name.equals(text.strip())) {
            return false;
        }
        String last = words[words.length - 1];
        return !(Character.isUpperCase(name.codePointAt(0)) && Character.isLowerCase(last.codePointAt(0)));
    }

    /**
     * Whether a text is a byline and nothing more: "By Jane Doe", "By Jane Doe and John Roe · March 3, 2024", not
     * a sentence that opens with "By" ("By Monday, the council had voted").
     */
    static boolean isWholeLine(String text) {
        Matcher lead = LEAD.matcher(text.strip());
        if (!lead.find()) {
            return false;
        }
        String rest = text.strip().substring(lead.end());
        return rest.length() <= LINE_LENGTH && NAME.matcher(rest).find() && !SENTENCE_WORD.matcher(rest).find();
    }

    /** The name after the first lead ("By") that opens a text, or opens the text after a lone lead. */
    private static Optional<Shown> led(List<String> texts, List<Element> shownIn) {
        for (int i = 0; i < texts.size(); i++) {
            int lead = leadEnd(texts.get(i));
            if (lead < 0) {
                continue;
            }
            String rest = texts.get(i).substring(lead);
            if (rest.isBlank() && i + 1 < texts.size()) {
                rest = texts.get(i + 1);
            }
            Matcher name = NAME.matcher(rest);
            if (name.find()) {
                return Optional.of(new Shown(withCoauthors(name.group().strip(), rest.substring(name.end())),
                        shownIn.get(i)));
            }
        }
        return Optional.empty();
    }

    /** "By Ana Ruiz, Tom Berg and Lena Holt": the names joined to the first by commas, "and" or "&". */
    private static String withCoauthors(String first, String after) {
        StringBuilder names = new StringBuilder(first);
        String rest = after;
        for (int i = 0; i < 5; i++) {
            Matcher joiner = JOINER.matcher(rest);
            if (!joiner.find()) {
                break;
            }
            Matcher next = NAME.matcher(rest.substring(joiner.end()));
            // After a bare comma a single word is a credential ("Ana Ruiz, MD"), not a coauthor.
            boolean comma = joiner.group().strip().equals(",");
            if (!next.find() || comma && !next.group().strip().contains(" ")) {
                break;
            }
            names.append(" and ").append(next.group().strip());
            rest = rest.substring(joiner.end() + next.end());
        }
        return names.toString();
    }

    /** Where the lead ("By", "This post was written by") of a text ends, or -1 without one. */
    private static int leadEnd(String text) {
        Matcher lead = LEAD.matcher(text);
        if (lead.find()) {
            return lead.end();
        }
        lead = WRITTEN_BY.matcher(text);
        return lead.find() ? lead.end() : -1;
    }

    /** Appends the element's non-blank text nodes, stripped; returns their length. */
    private static int texts(Element element, List<String> to) {
        int[] length = {0};
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text && !text.isBlank()) {
                String t = text.text().strip();
                to.add(t);
                length[0] += t.length() + 1;
            }
        }, element);
        return length[0];
    }

    private static String normalize(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
