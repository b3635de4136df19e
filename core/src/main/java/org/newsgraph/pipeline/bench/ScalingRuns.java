package org.newsgraph.pipeline.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.pipeline.OrderedWorkers;
import org.newsgraph.pipeline.Pipeline;

/**
 * How a warm pipeline's speed changes with one setting: article length or thread count. Every
 * value is timed in each round, in turn, so that a change in the shared machine's load falls on
 * all values alike rather than on whichever ran last.
 */
public final class ScalingRuns {
    private final Pipeline pipeline;
    private final int rounds;
    private final double seconds;
    private final PrintStream out;

    /**
     * @param rounds  how many times each value is timed
     * @param seconds least time per value, all rounds together (whole passes, one at least)
     * @param out     where the table is printed
     */
    public ScalingRuns(Pipeline pipeline, int rounds, double seconds, PrintStream out) {
        if (rounds < 1) {
            throw new IllegalArgumentException("rounds must be at least 1, got " + rounds);
        }
        this.pipeline = pipeline;
        this.rounds = rounds;
        this.seconds = seconds;
        this.out = out;
    }

    /** Articles of each length in words, {@code count} of each, made of the given bodies' paragraphs. */
    public void byLength(OrderedWorkers workers, List<String> bodies, List<Integer> lengths, int count) {
        LengthCorpus material = new LengthCorpus(bodies);
        List<List<RawDocument>> pages = new ArrayList<>();
        List<Double> meanWords = new ArrayList<>();
        for (int words : lengths) {
            List<RawDocument> p = material.pages(words, count);
            List<Integer> got = new ArrayList<>();
            workers.run(p, pipeline::analyze, r -> got.add(LengthCorpus.wordCount(r.article().body()))); // warm-up
            pages.add(p);
            meanWords.add(got.stream().mapToInt(Integer::intValue).average().orElse(0));
        }
        int n = lengths.size();
        Throughput[] speed = new Throughput[n];
        double[] stageTotal = new double[n];
        double[] annotate = new double[n];
        long[] tokens = new long[n];
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < n; i++) {
                pipeline.times().reset();
                Throughput t = time(workers, pages.get(i));
                speed[i] = speed[i] == null ? t : speed[i].plus(t);
                Map<String, Double> s = pipeline.times().seconds();
                stageTotal[i] += s.values().stream().mapToDouble(Double::doubleValue).sum();
                annotate[i] += s.get("annotate");
                tokens[i] += pipeline.times().tokens();
            }
        }
        out.printf(Locale.ROOT, "Newsgraph alone by article length (warm; %d round(s) over the lengths; articles made of the"
                + " corpus's paragraphs, as HTML pages):%n", rounds);
        out.printf(Locale.ROOT, "  %8s %10s %10s %14s %17s %10s%n", "words", "articles/s", "tokens/s", "ms per article",
                "ms per 1000 words", "annotate");
        for (int i = 0; i < n; i++) {
            double perArticle = 1000 * stageTotal[i] / speed[i].documents();
            out.printf(Locale.ROOT, "  %8.0f %10.2f %10.0f %14.1f %17.1f %9.1f%%%n", meanWords.get(i),
                    speed[i].articlesPerSecond(), tokens[i] / speed[i].seconds(), perArticle,
                    perArticle * 1000 / meanWords.get(i), 100 * annotate[i] / stageTotal[i]);
        }
        out.println("  (ms per article: thread time summed over the stages; articles/s: wall clock on all threads)");
    }

    /** The same articles on each thread count. */
    public void byThreads(List<RawDocument> articles, List<Integer> threadCounts) {
        Throughput[] speed = new Throughput[threadCounts.size()];
        for (int r = 0; r < rounds; r++) {
            for (int i = 0; i < threadCounts.size(); i++) {
                Throughput t = time(new OrderedWorkers(threadCounts.get(i)), articles);
                speed[i] = speed[i] == null ? t : speed[i].plus(t);
            }
        }
        out.printf(Locale.ROOT, "Newsgraph alone by thread count (warm; %d round(s) over the counts):%n", rounds);
        for (int i = 0; i < threadCounts.size(); i++) {
            out.printf(Locale.ROOT, "  %2d thread(s): %6.2f articles/s (%.2fx the first count)%n", threadCounts.get(i),
                    speed[i].articlesPerSecond(), speed[i].articlesPerSecond() / speed[0].articlesPerSecond());
        }
    }

    private Throughput time(OrderedWorkers workers, List<RawDocument> pages) {
        return Throughput.measure(workers, pages, d -> {
            pipeline.analyze(d);
            return 0;
        }, seconds / rounds);
    }
}
