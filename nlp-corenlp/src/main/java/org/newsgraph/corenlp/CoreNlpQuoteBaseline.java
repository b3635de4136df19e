package org.newsgraph.corenlp;

import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.CoreQuote;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.Pair;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import org.newsgraph.eval.quotes.QuoteSystem;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;

/**
 * CoreNLP's own quote attribution with its stock settings, the pipeline a researcher reaches for
 * ({@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote}), as a baseline measured beside
 * Newsgraph in the same run. Its quotes are direct only; its speaker is the canonical mention when
 * coreference found one, else the local mention. It gives no cue.
 */
public final class CoreNlpQuoteBaseline implements QuoteSystem {
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";
    private static final String MARKS = "“”\"«»„'‘’`";

    private final StanfordCoreNLP pipeline;

    public CoreNlpQuoteBaseline() {
        Properties p = new Properties();
        p.setProperty("annotators", ANNOTATORS);
        this.pipeline = new StanfordCoreNLP(p);
    }

    @Override
    public String name() {
        return "CoreNLP 4.5.10 (" + ANNOTATORS + ")";
    }

    @Override
    public List<Quote> quotes(String text) {
        CoreDocument doc = new CoreDocument(text);
        pipeline.annotate(doc);
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
