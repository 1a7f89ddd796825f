package org.migkb.server;

import java.util.ArrayList;
import java.util.List;

/**
 * Rule threads the service abandoned because they did not stop at the deadline (an action that
 * never returns, one long join evaluation). Java cannot safely kill them, so they are counted
 * while they live: {@code /health} reports them, and past a limit new diagnoses are refused
 * rather than adding more threads that may never end.
 */
final class StuckRuleThreads {

    private final List<Thread> threads = new ArrayList<>();

    synchronized void add(Thread thread) {
        threads.add(thread);
    }

    /** How many abandoned threads are still running; the ended ones are forgotten. */
    synchronized int alive() {
        threads.removeIf(t -> !t.isAlive());
        return threads.size();
    }
}
