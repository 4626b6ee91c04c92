package io.lede.search;

import java.time.Duration;

/**
 * When an API request stops waiting for the search cluster. One search sends several requests one after another
 * (the languages present, the list, typo and partial lists, facet counts): each gets the time the others left, so a
 * slow cluster holds a client {@code lede.search.timeout} in all, not that much per request. Hibernate Search
 * enforces it on the client side ({@code failAfter}), except on requests changed by a request transformer: those
 * wait through {@link TransformedQueries}.
 */
record Deadline(long atNanos) {

    static Deadline after(Duration timeout) {
        return new Deadline(System.nanoTime() + timeout.toNanos());
    }

    boolean passed() {
        return System.nanoTime() - atNanos >= 0;
    }

    /** What is left, at least a millisecond: a request sent after the deadline fails at once as timed out. */
    long millisLeft() {
        return Math.max(1, (atNanos - System.nanoTime()) / 1_000_000);
    }
}
