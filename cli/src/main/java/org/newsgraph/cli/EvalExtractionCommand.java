package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.newsgraph.eval.extraction.ExtractionEvaluator;
import org.newsgraph.eval.extraction.FieldTally;
import org.newsgraph.eval.extraction.GoldPage;
import org.newsgraph.eval.extraction.GoldSet;
import org.newsgraph.eval.extraction.GoldSetReader;
import org.newsgraph.eval.extraction.PageResult;
import org.newsgraph.eval.extraction.SetReport;
import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.ingest.InputLimits;
import org.newsgraph.ingest.InputSources;
import org.newsgraph.ingest.RawDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code newsgraph eval extraction --gold DIR}: extraction quality on gold pages, each set on its
 * own metric. Pages go through the same reading and decoding as {@code extract}'s inputs, so the
 * numbers include charset detection; no NLP model is loaded.
 */
@Command(name = "extraction", mixinStandardHelpOptions = true,
        description = "Article extraction on gold pages: Zyte's layout (ground-truth.json, html/) scored by shingle F1;"
                + " gold.json with pages/ (trafilatura's snippets, htmldate's dates) by snippet P/R/F and date accuracy;"
                + " title, author and date accuracy where the gold has them.")
final class EvalExtractionCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "DIR",
            description = "A gold folder; repeat for several sets. The layout is recognised from its files.")
    List<Path> gold;

    @Option(names = "--worst", paramLabel = "N", defaultValue = "10",
            description = "How many of the lowest-scoring pages to list per set (default: ${DEFAULT-VALUE}).")
    int worst;

    @Option(names = "--pages", paramLabel = "N", description = "Only the first N pages of each set.")
    Integer pages;

    @Override
    public Integer call() {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        ArticleExtractor extractor = new ArticleExtractor();
        InputSources inputs = new InputSources(InputLimits.DEFAULT, System.in);
        int exit = ExitCodes.OK;
        for (Path dir : gold) {
            GoldSet set;
            try {
                set = new GoldSetReader().read(dir);
            } catch (IOException | IllegalArgumentException e) {
                System.err.println("error: " + e.getMessage());
                exit = ExitCodes.FAILED;
                continue;
            }
            if (pages != null) {
                set = set.first(pages);
            }
            set.warnings().forEach(w -> System.err.println("warning: " + w));
            SetReport report = new ExtractionEvaluator().run(set, page -> extractor.extract(load(inputs, page)));
            print(out, report);
        }
        return exit;
    }

    /** The page read as {@code extract} reads a file, with the gold's URL (its date pattern counts). */
    private static RawDocument load(InputSources inputs, GoldPage page) {
        RawDocument d = inputs.expand(List.of(page.file().toString())).get(0).load();
        String url = page.url() != null && page.url().matches("(?i)https?://.*") ? page.url() : null;
        return new RawDocument(page.id(), d.content(), d.format(), url, null);
    }

    private void print(PrintStream out, SetReport r) {
        GoldSet set = r.set();
        out.printf(Locale.ROOT, "%s: %d pages (%s layout)%n", set.name(), r.pages().size(),
                set.format().name().toLowerCase(Locale.ROOT));
        if (r.shingles() != null) {
            out.printf(Locale.ROOT, "  body: shingle F1 %.3f  P %.3f  R %.3f  exact %.3f%n", r.shingles().f1(),
                    r.shingles().precision(), r.shingles().recall(), r.shingles().accuracy());
        }
        if (r.snippets() != null) {
            out.printf(Locale.ROOT, "  body: snippet F %.3f  P %.3f  R %.3f  accuracy %.3f%n", r.snippets().f(),
                    r.snippets().precision(), r.snippets().recall(), r.snippets().accuracy());
        }
        field(out, "title", r.title());
        field(out, "author", r.author());
        field(out, "date", r.date());
        out.printf(Locale.ROOT, "  speed: %.1f pages/s (%.2f s, reading and decoding included); %d failed%n",
                r.pagesPerSecond(), r.seconds(), r.failures());
        List<PageResult> bad = r.worst(worst);
        if (!bad.isEmpty()) {
            out.println("  worst pages (score  id  file  url: what went wrong):");
            for (PageResult p : bad) {
                out.printf(Locale.ROOT, "    %.2f  %s  %s  %s: %s%n", p.score(), p.page().id(), p.page().file(),
                        p.page().url(), p.failed() ? "error: " + p.error() : p.detail());
            }
        }
        out.println();
    }

    private static void field(PrintStream out, String name, FieldTally t) {
        if (t.gold() > 0) {
            out.printf(Locale.ROOT, "  %s: %.3f right (%d of %d pages with a gold %s)%n", name, t.accuracy(),
                    t.right(), t.gold(), name);
        }
    }
}
