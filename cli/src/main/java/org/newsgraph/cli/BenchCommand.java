package org.newsgraph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.corenlp.StockCoreNlp;
import org.newsgraph.eval.ExpectedRecordCheck;
import org.newsgraph.ingest.InputException;
import org.newsgraph.ingest.InputLimits;
import org.newsgraph.ingest.InputSources;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.json.RecordJson;
import org.newsgraph.model.NewsRecord;
import org.newsgraph.pipeline.LazyAnnotator;
import org.newsgraph.pipeline.OrderedWorkers;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.pipeline.bench.BenchCorpus;
import org.newsgraph.pipeline.bench.HeapPeak;
import org.newsgraph.pipeline.bench.LengthCorpus;
import org.newsgraph.pipeline.bench.ScalingRuns;
import org.newsgraph.pipeline.bench.SeedQuality;
import org.newsgraph.pipeline.bench.Throughput;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsgraph bench}: the full Newsgraph pipeline beside CoreNLP's stock pipeline over the
 * same articles, in one JVM, on the same number of threads. The machine is shared and its load
 * changes from minute to minute, so the two are timed in alternating rounds (CoreNLP's passes, then
 * Newsgraph's for as long) and the ratio is the figure to trust. Model load, warm-up and heap are
 * measured for each alone, before the rounds.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Articles and tokens per second of the full Newsgraph pipeline beside CoreNLP's stock pipeline ("
                + StockCoreNlp.ANNOTATORS + ") on the same articles in the same run, their ratio, Newsgraph's time per"
                + " stage, model load time, heap, and the quality of both on the seed page.")
final class BenchCommand implements Callable<Integer> {
    private static final String SEED = "000_f2aea6c208a11874";

    @Option(names = "--corpus", paramLabel = "PATH",
            description = "Articles: a .txt/.html file, a folder of them, or a .jsonl batch (default: the project's samples/).")
    Path corpus;

    @Option(names = "--docs", paramLabel = "N",
            description = "Run N articles: the corpus's first N, the corpus repeated when it holds fewer (default: all).")
    Integer docs;

    @Option(names = "--threads", paramLabel = "N",
            description = "Articles processed at once, the same for both pipelines (default: one per core, ${DEFAULT-VALUE} here).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "3",
            description = "Timed rounds, each CoreNLP stock's passes then Newsgraph's for as long (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--min-seconds", paramLabel = "S", defaultValue = "10",
            description = "Least time each pipeline is timed, over whole passes, all rounds together (default: ${DEFAULT-VALUE}).")
    double minSeconds;

    @Option(names = "--seed", paramLabel = "FILE",
            description = "The seed page, beside its .expected.json (default: ../shared/eval/seed/" + SEED + ".txt).")
    Path seed;

    @Option(names = "--lengths", paramLabel = "WORDS", split = ",",
            description = "Also time Newsgraph alone on articles of these lengths in words, made from the corpus's"
                    + " paragraphs (e.g. 250,1000,4000).")
    List<Integer> lengths = new ArrayList<>();

    @Option(names = "--compare-threads", paramLabel = "N", split = ",",
            description = "Also time Newsgraph alone on each of these thread counts, in alternating rounds (e.g. 1,2).")
    List<Integer> compareThreads = new ArrayList<>();

    @Option(names = "--no-stock", description = "Skip CoreNLP's stock pipeline (no ratio).")
    boolean noStock;

    private final PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    /** What the seed page is and expects, when it is there. */
    private record Seed(Path page, RawDocument doc, JsonNode expected) {}

    /** What was measured of one system alone: its load, its heap, its record of the seed page. */
    private record Alone(double loadSeconds, long peakHeap, long liveHeap, NewsRecord seed) {}

    /** The timed rounds of one system: throughput, collector time, and each round's articles per second. */
    private record Timed(Throughput speed, double gcSeconds, List<Double> perRound) {}

    /** Both systems' timed rounds; {@code stock} is null when it was skipped. */
    private record Rounds(Timed newsgraph, Timed stock) {}

    @Override
    public Integer call() {
        if (threads < 1 || rounds < 1 || minSeconds < 0 || (docs != null && docs < 1)
                || lengths.stream().anyMatch(w -> w < 1) || compareThreads.stream().anyMatch(n -> n < 1)) {
            System.err.println("error: --threads, --rounds, --docs, --lengths and --compare-threads must be at least 1,"
                    + " --min-seconds at least 0");
            return ExitCodes.FAILED;
        }
        List<RawDocument> corpusDocs = BenchCorpus.read(corpus != null ? corpus : home().resolve("samples"), docs, System.err);
        if (corpusDocs.isEmpty()) {
            System.err.println("error: no article could be read from the corpus");
            return ExitCodes.FAILED;
        }
        Seed seedPage = seedPage();
        OrderedWorkers workers = new OrderedWorkers(threads);
        out.printf(Locale.ROOT, "bench: %d articles from %s, %d thread(s), heap limit %.1f GB; each side warmed up by one"
                + " untimed pass%n", corpusDocs.size(), corpus != null ? corpus : "samples/", threads, HeapPeak.maxBytes() / 1e9);

        // Newsgraph alone: model load, the first (cold) article, the warm-up pass, heap, lengths.
        HeapPeak.reset();
        LazyAnnotator annotator = Engine.annotator();
        Pipeline pipeline = Pipeline.standard(annotator);
        annotator.load();
        long t0 = System.nanoTime();
        analyzeOrReport(pipeline, corpusDocs.get(0));
        double firstSeconds = (System.nanoTime() - t0) / 1e9;
        List<RawDocument> articles = new ArrayList<>();
        List<String> bodies = new ArrayList<>();
        List<NewsRecord> warm = new ArrayList<>();
        workers.run(corpusDocs, d -> analyzeOrReport(pipeline, d), warm::add);
        for (int i = 0; i < corpusDocs.size(); i++) {
            if (warm.get(i) != null) { // an article that failed is named above and left out from here on
                articles.add(corpusDocs.get(i));
                bodies.add(warm.get(i).article().body());
            }
        }
        if (articles.isEmpty()) {
            System.err.println("error: every article of the corpus failed (see above)");
            return ExitCodes.FAILED;
        }
        if (!lengths.isEmpty()) {
            new ScalingRuns(pipeline, rounds, minSeconds / 2, out).byLength(workers, bodies, lengths, articles.size());
        }
        if (!compareThreads.isEmpty()) {
            new ScalingRuns(pipeline, rounds, minSeconds / 2, out).byThreads(articles, compareThreads);
        }
        NewsRecord ngSeed = seedPage == null ? null : analyzeOrReport(pipeline, seedPage.doc());
        long ngPeak = HeapPeak.peakBytes();
        long ngLive = HeapPeak.liveBytes();
        Alone ng = new Alone(annotator.loadSeconds(), ngPeak, ngLive, ngSeed);

        StockCoreNlp stock = noStock ? null : loadStock();
        Alone st = stock == null ? null : stockAlone(stock, workers, bodies, ngSeed, ngLive);

        Rounds timed = rounds(workers, pipeline, articles, stock, bodies);
        report(bodies, ng, timed.newsgraph(), st, timed.stock(), firstSeconds, pipeline.times().seconds());
        if (seedPage != null) {
            quality(seedPage, ng.seed(), st == null ? null : st.seed());
        } else {
            out.println("\nquality: skipped, the seed page is absent (" + seedPath() + ")");
        }
        return ExitCodes.OK;
    }

    /**
     * CoreNLP's stock pipeline, with every model it uses loaded by itself, as in its own process:
     * CoreNLP's JVM-wide model cache is dropped first (Newsgraph's annotator keeps its own models).
     */
    private StockCoreNlp loadStock() {
        StockCoreNlp.clearModelCache();
        HeapPeak.reset();
        return new StockCoreNlp();
    }

    /** The stock pipeline alone: its load (just done), its warm-up pass, its heap, its record of the seed page. */
    private Alone stockAlone(StockCoreNlp stock, OrderedWorkers workers, List<String> bodies, NewsRecord ngSeed,
            long ngLive) {
        double load = stock.loadSeconds();
        out.printf(Locale.ROOT, "%s: models loaded in %.1f s; warming up%n", stock.name(), load);
        workers.run(bodies, b -> stockOrReport(stock, b), n -> { });
        // The seed page's article as Newsgraph extracted it, with the stock pipeline's quotes: all it gives.
        NewsRecord seedRecord = ngSeed == null ? null : new NewsRecord(ngSeed.id(), ngSeed.article(), List.of(),
                stock.annotate(ngSeed.article().body()).quotes(), List.of());
        long peak = HeapPeak.peakBytes();
        return new Alone(load, peak, Math.max(0, HeapPeak.liveBytes() - ngLive), seedRecord);
    }

    /**
     * The timed rounds. Each times CoreNLP stock over whole passes, then Newsgraph over whole passes
     * for at least as long, so both meet the same background load; without stock, Newsgraph alone.
     */
    private Rounds rounds(OrderedWorkers workers, Pipeline pipeline, List<RawDocument> articles, StockCoreNlp stock,
            List<String> bodies) {
        pipeline.times().reset();
        Throughput ng = null;
        Throughput st = null;
        double ngGc = 0;
        double stGc = 0;
        List<Double> ngRounds = new ArrayList<>();
        List<Double> stRounds = new ArrayList<>();
        for (int r = 0; r < rounds; r++) {
            double least = minSeconds / rounds;
            if (stock != null) {
                double g0 = HeapPeak.gcSeconds();
                Throughput t = Throughput.measure(workers, bodies, b -> stockOrReport(stock, b), least);
                stGc += HeapPeak.gcSeconds() - g0;
                st = st == null ? t : st.plus(t);
                stRounds.add(t.articlesPerSecond());
                least = Math.max(least, t.seconds());
            }
            double g0 = HeapPeak.gcSeconds();
            Throughput t = Throughput.measure(workers, articles, d -> {
                pipeline.analyze(d);
                return 0;
            }, least);
            ngGc += HeapPeak.gcSeconds() - g0;
            ng = ng == null ? t : ng.plus(t);
            ngRounds.add(t.articlesPerSecond());
            out.printf(Locale.ROOT, "round %d of %d: Newsgraph %.2f articles/s%s%n", r + 1, rounds, t.articlesPerSecond(),
                    stock == null ? "" : String.format(Locale.ROOT, ", CoreNLP stock %.3f articles/s, ratio %.1f",
                            stRounds.get(r), t.articlesPerSecond() / stRounds.get(r)));
        }
        Timed ngTimed = new Timed(ng.withTokens(pipeline.times().tokens()), ngGc, ngRounds);
        return new Rounds(ngTimed, st == null ? null : new Timed(st, stGc, stRounds));
    }

    private void report(List<String> bodies, Alone ng, Timed ngT, Alone st, Timed stT, double firstSeconds,
            Map<String, Double> stages) {
        long words = bodies.stream().mapToLong(LengthCorpus::wordCount).sum();
        out.printf(Locale.ROOT, "%narticles: %d, %.0f words each on average (extracted body)%n", bodies.size(),
                words / (double) bodies.size());
        out.printf(Locale.ROOT, "%-40s %10s %9s %6s %6s %5s %10s %9s %9s%n", "", "articles/s", "tokens/s", "passes",
                "wall s", "GC %", "model load", "peak heap", "live heap");
        row("Newsgraph (extract..events)", ngT, ng);
        if (st != null) {
            row("CoreNLP stock (on the extracted bodies)", stT, st);
            out.printf(Locale.ROOT, "ratio Newsgraph / CoreNLP stock: %.1fx articles/s, %.1fx tokens/s (rounds: %s)%n",
                    ngT.speed().articlesPerSecond() / stT.speed().articlesPerSecond(),
                    ngT.speed().tokensPerSecond() / stT.speed().tokensPerSecond(), roundRatios(ngT, stT));
        }
        out.println("  tokens: each system's own. GC %: collector time over the timed wall time. Peak heap: the sum of"
                + " the heap pools' peaks from model load through the warm-up (and --lengths), each system alone; an"
                + " upper bound that grows with -Xmx. Live heap: after a full GC, models included.");
        out.printf(Locale.ROOT, "Newsgraph's first article after the model load (cold code; Lingua's model loads): %.2f s%n",
                firstSeconds);
        double total = stages.values().stream().mapToDouble(Double::doubleValue).sum();
        long n = ngT.speed().documents();
        out.println("Newsgraph time per stage (thread time per article, share of the pipeline's time):");
        stages.forEach((stage, sec) -> out.printf(Locale.ROOT, "  %-9s %8.1f ms %6.1f %%%n", stage, 1000 * sec / n,
                100 * sec / total));
    }

    private void row(String name, Timed t, Alone a) {
        Throughput s = t.speed();
        out.printf(Locale.ROOT, "%-40s %10.2f %9.0f %6d %6.1f %5.1f %8.1f s %9s %9s%n", name, s.articlesPerSecond(),
                s.tokensPerSecond(), s.passes(), s.seconds(), 100 * t.gcSeconds() / s.seconds(), a.loadSeconds(),
                gb(a.peakHeap()), gb(a.liveHeap()));
    }

    private static String roundRatios(Timed ng, Timed st) {
        List<String> r = new ArrayList<>();
        for (int i = 0; i < ng.perRound().size(); i++) {
            r.add(String.format(Locale.ROOT, "%.1f", ng.perRound().get(i) / st.perRound().get(i)));
        }
        return String.join(", ", r);
    }

    private void quality(Seed seedPage, NewsRecord ng, NewsRecord stock) {
        out.printf("%nquality on the seed page %s (org.newsgraph.eval.ExpectedRecordCheck against its .expected.json):%n",
                seedPage.page());
        if (ng == null) {
            out.println("Newsgraph failed on the seed page (see above)");
            return;
        }
        ExpectedRecordCheck.Result whole = SeedQuality.whole(ng, seedPage.expected());
        out.printf("Newsgraph: %s; optional items found %d of %d%n",
                whole.passed() ? "every required item met, nothing forbidden" : whole.failures().size() + " failure(s)",
                whole.optionalFound(), whole.optionalTotal());
        for (String f : whole.failures()) {
            out.println("  failure: " + f);
        }
        for (SeedQuality.Section s : SeedQuality.sections(ng, seedPage.expected())) {
            out.printf("  %-9s required met %d of %d%n", s.name(), s.met(), s.required());
        }
        out.println("Direct quotes, the part both systems give (CoreNLP's stock pipeline gives no cue, no indirect quote,"
                + " no entity record and no event; a speaker counts when its name is exactly the expected entity's):");
        out.printf("  %-52s %10s %14s%n", "", "Newsgraph", stock == null ? "" : "CoreNLP stock");
        SeedQuality.DirectQuotes a = SeedQuality.directQuotes(ng, seedPage.expected());
        SeedQuality.DirectQuotes b = stock == null ? null : SeedQuality.directQuotes(stock, seedPage.expected());
        quoteRow("required direct quotes found (words start and end)", a.found(), b == null ? -1 : b.found(), a.required());
        quoteRow("... with the right resolved speaker", a.rightSpeaker(), b == null ? -1 : b.rightSpeaker(), a.required());
        quoteRow("... with the right speaker mention at the cue", a.rightMention(), b == null ? -1 : b.rightMention(),
                a.required());
        if (stock != null) {
            out.println("  CoreNLP stock's quotes and speakers on the seed page:");
            stock.quotes().forEach(q -> out.printf("    \"%s\" -- %s (mention: %s)%n", abbreviate(q.text()),
                    q.speaker() == null ? "no speaker" : q.speaker().name(), q.source() == null ? "-" : q.source().text()));
        }
    }

    private void quoteRow(String what, int ng, int stock, int of) {
        out.printf("  %-52s %6d/%-3d %10s%n", what, ng, of, stock < 0 ? "" : stock + "/" + of);
    }

    /** The stock pipeline's token count for a text; a text it fails on is reported and counts no token. */
    private static int stockOrReport(StockCoreNlp stock, String text) {
        try {
            return stock.annotate(text).tokens();
        } catch (RuntimeException | StackOverflowError e) {
            System.err.println("error: CoreNLP stock failed on an article of " + text.length() + " characters: " + e);
            return 0;
        }
    }

    private static NewsRecord analyzeOrReport(Pipeline pipeline, RawDocument doc) {
        try {
            return pipeline.analyze(doc);
        } catch (RuntimeException | StackOverflowError e) {
            System.err.println("error: " + doc.id() + ": analysis failed: " + e + " (left out of the bench)");
            return null;
        }
    }

    private Path seedPath() {
        return seed != null ? seed
                : home().resolve("..").resolve("shared").resolve("eval").resolve("seed").resolve(SEED + ".txt").normalize();
    }

    private Seed seedPage() {
        Path page = seedPath();
        String name = page.getFileName().toString().replaceFirst("\\.txt$", "");
        Path expected = page.resolveSibling(name + ".expected.json");
        if (!Files.isRegularFile(page) || !Files.isRegularFile(expected)) {
            return null;
        }
        try {
            RawDocument doc = new InputSources(InputLimits.DEFAULT, System.in).expand(List.of(page.toString())).get(0).load();
            return new Seed(page, doc, RecordJson.mapper().readTree(expected.toFile()));
        } catch (IOException | InputException e) {
            System.err.println("error: seed page: " + e.getMessage() + " (quality skipped)");
            return null;
        }
    }

    private static Path home() {
        return Path.of(System.getProperty("newsgraph.home", "."));
    }

    private static String gb(long bytes) {
        return String.format(Locale.ROOT, "%.2f GB", bytes / 1e9);
    }

    private static String abbreviate(String s) {
        return s.length() <= 50 ? s : s.substring(0, 50) + "...";
    }
}
