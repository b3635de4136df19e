package org.newsgraph.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** Where the embedded store lives. */
final class StoreOptions {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "newsgraph-data",
            description = "Folder of the embedded store (created if missing; default: ${DEFAULT-VALUE}).")
    Path dir;
}
