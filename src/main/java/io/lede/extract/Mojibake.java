package io.lede.extract;

import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Repairs text that was UTF-8, decoded once as Latin-1 or Windows-1252 and saved again as UTF-8 by a CMS or an
 * import: "Investorâ\u0080\u0099s" and "Investorâ€™s" are "Investor’s". The page itself is correctly encoded
 * (its charset is right); its text carries the damage, so no choice of charset can undo it.
 * <p>
 * Typographic punctuation next to an accented letter is ordinary text ("terminé… »", "CAFÉ’S"), so it proves
 * nothing. A sequence is certainly damage when it holds a C1 control (U+0080–U+009F, which no text contains: the
 * Latin-1 reading of a continuation byte) or begins "â€" (the Windows-1252 reading of the punctuation block U+2000,
 * as in "â€™" for ’). Such a sequence is repaired wherever it stands. Once a page shows one, it went through the
 * damaging step, and its two-byte letters ("Ã©" for é, "Ð¸" for и) are repaired too; a sequence of any other lead
 * (such as "é… »", French typography) is left as written unless it is certain itself.
 */
final class Mojibake {

    /** What Windows-1252 decodes the bytes 0x80–0x9F to (Latin-1 leaves them as C1 controls). */
    private static final String HIGH_CONTROLS = "\\u0080-\\u009F\\u20AC\\u201A\\u0192\\u201E\\u2026\\u2020\\u2021"
            + "\\u02C6\\u2030\\u0160\\u2039\\u0152\\u017D\\u2018\\u2019\\u201C\\u201D\\u2022\\u2013\\u2014"
            + "\\u02DC\\u2122\\u0161\\u203A\\u0153\\u017E\\u0178";
    private static final String CONTINUATION = "[\\u00A0-\\u00BF" + HIGH_CONTROLS + "]";
    /** A UTF-8 lead byte as decoded, followed by as many continuation bytes as decoded as it announces. */
    private static final Pattern SEQUENCE = Pattern.compile("[\\u00C2-\\u00DF]" + CONTINUATION
            + "|[\\u00E0-\\u00EF]" + CONTINUATION + "{2}|[\\u00F0-\\u00F4]" + CONTINUATION + "{3}");
    /** A C1 control: the Latin-1 reading of a byte 0x80–0x9F, never in real text. */
    private static final Pattern C1_CONTROL = Pattern.compile("[\\u0080-\\u009F]");
    /**
     * "Ã©" (é), "Â " (a no-break space), "Ð¸" (и), "×¨" (ר): two bytes of the Latin-1 supplement, Greek, Cyrillic,
     * Hebrew or Arabic read one by one. Leads that end words in real text before a no-break space (É of "CAFÉ »")
     * are not among them.
     */
    private static final Pattern ALPHABETIC = Pattern.compile(
            "[\\u00C2\\u00C3\\u00CE\\u00CF\\u00D0\\u00D1\\u00D7\\u00D8\\u00D9][\\u00A0-\\u00BF]");

    private Mojibake() {
    }

    /**
     * Repairs the page's text, its declared metadata ({@code <meta content>}) and its scripts' data (JSON-LD). One
     * certainly damaged sequence anywhere shows that the page went through the damaging step, so then the two-byte
     * letters are repaired in every text too ("Español" in a menu that holds no other sign of it).
     */
    static void repair(Document page) {
        boolean[] damaged = {false};
        texts(page, text -> {
            damaged[0] = damaged[0] || isDamaged(text);
            return text;
        });
        if (damaged[0]) {
            texts(page, Mojibake::repairAll);
        }
    }

    /** The repaired text, or null when it holds no certainly damaged sequence (the common case, one scan). */
    static String repair(String text) {
        return isDamaged(text) ? repairAll(text) : null;
    }

    private static boolean isDamaged(String text) {
        if (!hasLeadByte(text)) {
            return false; // most texts: one plain scan instead of the pattern's alternatives at every character
        }
        Matcher sequence = SEQUENCE.matcher(text);
        while (sequence.find()) {
            if (certain(sequence.group()) && decode(sequence.group()) != null) {
                return true;
            }
        }
        return false;
    }

    /** Whether the text holds a character that a UTF-8 lead byte decodes to, where every damaged sequence starts. */
    private static boolean hasLeadByte(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u00C2' && c <= '\u00F4') {
                return true;
            }
        }
        return false;
    }

    private static boolean certain(String sequence) {
        return C1_CONTROL.matcher(sequence).find() || sequence.startsWith("\u00E2\u20AC");
    }

    /** Every certain sequence, and the alphabetic ones: called only for a page known to be damaged. */
    private static String repairAll(String text) {
        return SEQUENCE.matcher(text).replaceAll(match -> {
            String sequence = match.group();
            String decoded = certain(sequence) || ALPHABETIC.matcher(sequence).matches() ? decode(sequence) : null;
            return Matcher.quoteReplacement(decoded == null ? sequence : decoded);
        });
    }

    /** Passes each text of the page through {@code edit}, writing back what it changed. */
    private static void texts(Document page, UnaryOperator<String> edit) {
        page.traverse((NodeVisitor) (node, depth) -> {
            if (node instanceof TextNode text && !text.isBlank()) {
                String edited = edit.apply(text.getWholeText());
                if (!edited.equals(text.getWholeText())) {
                    text.text(edited);
                }
            } else if (node instanceof DataNode data) {
                String edited = edit.apply(data.getWholeData());
                if (!edited.equals(data.getWholeData())) {
                    data.setWholeData(edited);
                }
            } else if (node instanceof Element element && element.nameIs("meta") && element.hasAttr("content")) {
                String edited = edit.apply(element.attr("content"));
                if (!edited.equals(element.attr("content"))) {
                    element.attr("content", edited);
                }
            }
        });
    }

    /** The one character the sequence's bytes encode in UTF-8, or null when they are not exactly that. */
    private static String decode(String sequence) {
        byte[] bytes = new byte[sequence.length()];
        for (int i = 0; i < sequence.length(); i++) {
            char c = sequence.charAt(i);
            if (c <= 0xFF) {
                bytes[i] = (byte) c;
            } else {
                byte[] encoded = String.valueOf(c).getBytes(TextBytes.WINDOWS_1252);
                if (encoded.length != 1 || encoded[0] == '?') {
                    return null;
                }
                bytes[i] = encoded[0];
            }
        }
        String decoded = TextBytes.utf8OrNull(bytes);
        if (decoded == null) {
            return null;
        }
        // "Â" and a C1 control decode to a C1 control: damage of damage, not a character to put back.
        int c = decoded.codePointAt(0);
        return Character.isISOControl(c) ? null : decoded;
    }
}
