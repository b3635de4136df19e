package org.newsgraph.cli;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;
import org.newsgraph.ingest.DocumentSource;
import org.newsgraph.ingest.InputException;
import org.newsgraph.ingest.RawDocument;

/**
 * Runs a step over every input of a batch. An input that cannot be read, or whose analysis fails,
 * is reported on stderr by name and counted; the batch goes on with the rest.
 */
final class Batch<T> {
    private final Function<RawDocument, T> step;
    private final PrintStream err;
    private int ok;
    private int failed;

    Batch(Function<RawDocument, T> step, PrintStream err) {
        this.step = step;
        this.err = err;
    }

    void run(List<DocumentSource> sources, LocalDate defaultDate, Consumer<T> sink) {
        for (DocumentSource source : sources) {
            T result;
            try {
                RawDocument doc = source.load().withDefaultDate(defaultDate);
                result = step.apply(doc);
            } catch (InputException e) {
                failed++;
                err.println("error: " + e.getMessage());
                continue;
            } catch (RuntimeException | StackOverflowError e) {
                failed++;
                err.println("error: " + source.name() + ": analysis failed: " + e);
                continue;
            }
            sink.accept(result);
            ok++;
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
