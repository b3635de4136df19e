package org.newsgraph.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.newsgraph.ingest.DocumentSource;
import org.newsgraph.ingest.InputException;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.pipeline.OrderedWorkers;

/**
 * Runs a step over every input of a batch, several inputs at once, and hands the results on in
 * input order. An input that cannot be read, or whose analysis fails, is reported on stderr by
 * name, at its place in the order, and counted; the batch goes on with the rest.
 */
final class Batch<T> {
    private final Function<RawDocument, T> step;
    private final PrintStream err;
    private final OrderedWorkers workers;
    private int ok;
    private int failed;

    /** A batch on every core: {@code step} must be safe to call from several threads. */
    Batch(Function<RawDocument, T> step, PrintStream err) {
        this(step, err, OrderedWorkers.allCores());
    }

    Batch(Function<RawDocument, T> step, PrintStream err, OrderedWorkers workers) {
        this.step = step;
        this.err = err;
        this.workers = workers;
    }

    /** What one input gave: a result, or the message that reports it. */
    private record Outcome<T>(T result, String error) {}

    /** Reads and processes every source; {@code sink} is called on this thread, in input order. */
    void run(List<DocumentSource> sources, LocalDate defaultDate, Consumer<T> sink) {
        workers.run(sources, source -> process(source, defaultDate), outcome -> {
            if (outcome.error() != null) {
                failed++;
                err.println(outcome.error());
                return;
            }
            sink.accept(outcome.result());
            ok++;
        });
    }

    private Outcome<T> process(DocumentSource source, LocalDate defaultDate) {
        try {
            RawDocument doc = source.load().withDefaultDate(defaultDate);
            return new Outcome<>(step.apply(doc), null);
        } catch (InputException e) {
            return new Outcome<>(null, "error: " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return new Outcome<>(null, "error: " + source.name() + ": analysis failed: " + e);
        }
    }

    int ok() {
        return ok;
    }

    int failed() {
        return failed;
    }

    int exitCode() {
        return failed == 0 ? ExitCodes.OK : ExitCodes.SOME_INPUTS_FAILED;
    }
}
