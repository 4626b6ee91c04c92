package io.lede.article;

import java.text.Normalizer;

/**
 * Text as Lede stores and searches it: one Unicode form for one visible text. "é" arrives composed (U+00E9) from
 * most sources and decomposed ("e" + U+0301) from macOS tools, some CMS exports and text copied from PDFs; without
 * one form, "café" finds only the articles that happen to share its encoding. Soft hyphens (U+00AD), which CMSs
 * insert as hyphenation hints, are invisible and would split a word's spelling from the one people type.
 */
public final class CanonicalText {

    private static final char SOFT_HYPHEN = '\u00AD';

    private CanonicalText() {
    }

    /** NFC, without soft hyphens. */
    public static String of(String text) {
        String composed = Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text
                : Normalizer.normalize(text, Normalizer.Form.NFC);
        return composed.indexOf(SOFT_HYPHEN) < 0 ? composed : composed.replace(String.valueOf(SOFT_HYPHEN), "");
    }
}
