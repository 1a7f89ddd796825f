package org.migkb.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * Reads the files of a case on every core, the largest first, and gives the results in the
 * order of the files, so the facts come out as a one-thread read gives them. The calling thread
 * reads too and waits only for files already being read: when other cases keep the shared
 * helper threads busy, it simply reads alone.
 */
final class ParallelReads {

    private static final int HELPERS = Math.max(0, Runtime.getRuntime().availableProcessors() - 1);
    private static final ExecutorService POOL = HELPERS == 0 ? null : Executors.newFixedThreadPool(HELPERS, r -> {
        Thread t = new Thread(r, "migkb-read");
        t.setDaemon(true);
        return t;
    });

    private ParallelReads() {
    }

    static <T, R> List<R> map(List<T> items, ToLongFunction<T> size, Function<T, R> read) {
        int n = items.size();
        List<Integer> order = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            order.add(i);
        }
        if (n > 1) {
            long[] sizes = items.stream().mapToLong(size).toArray();
            order.sort(Comparator.comparingLong((Integer i) -> -sizes[i]).thenComparingInt(i -> i));
        }
        Object[] results = new Object[n];
        AtomicInteger next = new AtomicInteger();
        CountDownLatch done = new CountDownLatch(n);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            for (int k = next.getAndIncrement(); k < n; k = next.getAndIncrement()) {
                int i = order.get(k);
                try {
                    results[i] = read.apply(items.get(i));
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                } finally {
                    done.countDown();
                }
            }
        };
        for (int h = 0; h < Math.min(HELPERS, n - 1); h++) {
            POOL.execute(worker);
        }
        worker.run();
        boolean interrupted = false;
        while (true) {
            try {
                done.await(); // only for files a helper is reading now: the rest were taken by this thread
                break;
            } catch (InterruptedException e) {
                interrupted = true; // as a one-thread read would, finish, then keep the interrupt
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        Throwable failed = failure.get();
        if (failed instanceof RuntimeException r) {
            throw r;
        }
        if (failed instanceof Error e) {
            throw e;
        }
        List<R> list = new ArrayList<>(n);
        for (Object result : results) {
            @SuppressWarnings("unchecked")
            R r = (R) result;
            list.add(r);
        }
        return list;
    }
}
