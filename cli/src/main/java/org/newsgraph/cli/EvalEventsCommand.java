package org.newsgraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder while {@code eval events} is being written; replaced by the real command. */
@Command(name = "events", description = "Not built yet.")
final class EvalEventsCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("error: eval events is not built yet");
        return ExitCodes.FAILED;
    }
}
