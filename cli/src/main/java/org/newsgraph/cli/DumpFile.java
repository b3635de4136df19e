package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The {@code --dump FILE} of the eval commands: JSON Lines of what a system found, to read the misses. */
final class DumpFile {
    private DumpFile() {}

    /** An auto-flushing UTF-8 stream to the file, or null when no file was asked for. */
    static PrintStream open(Path file) throws IOException {
        return file == null ? null : new PrintStream(Files.newOutputStream(file), true, StandardCharsets.UTF_8);
    }
}
