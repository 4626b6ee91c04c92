package io.lede.search;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.hibernate.search.util.common.SearchTimeoutException;

/**
 * Keeps the deadline of queries whose requests a request transformer rewrites (the result list's recency and
 * cursor, the suggesters). Hibernate Search 8.2.2 rebuilds such a request without its {@code failAfter} deadline
 * ({@code ElasticsearchSearchRequestTransformerContextImpl.apply}), so a cluster that accepts the connection and
 * never answers would hold the caller until the client's 30 s read timeout. The query runs on a thread of its own
 * and the caller stops waiting at the deadline, failing as {@code failAfter} does: a 503 the client may retry.
 * <p>
 * A query given up on still runs until the read timeout ends its request. At most {@link #MAX_RUNNING} run at once,
 * so that a hung cluster cannot pile up threads: past that a query fails at once the same way. The queries build no
 * entities (they project fields), so the session is not used once the caller has gone.
 */
@ApplicationScoped
public class TransformedQueries {

    /** Far above what two cores serve within a deadline; a bound on threads left waiting for a hung cluster. */
    static final int MAX_RUNNING = 64;

    private final ThreadPoolExecutor threads;

    public TransformedQueries() {
        AtomicInteger count = new AtomicInteger();
        threads = new ThreadPoolExecutor(0, MAX_RUNNING, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
            Thread thread = new Thread(task, "lede-search-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** What {@code query} returns, or a {@link SearchTimeoutException} once {@code deadline} has passed. */
    public <T> T fetch(Deadline deadline, Supplier<T> query) {
        return fetch(deadline.millisLeft(), query);
    }

    /** What {@code query} returns, or a {@link SearchTimeoutException} after {@code timeout}. */
    public <T> T fetch(Duration timeout, Supplier<T> query) {
        return fetch(timeout.toMillis(), query);
    }

    private <T> T fetch(long millis, Supplier<T> query) {
        Future<T> running;
        try {
            running = threads.submit(query::get);
        } catch (RejectedExecutionException e) {
            throw new SearchTimeoutException(MAX_RUNNING + " searches are already waiting for the search cluster");
        }
        try {
            return running.get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            running.cancel(true);
            throw new SearchTimeoutException("The search cluster did not answer within " + millis + " ms", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running.cancel(true);
            throw new SearchTimeoutException("Interrupted while waiting for the search cluster", e);
        }
    }

    @PreDestroy
    void stop() {
        threads.shutdownNow();
    }
}
