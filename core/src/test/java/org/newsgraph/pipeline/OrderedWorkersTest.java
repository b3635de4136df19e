package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderedWorkersTest {
    private static final List<Integer> ITEMS = IntStream.range(0, 40).boxed().toList();

    @Test
    void resultsComeInInputOrderWhenLaterItemsFinishFirst() {
        List<Integer> out = new ArrayList<>();
        new OrderedWorkers(4).run(ITEMS, i -> {
            sleep(i % 5 == 0 ? 20 : 1); // every fifth item is slow, so the ones after it finish first
            return i * 10;
        }, out::add);
        assertEquals(ITEMS.stream().map(i -> i * 10).toList(), out);
    }

    @Test
    void itemsRunOnSeveralThreadsAtOnce() {
        // Both of the first two items wait for each other: this only ends if they run at the same time.
        CyclicBarrier both = new CyclicBarrier(2);
        List<String> threads = new ArrayList<>();
        new OrderedWorkers(2).run(List.of(1, 2), i -> {
            try {
                both.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException | BrokenBarrierException | TimeoutException e) {
                throw new AssertionError("the two items did not run at the same time", e);
            }
            return Thread.currentThread().getName();
        }, threads::add);
        assertEquals(2, threads.stream().distinct().count(), threads.toString());
    }

    @Test
    void theConsumerRunsOnTheCallingThread() {
        Thread caller = Thread.currentThread();
        new OrderedWorkers(3).run(ITEMS, i -> i, i -> assertEquals(caller, Thread.currentThread()));
    }

    @Test
    void aFailureIsRethrownAfterTheResultsBeforeIt() {
        List<Integer> out = new ArrayList<>();
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> new OrderedWorkers(2).run(ITEMS, i -> {
            if (i == 7) {
                throw new IllegalStateException("item 7");
            }
            return i;
        }, out::add));
        assertEquals("item 7", e.getMessage());
        assertEquals(List.of(0, 1, 2, 3, 4, 5, 6), out);
    }

    @Test
    void oneThreadRunsEverythingOnTheCallingThread() {
        Thread caller = Thread.currentThread();
        List<Integer> out = new ArrayList<>();
        new OrderedWorkers(1).run(ITEMS, i -> {
            assertTrue(Thread.currentThread() == caller);
            return i;
        }, out::add);
        assertEquals(ITEMS, out);
    }

    @Test
    void fewerThanOneThreadIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new OrderedWorkers(0));
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
