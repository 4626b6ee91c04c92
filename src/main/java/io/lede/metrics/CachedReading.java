package io.lede.metrics;

import java.time.Duration;
import java.util.function.Supplier;

/** A reading that costs a query, taken again only when the last one is older than the time to live. */
final class CachedReading<T> {

    private final Supplier<T> read;
    private final long ttlNanos;
    private T value;
    private long takenAt;
    private boolean taken;

    CachedReading(Duration ttl, Supplier<T> read) {
        this.read = read;
        this.ttlNanos = ttl.toNanos();
    }

    /** Synchronised: parallel scrapes wait for one reading instead of each taking their own. */
    synchronized T get() {
        long now = System.nanoTime();
        if (!taken || now - takenAt >= ttlNanos) {
            value = read.get();
            takenAt = System.nanoTime();
            taken = true;
        }
        return value;
    }
}
