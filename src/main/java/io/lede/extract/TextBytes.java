package io.lede.extract;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Text that came without a charset: UTF-8 when its bytes decode as such, else Windows-1252, the usual legacy one. */
public final class TextBytes {

    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextBytes() {
    }

    public static String decode(byte[] bytes) {
        String utf8 = utf8OrNull(bytes);
        return utf8 != null ? utf8 : new String(bytes, WINDOWS_1252);
    }

    static boolean isUtf8(byte[] bytes) {
        return utf8OrNull(bytes) != null;
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
}
