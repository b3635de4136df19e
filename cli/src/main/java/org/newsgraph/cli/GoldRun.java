package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The loop every eval command runs: each system in turn over every gold item, timed, with progress
 * on stderr. An item that breaks a system is reported and scores as the system's empty answer, so
 * one bad document never ends the run.
 */
final class GoldRun {
    /** Receives what system number {@code system} answered for an item. */
    @FunctionalInterface
    interface Sink<G, R> {
        void accept(int system, G item, R answer);
    }

    private static final int PROGRESS_EVERY = 20;

    private GoldRun() {}

    /**
     * As {@link #run}, also writing the first system's answers to {@code dump} (when one is given),
     * one line an item, to read the misses. The file is opened before the run, so a path that cannot
     * be written fails at once.
     */
    static <S, G, R> List<Double> run(List<G> items, List<? extends S> systems, Function<S, String> name,
            BiFunction<S, G, R> answer, Function<G, String> id, R empty, Sink<G, R> sink, Path dump,
            BiFunction<G, R, String> dumpLine) throws IOException {
        try (PrintStream out = DumpFile.open(dump)) {
            return run(items, systems, name, answer, id, empty, (system, item, found) -> {
                sink.accept(system, item, found);
                if (out != null && system == 0) {
                    out.println(dumpLine.apply(item, found));
                }
            });
        }
    }

    /** Runs every system over every item and returns each system's seconds per item. */
    static <S, G, R> List<Double> run(List<G> items, List<? extends S> systems, Function<S, String> name,
            BiFunction<S, G, R> answer, Function<G, String> id, R empty, Sink<G, R> sink) {
        List<Double> seconds = new ArrayList<>();
        for (int k = 0; k < systems.size(); k++) {
            S system = systems.get(k);
            long t0 = System.nanoTime();
            int done = 0;
            for (G item : items) {
                if (++done % PROGRESS_EVERY == 0) {
                    System.err.printf("%s: %d of %d%n", name.apply(system), done, items.size());
                }
                R found;
                try {
                    found = answer.apply(system, item);
                } catch (RuntimeException e) {
                    System.err.println("error: " + name.apply(system) + " failed on " + id.apply(item) + ": " + e);
                    found = empty;
                }
                sink.accept(k, item, found);
            }
            seconds.add((System.nanoTime() - t0) / 1e9 / Math.max(1, items.size()));
        }
        return seconds;
    }
}
