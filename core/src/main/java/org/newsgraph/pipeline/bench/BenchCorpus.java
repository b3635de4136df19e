package org.newsgraph.pipeline.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.ingest.DocumentSource;
import org.newsgraph.ingest.InputException;
import org.newsgraph.ingest.InputLimits;
import org.newsgraph.ingest.InputSources;
import org.newsgraph.ingest.RawDocument;

/**
 * The articles a benchmark runs, read into memory before any clock starts, so that disk and
 * decoding are never timed. An input that cannot be read is named and left out.
 */
public final class BenchCorpus {
    private BenchCorpus() {}

    /**
     * Reads a file, a folder of pages, or a {@code .jsonl} batch.
     *
     * @param count how many articles to return: the first {@code count}, the corpus repeated (with
     *              ids ending {@code #2}, {@code #3}, ...) when it holds fewer; null for all of it
     * @param err   where unreadable inputs are reported
     */
    public static List<RawDocument> read(Path path, Integer count, PrintStream err) {
        InputSources inputs = new InputSources(InputLimits.DEFAULT, System.in);
        List<DocumentSource> sources;
        try {
            sources = path.toString().endsWith(".jsonl") ? inputs.jsonLines(path) : inputs.expand(List.of(path.toString()));
        } catch (IOException e) {
            err.println("error: " + path + ": cannot read: " + e.getMessage());
            return List.of();
        } catch (InputException e) {
            err.println("error: " + e.getMessage());
            return List.of();
        }
        List<RawDocument> read = new ArrayList<>();
        for (DocumentSource s : sources) {
            try {
                read.add(s.load());
            } catch (InputException e) {
                err.println("error: " + e.getMessage() + " (left out of the bench)");
            }
        }
        if (count == null || read.isEmpty()) {
            return read;
        }
        List<RawDocument> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            RawDocument d = read.get(i % read.size());
            out.add(i < read.size() ? d : d.withId(d.id() + "#" + (i / read.size() + 1)));
        }
        return out;
    }
}
