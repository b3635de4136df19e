package org.newsgraph.bench;

import java.io.IOException;
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
 * each is warmed up on the whole set once, then timed over three passes; quality is the
 * benchmark's shingle F1. Usage: {@code ExtractionBench [GOLD_DIR]} (default
 * {@code ../shared/eval/extraction/zyte}).
 */
public final class ExtractionBench {
    private static final int PASSES = 3;

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
        run("Newsgraph", set, docs, d -> newsgraph.extract(d).body());
        run("Readability4J 1.0.8", set, docs, d -> {
            String text = new Readability4J(d.url() == null ? "" : d.url(), d.content()).parse().getTextContent();
            return text == null ? "" : text;
        });
    }

    private static void run(String name, GoldSet set, List<RawDocument> docs, Function<RawDocument, String> extractor) {
        ShingleTally tally = new ShingleTally();
        for (int i = 0; i < docs.size(); i++) {
            tally.add(extractor.apply(docs.get(i)), set.pages().get(i).body());
        }
        long t0 = System.nanoTime();
        for (int pass = 0; pass < PASSES; pass++) {
            for (RawDocument d : docs) {
                extractor.apply(d);
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9 / PASSES;
        System.out.printf(Locale.ROOT, "%-20s %d pages: %.1f pages/s (%.2f s a pass, warm)  shingle F1 %.3f  P %.3f  R %.3f%n",
                name, docs.size(), docs.size() / seconds, seconds, tally.f1(), tally.precision(), tally.recall());
    }
}
