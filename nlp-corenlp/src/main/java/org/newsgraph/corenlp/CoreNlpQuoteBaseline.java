package org.newsgraph.corenlp;

import java.util.List;
import org.newsgraph.eval.quotes.QuoteSystem;
import org.newsgraph.model.Quote;

/**
 * CoreNLP's own quote attribution with its stock settings ({@link StockCoreNlp}), as a baseline
 * measured beside Newsgraph in the same run. Its quotes are direct only; its speaker is the
 * canonical mention when coreference found one, else the local mention. It gives no cue.
 */
public final class CoreNlpQuoteBaseline implements QuoteSystem {
    public static final String ANNOTATORS = StockCoreNlp.ANNOTATORS;

    private final StockCoreNlp stock = new StockCoreNlp();

    @Override
    public String name() {
        return "CoreNLP 4.5.10 (" + ANNOTATORS + ")";
    }

    @Override
    public List<Quote> quotes(String text) {
        return stock.annotate(text).quotes();
    }
}
