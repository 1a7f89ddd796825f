package org.migkb.ingest;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ParallelReadsTest {

    @Test
    void resultsComeInTheOrderOfTheItemsWhateverOrderTheyFinishIn() {
        List<Integer> items = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            items.add(i);
        }
        Set<String> threads = ConcurrentHashMap.newKeySet();
        List<String> results = ParallelReads.map(items, i -> i, i -> {
            threads.add(Thread.currentThread().getName());
            busy(i % 3);
            return "item " + i;
        });
        for (int i = 0; i < 40; i++) {
            assertEquals("item " + i, results.get(i));
        }
        assertTrue(threads.contains(Thread.currentThread().getName()), "the caller reads too");
    }

    @Test
    void aFailureReachesTheCallerAfterTheOtherItemsAreDone() {
        Set<Integer> done = ConcurrentHashMap.newKeySet();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> ParallelReads.map(List.of(1, 2, 3, 4),
                i -> 0L, i -> {
                    if (i == 2) {
                        throw new IllegalStateException("reader bug");
                    }
                    done.add(i);
                    return i;
                }));
        assertEquals("reader bug", e.getMessage());
        assertEquals(Set.of(1, 3, 4), done);
    }

    @Test
    void noItemsNoWork() {
        assertEquals(List.of(), ParallelReads.map(List.<Integer>of(), i -> 0L, i -> i));
    }

    private static void busy(int millis) {
        long end = System.nanoTime() + millis * 1_000_000L;
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }
}
