package org.newsgraph.pipeline.bench;

import java.util.List;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.ToIntFunction;
import org.newsgraph.pipeline.OrderedWorkers;

/**
 * Articles and tokens per second of a system over a list of articles: whole passes over the list,
 * repeated until a minimum time has gone by, so that a fast system is timed over as long a
 * stretch as a slow one and a short list still gives a steady figure.
 *
 * @param documents articles processed in the timed passes
 * @param tokens    tokens the system made of them
 * @param seconds   wall-clock time of the timed passes
 * @param passes    how many passes over the list
 */
public record Throughput(long documents, long tokens, double seconds, int passes) {

    public double articlesPerSecond() {
        return documents / seconds;
    }

    public double tokensPerSecond() {
        return tokens / seconds;
    }

    /** This and another stretch of timing of the same system, as one. */
    public Throughput plus(Throughput other) {
        return new Throughput(documents + other.documents, tokens + other.tokens, seconds + other.seconds,
                passes + other.passes);
    }

    /** The same timing with the token count taken elsewhere (from the pipeline's own stage counts). */
    public Throughput withTokens(long count) {
        return new Throughput(documents, count, seconds, passes);
    }

    /**
     * Times whole passes of {@code work} over {@code items} on the given workers until at least
     * {@code minSeconds} have gone by (one pass at least).
     *
     * @param work processes one item and returns the number of tokens it made
     */
    public static <I> Throughput measure(OrderedWorkers workers, List<I> items, ToIntFunction<? super I> work,
            double minSeconds) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("nothing to time: no items");
        }
        LongAdder tokens = new LongAdder();
        long start = System.nanoTime();
        long minNanos = (long) (minSeconds * 1e9);
        int passes = 0;
        do {
            workers.run(items, work::applyAsInt, (Integer n) -> tokens.add(n));
            passes++;
        } while (System.nanoTime() - start < minNanos);
        double seconds = (System.nanoTime() - start) / 1e9;
        return new Throughput((long) passes * items.size(), tokens.sum(), seconds, passes);
    }
}
