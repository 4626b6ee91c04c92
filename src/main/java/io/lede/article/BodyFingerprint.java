package io.lede.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What makes two bodies "the same text": the sequence of their lower-cased words, whatever the whitespace,
 * punctuation or line breaks around them (syndicated copies and re-scrapes differ in those).
 */
final class BodyFingerprint {

    /**
     * Shorter bodies ("Photo gallery", "Live updates to follow") say too little to call two articles the same:
     * they get no fingerprint.
     */
    static final int MIN_WORDS = 30;

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private BodyFingerprint() {
    }

    /** @return null for a body of fewer than {@link #MIN_WORDS} words */
    static String of(String body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Matcher words = WORD.matcher(body.toLowerCase(Locale.ROOT));
            int count = 0;
            while (words.find()) {
                sha.update(words.group().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) ' ');
                count++;
            }
            return count < MIN_WORDS ? null : HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
