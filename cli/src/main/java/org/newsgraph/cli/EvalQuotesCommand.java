package org.newsgraph.cli;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.corenlp.CoreNlpQuoteBaseline;
import org.newsgraph.eval.quotes.GoldDocument;
import org.newsgraph.eval.quotes.PolnearReader;
import org.newsgraph.eval.quotes.QuoteScorer;
import org.newsgraph.eval.quotes.QuoteSystem;
import org.newsgraph.eval.quotes.SnippetAnnotationReader;
import org.newsgraph.eval.quotes.SpanAnnotationReader;
import org.newsgraph.eval.quotes.SpeakerNames;
import org.newsgraph.json.RecordJson;
import org.newsgraph.model.Quote;
import org.newsgraph.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "quotes", mixinStandardHelpOptions = true,
        description = "Quote finding and attribution on PolNeAR-style gold (JSON Lines), beside CoreNLP's stock quote "
                + "attribution in the same run.")
final class EvalQuotesCommand implements Callable<Integer> {
    @Option(names = "--gold", required = true, paramLabel = "FILE",
            description = "Gold quotes, one document a line; with --texts, quotations annotated as offsets (eval/general/); "
                    + "with --pages, quotations annotated by a snippet of their words on web pages.")
    Path gold;

    @Option(names = "--pages", paramLabel = "DIR",
            description = "Folders of the pages a snippet annotation file names (<id>.html.gz, .html or .txt); each page is "
                    + "extracted with the engine's extractor and its quotations found in the body. May be repeated.")
    List<Path> pages;

    @Option(names = "--texts", paramLabel = "JSON",
            description = "The articles an offset annotation file points into: a JSON object of id -> {articleBody}, "
                    + "as Zyte's ground-truth.json.")
    Path texts;

    @Option(names = "--speakers", paramLabel = "TSV",
            description = "Hand-resolved speaker names by quote id (eval/speakers/); only the documents it covers are "
                    + "scored, and named-speaker accuracy is printed.")
    Path speakers;

    @Option(names = "--no-baseline", description = "Skip CoreNLP's stock pipeline (it takes about 2 s a document).")
    boolean noBaseline;

    @Option(names = "--docs", paramLabel = "N", description = "Only the first N documents.")
    Integer docs;

    @Option(names = "--dump", paramLabel = "FILE",
            description = "Also write Newsgraph's quotes per document as JSON Lines ({doc_id, quotes}), to look at the misses.")
    Path dump;

    @Override
    public Integer call() {
        List<GoldDocument> gold;
        try {
            if (pages != null && !pages.isEmpty() && texts != null) {
                throw new IllegalArgumentException("--pages and --texts name two kinds of annotation file; give one");
            }
            if (pages != null && !pages.isEmpty()) {
                SnippetAnnotationReader reader = new SnippetAnnotationReader(pages);
                gold = reader.read(this.gold);
                if (!reader.missing().isEmpty()) {
                    // (the extractor left these quotations out of the body: an extraction miss, reported, not scored)
                    System.out.println(reader.missing().size() + " annotated quotations are not in the extracted bodies: "
                            + String.join(", ", reader.missing()));
                }
            } else {
                gold = texts != null ? new SpanAnnotationReader().read(this.gold, texts) : new PolnearReader().read(this.gold);
            }
            if (speakers != null) {
                gold = SpeakerNames.read(speakers).attach(gold);
            }
        } catch (IOException | IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        if (docs != null) {
            gold = gold.subList(0, Math.min(docs, gold.size()));
        }
        Pipeline pipeline = Engine.load();
        List<QuoteSystem> systems = new ArrayList<>();
        systems.add(new QuoteSystem() {
            @Override
            public String name() {
                return "Newsgraph";
            }

            @Override
            public List<Quote> quotes(String text) {
                return pipeline.analyzeText("gold", text, null).quotes();
            }
        });
        if (!noBaseline) {
            systems.add(new CoreNlpQuoteBaseline());
        }
        List<QuoteScorer> scores = new ArrayList<>();
        for (int i = 0; i < systems.size(); i++) {
            scores.add(new QuoteScorer());
        }
        List<Double> seconds;
        try {
            seconds = GoldRun.run(gold, systems, QuoteSystem::name, (system, doc) -> system.quotes(doc.text()),
                    GoldDocument::id, List.<Quote>of(), (system, doc, found) -> scores.get(system).add(doc, found), dump,
                    (doc, found) -> RecordJson.mapper().valueToTree(new DumpLine(doc.id(), found)).toString());
        } catch (IOException e) {
            System.err.println("error: " + dump + ": cannot write: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        QuoteReport.print(System.out, this.gold, gold, systems, scores, seconds);
        return ExitCodes.OK;
    }

    /** One line of {@code --dump}: the document's id, then its quotes, in that order on every run (so dumps compare byte for byte). */
    @JsonPropertyOrder({"doc_id", "quotes"})
    private record DumpLine(@JsonProperty("doc_id") String docId, List<Quote> quotes) {}
}
