package org.newsgraph.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.newsgraph.eval.quotes.GoldAttribution;
import org.newsgraph.eval.quotes.GoldDocument;
import org.newsgraph.eval.quotes.QuoteScorer;
import org.newsgraph.eval.quotes.QuoteSystem;

/** The table {@code eval quotes} prints: one column per system, the same rows for each. */
final class QuoteReport {
    private QuoteReport() {}

    static void print(PrintStream out, Path file, List<GoldDocument> gold, List<QuoteSystem> systems,
            List<QuoteScorer> scores, List<Double> seconds) {
        long attributions = gold.stream().mapToLong(d -> d.attributions().size()).sum();
        long marked = gold.stream().flatMap(d -> d.attributions().stream()).filter(GoldAttribution::hasQuoteMarks).count();
        out.printf("%s: %d documents, %d attributions, %d with quotation marks%n", file, gold.size(), attributions, marked);
        out.printf("A hit covers over half of the gold content's characters; cue and source accuracy are over hits.%n%n");
        StringBuilder header = new StringBuilder(String.format("%-38s", ""));
        systems.forEach(s -> header.append(String.format("%-14s", s.name().split(" ")[0])));
        out.println(header);
        section(out, "quotes with quotation marks", scores, QuoteScorer::withQuoteMarks);
        section(out, "all attributions", scores, QuoteScorer::allAttributions);
        row(out, "seconds per document", scores, s -> seconds.get(scores.indexOf(s)));
        for (QuoteSystem s : systems) {
            out.println("  " + s.name().split(" ")[0] + ": " + s.name());
        }
    }

    private static void section(PrintStream out, String title, List<QuoteScorer> scores,
            Function<QuoteScorer, QuoteScorer.Counts> view) {
        out.println(title);
        row(out, "  content precision", scores, s -> view.apply(s).precision());
        row(out, "  content recall", scores, s -> view.apply(s).recall());
        row(out, "  content F1", scores, s -> view.apply(s).f1());
        row(out, "  cue accuracy (exact span)", scores, s -> view.apply(s).cueAccuracy());
        row(out, "  source accuracy (exact span)", scores, s -> view.apply(s).sourceExactAccuracy());
        row(out, "  source accuracy (overlapping span)", scores, s -> view.apply(s).sourceOverlapAccuracy());
        StringBuilder counts = new StringBuilder(String.format("%-38s", "  predicted / gold / hits"));
        for (QuoteScorer s : scores) {
            QuoteScorer.Counts c = view.apply(s);
            counts.append(String.format("%-14s", c.predicted() + "/" + c.gold() + "/" + c.hits()));
        }
        out.println(counts);
        if (scores.stream().anyMatch(s -> view.apply(s).speakerGold() > 0)) {
            row(out, "  named speaker right (of " + view.apply(scores.get(0)).speakerGold() + " names)", scores,
                    s -> view.apply(s).speakerAccuracy());
            row(out, "    each prediction used once", scores, s -> view.apply(s).speakerAccuracyOnePerPrediction());
            if (view.apply(scores.get(0)).wholeQuoteSpeakerGold() > 0) {
                row(out, "    wholly in marks (of " + view.apply(scores.get(0)).wholeQuoteSpeakerGold() + ")", scores,
                        s -> view.apply(s).wholeQuoteSpeakerAccuracy());
            }
        }
    }

    private static void row(PrintStream out, String label, List<QuoteScorer> scores, Function<QuoteScorer, Double> value) {
        StringBuilder line = new StringBuilder(String.format("%-38s", label));
        for (QuoteScorer s : scores) {
            line.append(String.format("%-14.3f", value.apply(s)));
        }
        out.println(line);
    }
}
