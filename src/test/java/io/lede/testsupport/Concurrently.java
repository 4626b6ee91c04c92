package io.lede.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs requests at the same moment, one thread each, to make them race. */
public final class Concurrently {

    private Concurrently() {
    }

    /** The results of {@code requests}, in their order, once all have returned. */
    public static <T> List<T> run(List<Callable<T>> requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(requests.size());
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> results = new ArrayList<>();
            for (Callable<T> request : requests) {
                results.add(pool.submit(() -> {
                    start.await();
                    return request.call();
                }));
            }
            start.countDown();
            List<T> responses = new ArrayList<>();
            for (Future<T> result : results) {
                responses.add(result.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}
