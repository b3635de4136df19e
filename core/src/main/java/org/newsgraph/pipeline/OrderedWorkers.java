package org.newsgraph.pipeline;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Applies a function to items on a fixed number of threads and hands the results to a consumer
 * on the calling thread, in input order. The consumer (stdout, the store) therefore needs no
 * locking and its output does not depend on which thread was faster. At most two items per
 * thread are in flight, so a long batch holds a few records in memory, not all of them, and one
 * slow document delays the output behind it without stopping the workers for long.
 */
public final class OrderedWorkers {
    private static final int IN_FLIGHT_PER_THREAD = 2;

    private final int threads;

    /** @param threads how many documents run at once; 1 runs them on the calling thread */
    public OrderedWorkers(int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        this.threads = threads;
    }

    /** One worker per available processor. */
    public static OrderedWorkers allCores() {
        return new OrderedWorkers(Runtime.getRuntime().availableProcessors());
    }

    public int threads() {
        return threads;
    }

    /**
     * Runs {@code work} over every item and gives each result to {@code sink} in the items' order.
     * {@code work} should catch what it can recover from: an exception it throws ends the run
     * (after the results before it have been handed over) and is rethrown here.
     */
    public <I, O> void run(List<I> items, Function<? super I, ? extends O> work, Consumer<? super O> sink) {
        if (threads == 1 || items.size() <= 1) {
            for (I item : items) {
                sink.accept(work.apply(item));
            }
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, new WorkerThreads());
        try {
            Deque<Future<O>> pending = new ArrayDeque<>();
            Iterator<I> next = items.iterator();
            while (next.hasNext() || !pending.isEmpty()) {
                while (next.hasNext() && pending.size() < threads * IN_FLIGHT_PER_THREAD) {
                    I item = next.next();
                    pending.add(pool.submit(() -> work.apply(item)));
                }
                sink.accept(await(pending.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <O> O await(Future<O> f) {
        try {
            return f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a document", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        }
    }

    /**
     * Daemon threads, so that a document stuck in a worker never keeps the JVM alive after the
     * command has answered; named, so that a thread dump says what they are.
     */
    private static final class WorkerThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "newsgraph-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}
