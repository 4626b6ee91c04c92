package io.lede.testsupport;

import java.time.Duration;
import java.util.function.Predicate;
import java.util.function.Supplier;

import io.restassured.path.json.JsonPath;

/**
 * Waits for what becomes true asynchronously, such as an article reaching the search index through the outbox.
 * Polls quickly and gives up after a generous timeout: a slow shared machine makes a test slower, not red.
 */
public final class Eventually {

    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private Eventually() {
    }

    public static <T> T until(Supplier<T> probe, Predicate<T> done) {
        return until(TIMEOUT, probe, done);
    }

    private static String describe(Object value) {
        String text = value instanceof JsonPath json ? json.prettify() : String.valueOf(value);
        return text.length() > 2000 ? text.substring(0, 2000) + " ..." : text;
    }

    public static <T> T until(Duration timeout, Supplier<T> probe, Predicate<T> done) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = probe.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Still not as expected after " + timeout + "; last value: " + describe(last));
            }
            try {
                Thread.sleep(timeout.compareTo(TIMEOUT) > 0 ? 500 : 100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            last = probe.get();
        }
        return last;
    }
}
