package org.newsgraph.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;

/**
 * CoreNLP's stock pipeline, the one a researcher reaches for
 * ({@value #ANNOTATORS}, every other setting at its default), run over plain text: the reference
 * that {@code bench} times and {@code eval quotes} scores beside Newsgraph. Models load in the
 * constructor. CoreNLP's pipeline may be called from several threads at once.
 */
public final class StockCoreNlp {
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";
    private static final String MARKS = "“”\"«»„'‘’`";

    /**
     * What the stock pipeline gives for one text, in Newsgraph's terms.
     *
     * @param tokens    its own token count (it keeps hyphenated words whole, Newsgraph splits them)
     * @param sentences its sentence count
     * @param quotes    its quotes: direct only, the words between the marks; the speaker is the
     *                  canonical mention when coreference found one, else the local mention; no cue
     */
    public record Output(int tokens, int sentences, List<Quote> quotes) {
        public Output {
            quotes = List.copyOf(quotes);
        }
    }

    private final StanfordCoreNLP pipeline;
    private final double loadSeconds;

    public StockCoreNlp() {
        Properties p = new Properties();
        p.setProperty("annotators", ANNOTATORS);
        long t0 = System.nanoTime();
        this.pipeline = new StanfordCoreNLP(p);
        this.loadSeconds = (System.nanoTime() - t0) / 1e9;
    }

    /** Seconds the constructor took to load the models (less for those CoreNLP's cache already held). */
    public double loadSeconds() {
        return loadSeconds;
    }

    /**
     * Drops CoreNLP's JVM-wide cache of loaded annotators (it keeps every model a pipeline ever
     * loaded), so that a benchmark's next phase holds only its own models in the heap.
     */
    public static void clearModelCache() {
        StanfordCoreNLP.clearAnnotatorPool();
    }

    public String name() {
        return "CoreNLP 4.5.10 stock (" + ANNOTATORS + ")";
    }

    public Output annotate(String text) {
        CoreDocument doc = new CoreDocument(text);
        pipeline.annotate(doc);
        var tokens = doc.annotation().get(CoreAnnotations.TokensAnnotation.class);
        var sentences = doc.annotation().get(CoreAnnotations.SentencesAnnotation.class);
        return new Output(tokens == null ? 0 : tokens.size(), sentences == null ? 0 : sentences.size(),
                quotes(text, doc));
    }

    private static List<Quote> quotes(String text, CoreDocument doc) {
        List<Quote> out = new ArrayList<>();
        if (doc.quotes() == null) {
            return out;
        }
        for (CoreQuote q : doc.quotes()) {
            Pair<Integer, Integer> o = q.quoteCharOffsets();
            int start = o.first();
            int end = Math.min(o.second(), text.length());
            // CoreNLP's quote includes its marks; the gold and Newsgraph give the words between them.
            while (start < end && MARKS.indexOf(text.charAt(start)) >= 0) {
                start++;
            }
            while (end > start && MARKS.indexOf(text.charAt(end - 1)) >= 0) {
                end--;
            }
            Span source = q.speakerCharOffsets().map(s -> Span.of(text, s.first(), Math.min(s.second(), text.length())))
                    .orElse(null);
            Optional<String> name = q.canonicalSpeaker().or(q::speaker);
            out.add(new Quote(text.substring(start, end), start, end, Quote.QuoteKind.direct,
                    name.map(n -> new Quote.Speaker(null, n)).orElse(null), source, null));
        }
        return out;
    }
}
