package org.migkb.server;

import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Bounds the diagnoses that run at once, with a bounded queue in front: a large case then takes
 * its share of the cores and no more, so the small requests (health, articles, rules) keep
 * answering, and a request that finds the queue full is refused at once instead of piling up.
 */
final class DiagnosisGate {

    /** What the service suggests a refused client waits before trying again. */
    static final int RETRY_AFTER_SECONDS = 5;

    @FunctionalInterface
    interface Work<T> {
        T run() throws Exception;
    }

    private final int maxRunning;
    private final int maxQueued;
    private final Semaphore running;
    private final AtomicInteger queued = new AtomicInteger();

    DiagnosisGate(int maxRunning, int maxQueued) {
        this.maxRunning = maxRunning;
        this.maxQueued = maxQueued;
        this.running = new Semaphore(maxRunning, true);
    }

    /** Runs the work when a place is free, waiting in the queue if there is room in it. */
    <T> T run(Work<T> work) throws Exception {
        if (!running.tryAcquire()) {
            if (queued.incrementAndGet() > maxQueued) {
                queued.decrementAndGet();
                throw new ApiException(503, "the service is busy: " + maxRunning + " diagnoses are running and "
                        + maxQueued + " are waiting, the most it queues (serve --max-concurrent, --max-queued); try again later",
                        RETRY_AFTER_SECONDS);
            }
            try {
                running.acquire();
            } finally {
                queued.decrementAndGet();
            }
        }
        try {
            return work.run();
        } finally {
            running.release();
        }
    }

    int running() {
        return maxRunning - running.availablePermits();
    }

    int queued() {
        return queued.get();
    }
}
