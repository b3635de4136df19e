package org.newsgraph.eval.quotes;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.eval.GoldLines;

/**
 * Speaker names resolved by hand for gold quotes that carry none (PolNeAR's), kept apart from the
 * gold: a tab-separated file of {@code quote_id <TAB> full name}, where an empty name says the
 * quote was read and has no named speaker. Attaching them keeps only the documents the file
 * covers, so that the named-speaker accuracy is over the quotes someone resolved.
 */
public final class SpeakerNames {
    private final Map<String, String> byQuote;

    private SpeakerNames(Map<String, String> byQuote) {
        this.byQuote = byQuote;
    }

    public static SpeakerNames read(Path file) throws IOException {
        List<String> lines = GoldLines.read(file);
        Map<String, String> names = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != 2 || cells[0].isBlank()) {
                throw new IllegalArgumentException(file + ":" + (i + 1) + ": expected a quote id, a tab and a name (maybe empty)");
            }
            names.put(cells[0].strip(), cells[1].strip());
        }
        return new SpeakerNames(names);
    }

    /** The documents holding a resolved quote, with the names attached. */
    public List<GoldDocument> attach(List<GoldDocument> docs) {
        List<GoldDocument> out = new ArrayList<>();
        for (GoldDocument d : docs) {
            if (d.attributions().stream().noneMatch(a -> byQuote.containsKey(a.id()))) {
                continue;
            }
            List<GoldAttribution> named = new ArrayList<>();
            for (GoldAttribution a : d.attributions()) {
                String name = byQuote.get(a.id());
                named.add(name == null ? a : new GoldAttribution(a.id(), a.contents(), a.cues(), a.sources(),
                        a.hasQuoteMarks(), a.wholeQuote(), name.isEmpty() ? null : name));
            }
            out.add(new GoldDocument(d.id(), d.text(), named));
        }
        return out;
    }
}
