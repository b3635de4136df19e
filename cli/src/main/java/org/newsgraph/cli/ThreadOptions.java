package org.newsgraph.cli;

import org.newsgraph.pipeline.OrderedWorkers;
import picocli.CommandLine.Option;

/** How many documents a batch command analyzes at once. */
final class ThreadOptions {
    @Option(names = "--threads", paramLabel = "N",
            description = "Documents analyzed at once (default: one per core, ${DEFAULT-VALUE} here).")
    int threads = Runtime.getRuntime().availableProcessors();

    /** The workers, or null after reporting a bad --threads on stderr. */
    OrderedWorkers workersOrReport() {
        if (threads < 1) {
            System.err.println("error: --threads must be at least 1, got " + threads);
            return null;
        }
        return new OrderedWorkers(threads);
    }
}
