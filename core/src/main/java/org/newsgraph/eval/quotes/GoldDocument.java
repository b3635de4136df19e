package org.newsgraph.eval.quotes;

import java.util.List;

/** A gold document: its text and its attributions, offsets into the text. */
public record GoldDocument(String id, String text, List<GoldAttribution> attributions) {
    public GoldDocument {
        attributions = List.copyOf(attributions);
    }
}
