package io.lede.metrics;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import io.lede.api.ApiException;
import io.lede.search.SearchResponse;

/** Times {@link MeteredSearch} methods; the outcome is the HTTP status the result or failure becomes. */
@MeteredSearch
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class SearchMetricsInterceptor {

    private final SearchMetrics metrics;

    public SearchMetricsInterceptor(SearchMetrics metrics) {
        this.metrics = metrics;
    }

    @AroundInvoke
    Object measure(InvocationContext invocation) throws Exception {
        long start = System.nanoTime();
        try {
            Object result = invocation.proceed();
            long matched = result instanceof SearchResponse response ? response.total().value() : -1;
            metrics.record(System.nanoTime() - start, 200, matched);
            return result;
        } catch (ApiException e) {
            metrics.record(System.nanoTime() - start, e.status(), -1);
            throw e;
        } catch (Exception | Error e) {
            metrics.record(System.nanoTime() - start, 500, -1);
            throw e;
        }
    }
}
