package org.newsgraph.eval.quotes;

import java.util.List;
import org.newsgraph.model.Quote;

/** Anything that finds quotes in a text, with offsets into that text: Newsgraph, or a baseline. */
public interface QuoteSystem {
    String name();

    List<Quote> quotes(String text);
}
