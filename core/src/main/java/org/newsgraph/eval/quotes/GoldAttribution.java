package org.newsgraph.eval.quotes;

import java.util.List;
import org.newsgraph.model.Span;

/**
 * One gold attribution: content (possibly split into several spans), cue and source spans, and
 * the speaker's name where the gold resolves it. {@code wholeQuote} is PolNeAR's "pure direct":
 * the content is all in quotation marks, no words of the writer's around a quoted phrase.
 */
public record GoldAttribution(String id, List<Span> contents, List<Span> cues, List<Span> sources,
        boolean hasQuoteMarks, boolean wholeQuote, String speaker) {
    public GoldAttribution {
        contents = List.copyOf(contents);
        cues = List.copyOf(cues);
        sources = List.copyOf(sources);
    }

    public int contentLength() {
        return contents.stream().mapToInt(Span::length).sum();
    }
}
