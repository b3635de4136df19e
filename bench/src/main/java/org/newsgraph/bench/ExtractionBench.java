package org.newsgraph.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import net.dankito.readability4j.Readability4J;
import org.newsgraph.eval.extraction.GoldPage;
import org.newsgraph.eval.extraction.GoldSet;
import org.newsgraph.eval.extraction.GoldSetReader;
import org.newsgraph.eval.extraction.ShingleTally;
import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.ingest.InputLimits;
import org.newsgraph.ingest.InputSources;
import org.newsgraph.ingest.RawDocument;

/**
 * Newsgraph's extractor beside Readability4J 1.0.8 on the pages of a Zyte-layout gold folder, in
 * one JVM: both read the same decoded pages (reading and decoding are done first and not timed),
 * each is warmed up on the whole set twice, then both are timed over five passes taken in turn
 * (one of each, five times), so that both meet the same load of a machine shared with other
 * work; quality is the benchmark's shingle F1. Both wall time and the thread's CPU time are
 * reported: wall time swings with the load, CPU time much less. Usage:
 * {@code ExtractionBench [GOLD_DIR]} (default {@code ../shared/eval/extraction/zyte}).
 */
public final class ExtractionBench {
    private static final int WARM_UP_PASSES = 2;
    private static final int PASSES = 5;

    private ExtractionBench() {}

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "../shared/eval/extraction/zyte");
        GoldSet set = new GoldSetReader().read(dir);
        InputSources inputs = new InputSources(InputLimits.DEFAULT, System.in);
        List<RawDocument> docs = new ArrayList<>();
        for (GoldPage p : set.pages()) {
            RawDocument d = inputs.expand(List.of(p.file().toString())).get(0).load();
            docs.add(new RawDocument(p.id(), d.content(), d.format(), p.url(), null));
        }
        ArticleExtractor newsgraph = new ArticleExtractor();
        List<Contender> contenders = List.of(
                new Contender("Newsgraph", d -> newsgraph.extract(d).body()),
                new Contender("Readability4J 1.0.8", d -> {
                    String text = new Readability4J(d.url() == null ? "" : d.url(), d.content()).parse().getTextContent();
                    return text == null ? "" : text;
                }));
        for (Contender c : contenders) {
            c.score(set, docs);
            for (int pass = 1; pass < WARM_UP_PASSES; pass++) {
                c.pass(docs);
            }
        }
        for (int pass = 0; pass < PASSES; pass++) {
            for (Contender c : contenders) {
                c.timedPass(docs);
            }
        }
        contenders.forEach(c -> c.print(docs.size()));
    }

    /** One extractor, its quality on the set and the time its timed passes took. */
    private static final class Contender {
        private final String name;
        private final Function<RawDocument, String> extractor;
        private final ShingleTally tally = new ShingleTally();
        private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        private long wallNanos;
        private long cpuNanos;
        private int passes;

        Contender(String name, Function<RawDocument, String> extractor) {
            this.name = name;
            this.extractor = extractor;
        }

        /** The first pass: scored, and the first half of the warm-up. */
        void score(GoldSet set, List<RawDocument> docs) {
            for (int i = 0; i < docs.size(); i++) {
                tally.add(extractor.apply(docs.get(i)), set.pages().get(i).body());
            }
        }

        void pass(List<RawDocument> docs) {
            docs.forEach(extractor::apply);
        }

        void timedPass(List<RawDocument> docs) {
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            pass(docs);
            wallNanos += System.nanoTime() - t0;
            cpuNanos += threads.getCurrentThreadCpuTime() - cpu0;
            passes++;
        }

        void print(int pages) {
            double seconds = wallNanos / 1e9 / passes;
            double cpuSeconds = cpuNanos / 1e9 / passes;
            System.out.printf(Locale.ROOT, "%-20s %d pages: %.1f pages/s wall (%.2f s a pass), %.1f pages/s of CPU"
                    + " (%.2f s), warm  shingle F1 %.3f  P %.3f  R %.3f%n", name, pages, pages / seconds, seconds,
                    pages / cpuSeconds, cpuSeconds, tally.f1(), tally.precision(), tally.recall());
        }
    }
}
