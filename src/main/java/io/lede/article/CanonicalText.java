package io.lede.article;

import java.text.Normalizer;

/**
 * Text as Lede stores and searches it: one Unicode form for one visible text. "é" arrives composed (U+00E9) from
 * most sources and decomposed ("e" + U+0301) from macOS tools, some CMS exports and text copied from PDFs; without
 * one form, "café" finds only the articles that happen to share its encoding. Soft hyphens (U+00AD), which CMSs
 * insert as hyphenation hints, are invisible and would split a word's spelling from the one people type. Control
 * characters other than tabs and line breaks (a bell, a backspace, C1 controls) are no text at all: they come from
 * broken exports and terminals, and would only stand between a word and its search.
 */
public final class CanonicalText {

    private static final char SOFT_HYPHEN = '\u00AD';

    private CanonicalText() {
    }

    /** NFC, without soft hyphens and control characters. */
    public static String of(String text) {
        String composed = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
        String visible = text.chars().anyMatch(CanonicalText::isStrayControl) ? withoutStrayControls(composed)
                : composed;
        return visible.indexOf(SOFT_HYPHEN) < 0 ? visible : visible.replace(String.valueOf(SOFT_HYPHEN), "");
    }

    /**
     * Whether the text shows nothing: only spaces of any kind (no-break, ideographic), zero-width and other format
     * characters (U+200B, a byte-order mark), marks with no letter to sit on (variation selectors, the combining
     * grapheme joiner), the Hangul fillers and the blank Braille pattern, and controls. Such a title is as blank as
     * an empty one.
     */
    public static boolean isInvisible(String text) {
        return text.codePoints().allMatch(CanonicalText::isInvisible);
    }

    private static boolean isInvisible(int c) {
        int type = Character.getType(c);
        return Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c)
                || type == Character.FORMAT || type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || c == 0x115F || c == 0x1160 || c == 0x3164 || c == 0xFFA0 || c == 0x2800;
    }

    private static boolean isStrayControl(int c) {
        return Character.isISOControl(c) && c != '\t' && c != '\n' && c != '\r';
    }

    private static String withoutStrayControls(String text) {
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> !isStrayControl(c)).forEach(kept::appendCodePoint);
        return kept.toString();
    }
}
