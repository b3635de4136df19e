package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.ingest.DocumentSource;
import org.newsgraph.ingest.InputLimits;
import org.newsgraph.ingest.InputSources;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.server.ArticleLinks;
import org.newsgraph.store.ArticleSummary;
import org.newsgraph.store.RecordStore;
import org.newsgraph.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "The quick start: ingests the bundled sample pages (samples/) into the store and serves the web UI.")
final class DemoCommand implements Callable<Integer> {
    @Mixin
    StoreOptions store = new StoreOptions();

    @Mixin
    ServerOptions server = new ServerOptions();

    @Override
    public Integer call() {
        Path samples = Path.of(System.getProperty("newsgraph.home", ".")).resolve("samples");
        if (!Files.isDirectory(samples)) {
            System.err.println("error: " + samples + ": the bundled sample pages are missing (run from a Newsgraph checkout)");
            return ExitCodes.FAILED;
        }
        RecordStore records;
        try {
            records = RecordStore.open(store.dir);
        } catch (StoreException e) {
            System.err.println("error: " + e.getMessage());
            return ExitCodes.FAILED;
        }
        Path home = samples.getParent();
        List<DocumentSource> sources = new InputSources(InputLimits.DEFAULT, System.in).expand(List.of(samples.toString()))
                .stream().map(s -> relativeTo(home, s)).toList();
        int ingested = IngestCommand.ingest(sources, records, Engine.load(), new InputOptions());
        if (ingested != ExitCodes.OK) {
            System.err.println("warning: some sample pages failed (see above); serving the rest");
        }
        List<ArticleSummary> first = records.list(1, 0);
        return ServeCommand.serve(records, server, first.isEmpty() ? null : ArticleLinks.page(first.get(0).id()));
    }

    /** Ids like {@code samples/2024-05-14-caspian-video-summit.txt}, the same on every machine. */
    private static DocumentSource relativeTo(Path home, DocumentSource source) {
        String id = home.relativize(Path.of(source.name())).toString();
        return new DocumentSource() {
            @Override
            public String name() {
                return id;
            }

            @Override
            public RawDocument load() {
                return source.load().withId(id);
            }
        };
    }
}
