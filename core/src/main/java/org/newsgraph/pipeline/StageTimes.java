package org.newsgraph.pipeline;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/** Nanoseconds spent per stage across documents; safe to add to from several threads. */
public final class StageTimes {
    private final LongAdder extract = new LongAdder();
    private final LongAdder annotate = new LongAdder();
    private final LongAdder entities = new LongAdder();
    private final LongAdder quotes = new LongAdder();
    private final LongAdder events = new LongAdder();

    void add(long extractNs, long annotateNs, long entitiesNs, long quotesNs, long eventsNs) {
        extract.add(extractNs);
        annotate.add(annotateNs);
        entities.add(entitiesNs);
        quotes.add(quotesNs);
        events.add(eventsNs);
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
}
