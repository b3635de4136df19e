package org.newsgraph.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder while {@code eval extraction} is being written; replaced by the real command. */
@Command(name = "extraction", description = "Not built yet.")
final class EvalExtractionCommand implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("error: eval extraction is not built yet");
        return ExitCodes.FAILED;
    }
}
