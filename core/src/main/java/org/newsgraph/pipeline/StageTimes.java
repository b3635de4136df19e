package org.newsgraph.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Nanoseconds spent per stage across documents, with the documents and tokens they covered; safe
 * to add to from several threads. With several threads the stage times add up each thread's own
 * time, so their sum exceeds the wall-clock time: compare them with each other, not with a clock.
 */
public final class StageTimes {
    private final LongAdder extract = new LongAdder();
    private final LongAdder annotate = new LongAdder();
    private final LongAdder entities = new LongAdder();
    private final LongAdder quotes = new LongAdder();
    private final LongAdder events = new LongAdder();
    private final LongAdder documents = new LongAdder();
    private final LongAdder tokens = new LongAdder();

    void add(long extractNs, long annotateNs, long entitiesNs, long quotesNs, long eventsNs, int tokenCount) {
        extract.add(extractNs);
        annotate.add(annotateNs);
        entities.add(entitiesNs);
        quotes.add(quotesNs);
        events.add(eventsNs);
        documents.increment();
        tokens.add(tokenCount);
    }

    /** Stage name to total seconds, in pipeline order. */
    public Map<String, Double> seconds() {
        Map<String, Double> out = new LinkedHashMap<>();
        out.put("extract", extract.sum() / 1e9);
        out.put("annotate", annotate.sum() / 1e9);
        out.put("entities", entities.sum() / 1e9);
        out.put("quotes", quotes.sum() / 1e9);
        out.put("events", events.sum() / 1e9);
        return out;
    }

    /** Documents that went through every stage. */
    public long documents() {
        return documents.sum();
    }

    /** Tokens the annotator made, over all documents. */
    public long tokens() {
        return tokens.sum();
    }

    /** Starts counting again from zero (a benchmark drops its warm-up this way). */
    public void reset() {
        for (LongAdder a : new LongAdder[] {extract, annotate, entities, quotes, events, documents, tokens}) {
            a.reset();
        }
    }
}
