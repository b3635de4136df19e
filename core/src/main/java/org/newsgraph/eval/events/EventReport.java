package org.newsgraph.eval.events;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Prints the numbers of {@code eval events}: each system's scores, then its confusion table. */
public final class EventReport {
    private EventReport() {}

    public static void print(PrintStream out, Path goldFile, EventGoldFiles.Format format, List<GoldSentence> gold,
            List<EventSystem> systems,
            List<EventScorer> scores, List<Double> secondsPerSentence) {
        int events = gold.stream().mapToInt(s -> s.events().size()).sum();
        long empty = gold.stream().filter(s -> s.events().isEmpty()).count();
        boolean cameo = gold.stream().flatMap(s -> s.events().stream()).anyMatch(e -> e.cameo() != null);
        out.printf(Locale.ROOT, "gold: %s (%s)%n", goldFile,
                format == EventGoldFiles.Format.PLOVER_JSON ? "PLOVER gold records, JSON" : "PETRARCH records, XML");
        out.printf(Locale.ROOT, "  %d texts, %d gold events, %d texts where the gold expects no event%n", gold.size(), events, empty);
        out.println("  match: same actor country, recipient country and PLOVER 0.8 type (first three letters of the codes,");
        out.println("  the gold's JAP and ITL read as JPN and ITA; no gold recipient = any recipient; a compound actor");
        out.println("  without recipient = the parties act on one another)");
        if (!cameo) {
            out.println("  CAMEO: the gold gives no CAMEO codes, so there is no CAMEO root accuracy on this file");
        }
        int untyped = scores.isEmpty() ? 0 : scores.get(0).goldWithoutType();
        if (untyped > 0) {
            out.printf(Locale.ROOT, "  %d gold events have a code outside CAMEO's roots 02-20 (no PLOVER type): counted, never matchable%n",
                    untyped);
        }
        for (int i = 0; i < systems.size(); i++) {
            EventScorer s = scores.get(i);
            out.println();
            out.printf(Locale.ROOT, "%s (%.0f ms a text)%n", systems.get(i).name(), secondsPerSentence.get(i) * 1000);
            line(out, "events", s.events());
            line(out, "dyads (type ignored)", s.dyads());
            if (cameo) {
                ratio(out, "CAMEO root accuracy", s.cameoRoot(), "gold events whose dyad was found");
            }
            ratio(out, "actor code accuracy", s.actorCodes(), "sides of matched events, country + first sector block");
        }
        for (int i = 0; i < systems.size(); i++) {
            out.println();
            out.println("confusion, " + systems.get(i).name() + " (rows gold type, columns coded type; none = no event with that dyad):");
            confusion(out, scores.get(i).confusion());
        }
    }

    private static void line(PrintStream out, String name, EventScorer.Scores s) {
        out.printf(Locale.ROOT, "  %-22s P %.3f (%d/%d)  R %.3f (%d/%d)  F1 %.3f%n", name, s.precision().value(),
                s.precision().hits(), s.precision().total(), s.recall().value(), s.recall().hits(), s.recall().total(), s.f1());
    }

    private static void ratio(PrintStream out, String name, EventScorer.Ratio r, String over) {
        out.printf(Locale.ROOT, "  %-22s %.3f (%d/%d %s)%n", name, r.value(), r.hits(), r.total(), over);
    }

    private static void confusion(PrintStream out, Map<String, Map<String, Integer>> table) {
        List<String> types = new ArrayList<>();
        for (String t : PloverTypes.ALL) {
            if (table.containsKey(t) || table.values().stream().anyMatch(m -> m.containsKey(t))) {
                types.add(t);
            }
        }
        for (String extra : List.of("other", EventScorer.NONE)) {
            if (table.containsKey(extra) || table.values().stream().anyMatch(m -> m.containsKey(extra))) {
                types.add(extra);
            }
        }
        StringBuilder head = new StringBuilder(String.format(Locale.ROOT, "  %-10s", ""));
        for (String t : types) {
            head.append(String.format(Locale.ROOT, "%5s", t.substring(0, Math.min(4, t.length()))));
        }
        out.println(head);
        for (String g : types) {
            Map<String, Integer> row = table.get(g);
            if (row == null) {
                continue;
            }
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-10s", g));
            for (String c : types) {
                int n = row.getOrDefault(c, 0);
                line.append(String.format(Locale.ROOT, "%5s", n == 0 ? "." : Integer.toString(n)));
            }
            out.println(line);
        }
    }
}
