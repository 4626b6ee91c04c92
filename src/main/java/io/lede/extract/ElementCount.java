package io.lede.extract;

/**
 * How many elements a document can turn into, counted on its text before any parser builds them: parsers spend
 * memory and time by the element, so the count must come first. Each count is an upper bound for text written to
 * be read, and stops as soon as it passes the limit.
 */
final class ElementCount {

    private ElementCount() {
    }

    /**
     * Start tags, and end tags on their own: a parser turns a stray "&lt;/p&gt;" or "&lt;/br&gt;" into an element
     * too. A page has about as many end tags as start tags, so each is held to the limit separately.
     */
    static void ofMarkup(String html, int limit) {
        int starts = 0;
        int ends = 0;
        for (int i = html.indexOf('<'); i >= 0 && i + 1 < html.length(); i = html.indexOf('<', i + 1)) {
            char next = html.charAt(i + 1);
            if (isAsciiLetter(next) && ++starts > limit
                    || next == '/' && i + 2 < html.length() && isAsciiLetter(html.charAt(i + 2)) && ++ends > limit) {
                throw new DocumentTooComplexException(limit);
            }
        }
    }

    /**
     * Lines and the characters that open Markdown's elements: each line may start a block, and each "*", "_", "`",
     * "[", "&lt;", "!", "~" or "|" an emphasis, code span, link, tag, image, strikethrough or table cell, and each "-",
     * "+", "&gt;", "1." or "1)" a list or quote nested in the one before it on the same line ("- - - x", "1. 1. x").
     */
    static void ofMarkdown(String markdown, int limit) {
        int marks = 0;
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            boolean mark = switch (c) {
                case '*', '_', '`', '[', '<', '!', '~', '|', '-', '+', '>' -> true;
                case '.', ')' -> i > 0 && Character.isDigit(markdown.charAt(i - 1));
                default -> isLineBreak(markdown, i);
            };
            if (mark && ++marks > limit) {
                throw new DocumentTooComplexException(limit);
            }
        }
    }

    /** Lines, each of which may become a paragraph or a line break, however they end ("\n", "\r", U+2028 …). */
    static void ofText(String text, int limit) {
        int lines = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isLineBreak(text, i) && ++lines > limit) {
                throw new DocumentTooComplexException(limit);
            }
        }
    }

    /** Whether a line ends at {@code i}, as regular expressions' "\R" reads it; "\r\n" is one line end. */
    private static boolean isLineBreak(String text, int i) {
        return switch (text.charAt(i)) {
            case '\n', '\u000B', '\u000C', '\u0085', '\u2028', '\u2029' -> true;
            case '\r' -> i + 1 == text.length() || text.charAt(i + 1) != '\n';
            default -> false;
        };
    }

    private static boolean isAsciiLetter(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
}
