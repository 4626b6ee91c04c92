package io.lede.article;

import java.util.Collection;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Makes the writes that touch one text take turns. Which stored article is a text's original, and which are its
 * duplicates, is decided by reading the articles with that text and then writing: two transactions doing so at once
 * each decide on what the other has not committed yet. Two copies posted together would both become originals, and
 * a copy posted while its original is deleted would name a deleted article. Each write therefore first takes a
 * PostgreSQL advisory lock per text it touches (the texts it stores and the texts the articles it changes had),
 * held until its transaction ends. Writes to different texts never wait for each other.
 */
final class TextLocks {

    private TextLocks() {
    }

    /**
     * Locks the texts {@code touched} names (fingerprints; nulls, bodies too short to have one, are skipped), and
     * reads it again once they are locked: an article may have changed text while this write waited, and the write
     * then locks its new text too, until what it reads is locked. (A changed text takes the lock of the text it
     * replaced, so this ends.) Two writes that each wait for a text the other holds are a deadlock, which PostgreSQL
     * breaks by failing one: ArticleService retries it.
     */
    static void lock(Supplier<Collection<String>> touched) {
        Set<String> locked = new HashSet<>();
        while (true) {
            Set<String> wanted = touched.get().stream().filter(Objects::nonNull).collect(Collectors.toSet());
            wanted.removeAll(locked);
            if (wanted.isEmpty()) {
                return;
            }
            lockNow(wanted);
            locked.addAll(wanted);
        }
    }

    private static void lockNow(Set<String> fingerprints) {
        String keys = fingerprints.stream().map(TextLocks::key).distinct().sorted()
                .map(String::valueOf).collect(Collectors.joining(","));
        // In one order (sorted), so that two writes locking overlapping sets cannot each hold what the other waits
        // for; unnest yields the keys in array order. The keys are numbers computed here, never client text.
        Article.getEntityManager()
                .createNativeQuery("select count(pg_advisory_xact_lock(k)) from unnest(array[" + keys
                        + "]::bigint[]) as k")
                .getSingleResult();
    }

    /** The first 64 bits of the fingerprint (a SHA-256 in hex): collisions only make two texts share a lock. */
    private static long key(String fingerprint) {
        return HexFormat.fromHexDigitsToLong(fingerprint, 0, 16);
    }
}
