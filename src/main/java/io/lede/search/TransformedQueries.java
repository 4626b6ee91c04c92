package io.lede.search;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
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
import org.jboss.logging.Logger;

/**
 * Keeps the deadline of queries whose requests a request transformer rewrites (the result list's recency and
 * cursor, the suggesters). Hibernate Search 8.2.2 rebuilds such a request without its {@code failAfter} deadline
 * ({@code ElasticsearchSearchRequestTransformerContextImpl.apply}), so a cluster that accepts the connection and
 * never answers would hold the caller until the client's 30 s read timeout. The query runs on a thread of its own
 * and the caller stops waiting at the deadline, failing as {@code failAfter} does: a 503 the client may retry.
 * <p>
 * A query given up on still runs until the read timeout ends its request. Result lists and suggestions each have
 * their own bounded threads, so that a hung cluster cannot pile up threads, and suggestions asked at every
 * keystroke cannot take the searches' places: past the bound a query fails at once the same way.
 * <p>
 * Only for queries that project fields: Hibernate Search loads entities in the caller's thread, with its session,
 * so a query selecting {@code f.entity()} must not run here.
 */
@ApplicationScoped
public class TransformedQueries {

    private static final Logger LOG = Logger.getLogger(TransformedQueries.class);

    /** Far above what two cores serve within a deadline; a bound on threads left waiting for a hung cluster. */
    static final int MAX_LISTS = 48;
    static final int MAX_SUGGESTIONS = 16;

    private final ThreadPoolExecutor lists = threads("lede-search", MAX_LISTS);
    private final ThreadPoolExecutor suggestions = threads("lede-suggest", MAX_SUGGESTIONS);

    /** What a result list's {@code query} returns, or a {@link SearchTimeoutException} once {@code deadline} passed. */
    public <T> T list(Deadline deadline, Supplier<T> query) {
        if (deadline.passed()) {
            throw new SearchTimeoutException("The search cluster did not answer within the search's time");
        }
        return fetch(lists, deadline.millisLeft(), query);
    }

    /** What a suggestion's {@code query} returns, or a {@link SearchTimeoutException} after {@code timeout}. */
    public <T> T suggestion(Duration timeout, Supplier<T> query) {
        return fetch(suggestions, timeout.toMillis(), query);
    }

    private static <T> T fetch(ThreadPoolExecutor threads, long millis, Supplier<T> query) {
        CompletableFuture<T> running;
        try {
            running = CompletableFuture.supplyAsync(query, threads);
        } catch (RejectedExecutionException e) {
            throw new SearchTimeoutException(threads.getMaximumPoolSize()
                    + " queries are already waiting for the search cluster");
        }
        try {
            return running.get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            running.whenComplete((result, failure) -> {
                if (failure != null) {
                    LOG.debugf(failure, "A query given up on after %d ms failed later", millis);
                }
            });
            throw new SearchTimeoutException("The search cluster did not answer within " + millis + " ms", e);
        } catch (ExecutionException e) {
            Throwable failure = e.getCause() instanceof CompletionException wrapped ? wrapped.getCause() : e.getCause();
            if (failure instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (failure instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(failure);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SearchTimeoutException("Interrupted while waiting for the search cluster", e);
        }
    }

    private static ThreadPoolExecutor threads(String name, int max) {
        AtomicInteger count = new AtomicInteger();
        return new ThreadPoolExecutor(0, max, 30, TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
            Thread thread = new Thread(task, name + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        lists.shutdownNow();
        suggestions.shutdownNow();
    }
}
