package org.newsgraph.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.ingest.DocumentSource;
import org.newsgraph.ingest.InputException;
import org.newsgraph.ingest.InputLimits;
import org.newsgraph.ingest.InputSources;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The inputs every reading command takes: files, folders, URLs, {@code -}, and a JSON Lines batch. */
final class InputOptions {
    @Parameters(paramLabel = "INPUT", arity = "0..*",
            description = "A .txt or .html file (.gz too), a folder of them, an http(s) URL, or - for standard input.")
    List<String> inputs = new ArrayList<>();

    @Option(names = "--input-jsonl", paramLabel = "FILE",
            description = "Read documents from a JSON Lines file: {\"id\", \"text\" | \"html\" | \"path\", \"url\"?, \"date\"?} a line.")
    Path jsonl;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD",
            description = "Publication date for inputs whose page gives none.")
    LocalDate date;

    @Option(names = "--max-page-mb", paramLabel = "MB", defaultValue = "10",
            description = "Largest page read, in MB (default: ${DEFAULT-VALUE}).")
    int maxPageMb;

    /** The inputs, or null after saying on stderr that none was given. */
    List<DocumentSource> sourcesOrReport() {
        List<DocumentSource> out = sources();
        if (out.isEmpty()) {
            System.err.println("error: no input given (a file, folder, URL, - or --input-jsonl FILE)");
            return null;
        }
        return out;
    }

    List<DocumentSource> sources() {
        InputSources sources = new InputSources(new InputLimits(maxPageMb * 1024L * 1024L, 15_000), System.in);
        List<DocumentSource> out = new ArrayList<>(sources.expand(inputs));
        if (jsonl != null) {
            try {
                out.addAll(sources.jsonLines(jsonl));
            } catch (IOException e) {
                throw new InputException(jsonl.toString(), "cannot read: " + e.getMessage());
            }
        }
        return out;
    }
}
