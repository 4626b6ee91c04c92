package io.lede.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the bytes of a document as text, in the order browsers follow (WHATWG Encoding): a byte-order mark, else the
 * charset declared (by the sender, else by the page's own {@code <meta>}), else what the bytes are. Some
 * declarations do not mean what Java reads in them: a "UTF-8" page none of whose non-ASCII bytes form UTF-8 is
 * Windows-1252 written by an old editor, "ISO-8859-1" means Windows-1252 on the web, and "UTF-16" without a
 * byte-order mark means little-endian. Undeclared bytes are UTF-16 when every other byte is zero, UTF-8 when more of their non-ASCII bytes form UTF-8
 * than not (one stray byte does not turn a whole UTF-8 page into mojibake: it becomes U+FFFD, as in a browser),
 * else Windows-1252, the usual legacy encoding.
 */
public final class TextBytes {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    /** {@code <meta charset="x">} and {@code <meta http-equiv="Content-Type" content="text/html; charset=x">}. */
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]*?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);
    /** How far into a page its charset declaration is looked for (HTML requires it within the first 1024 bytes). */
    private static final int PRESCAN = 4096;

    private TextBytes() {
    }

    /** @param declared the charset the sender named, or null */
    public static String decode(byte[] bytes, Charset declared) {
        int bom = bomLength(bytes);
        if (bom > 0) {
            return new String(bytes, bom, bytes.length - bom, bomCharset(bytes));
        }
        return new String(bytes, charsetOf(bytes, declared));
    }

    /** A web page: the charset its markup declares counts when the sender named none. */
    public static String decodePage(byte[] bytes) {
        return decode(bytes, bomLength(bytes) > 0 ? null : declaredInMarkup(bytes));
    }

    /** The bytes read as UTF-8, or null when they are not well-formed UTF-8 (no replacement characters). */
    static String utf8OrNull(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static Charset charsetOf(byte[] bytes, Charset declared) {
        if (declared != null) {
            String name = declared.name();
            if (name.equals("ISO-8859-1") || name.equals("US-ASCII")) {
                return WINDOWS_1252;
            }
            if (name.equals("UTF-16")) {
                return StandardCharsets.UTF_16LE; // the label's meaning on the web; Java's "UTF-16" is big-endian
            }
            if (declared.equals(StandardCharsets.UTF_8)) {
                Utf8Count count = Utf8Count.of(bytes);
                return count.sequences == 0 && count.strays > 0 ? WINDOWS_1252 : StandardCharsets.UTF_8;
            }
            return declared;
        }
        Charset utf16 = utf16ByItsZeros(bytes);
        if (utf16 != null) {
            return utf16;
        }
        Utf8Count count = Utf8Count.of(bytes);
        return count.strays == 0 || count.sequences > count.strays ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }

    private static int bomLength(byte[] b) {
        if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            return 3;
        }
        return b.length >= 2 && ((b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF
                || (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) ? 2 : 0;
    }

    private static Charset bomCharset(byte[] b) {
        return (b[0] & 0xff) == 0xEF ? StandardCharsets.UTF_8
                : (b[0] & 0xff) == 0xFE ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
    }

    /** ASCII text in UTF-16 has a zero byte before (big-endian) or after (little-endian) each character. */
    private static Charset utf16ByItsZeros(byte[] bytes) {
        int length = Math.min(bytes.length, PRESCAN) & ~1;
        if (length < 4) {
            return null;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < length; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        int pairs = length / 2;
        if (oddZeros >= pairs * 0.4 && evenZeros <= pairs * 0.05) {
            return StandardCharsets.UTF_16LE;
        }
        return evenZeros >= pairs * 0.4 && oddZeros <= pairs * 0.05 ? StandardCharsets.UTF_16BE : null;
    }

    private static Charset declaredInMarkup(byte[] bytes) {
        Matcher meta = META_CHARSET.matcher(new String(bytes, 0, Math.min(bytes.length, PRESCAN),
                StandardCharsets.ISO_8859_1));
        if (!meta.find()) {
            return null;
        }
        String name = meta.group(1).toLowerCase(Locale.ROOT);
        try {
            // A page can only declare an ASCII-compatible charset in ASCII; "utf-16" there means UTF-8 (WHATWG).
            return name.startsWith("utf-16") ? StandardCharsets.UTF_8 : Charset.forName(name);
        } catch (RuntimeException unknown) {
            return null;
        }
    }

    /** Well-formed multi-byte UTF-8 sequences, and non-ASCII bytes that belong to none. */
    private record Utf8Count(int sequences, int strays) {

        static Utf8Count of(byte[] b) {
            int sequences = 0;
            int strays = 0;
            int i = 0;
            while (i < b.length) {
                int c = b[i] & 0xff;
                int length = c < 0x80 ? 1 : c >= 0xC2 && c <= 0xDF ? 2 : c >= 0xE0 && c <= 0xEF ? 3
                        : c >= 0xF0 && c <= 0xF4 ? 4 : 0;
                if (length == 1) {
                    i++;
                } else if (length > 0 && continues(b, i + 1, length - 1)) {
                    sequences++;
                    i += length;
                } else {
                    strays++;
                    i++;
                }
            }
            return new Utf8Count(sequences, strays);
        }

        private static boolean continues(byte[] b, int from, int count) {
            if (from + count > b.length) {
                return false;
            }
            for (int i = from; i < from + count; i++) {
                if ((b[i] & 0xC0) != 0x80) {
                    return false;
                }
            }
            return true;
        }
    }
}
