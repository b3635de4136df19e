package org.newsgraph.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code newsgraph eval ...}: measures the engine on gold data and prints the numbers. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Measures quality on gold data (see ../shared/eval/README.md for the sets and metrics).",
        subcommands = {EvalExtractionCommand.class, EvalQuotesCommand.class, EvalEventsCommand.class})
final class EvalCommand implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
