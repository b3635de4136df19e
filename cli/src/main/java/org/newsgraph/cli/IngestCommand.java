package org.newsgraph.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.ingest.DocumentSource;
import org.newsgraph.model.NewsRecord;
import org.newsgraph.pipeline.OrderedWorkers;
import org.newsgraph.pipeline.Pipeline;
import org.newsgraph.store.RecordStore;
import org.newsgraph.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = "Analyzes documents and keeps their records in the embedded store (an id seen again is replaced).")
final class IngestCommand implements Callable<Integer> {
    @Mixin
    InputOptions input = new InputOptions();

    @Mixin
    StoreOptions store = new StoreOptions();

    @Mixin
    ThreadOptions threads = new ThreadOptions();

    @Override
    public Integer call() {
        OrderedWorkers workers = threads.workersOrReport();
        List<DocumentSource> sources = workers == null ? null : input.sourcesOrReport();
        if (sources == null) {
            return ExitCodes.FAILED;
        }
        try (RecordStore records = RecordStore.open(store.dir)) {
            return ingest(sources, records, Engine.loadInBackground(), input, workers);
        } catch (StoreException e) {
            System.err.println("error: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }

    /** Shared with {@code demo}: analyze every source into the store, on every core, and report the counts. */
    static int ingest(List<DocumentSource> sources, RecordStore records, Pipeline pipeline, InputOptions input) {
        return ingest(sources, records, pipeline, input, OrderedWorkers.allCores());
    }

    /** Documents are analyzed in parallel; the store is written from this thread only, in input order. */
    static int ingest(List<DocumentSource> sources, RecordStore records, Pipeline pipeline, InputOptions input,
            OrderedWorkers workers) {
        Batch<NewsRecord> batch = new Batch<>(pipeline::analyze, System.err, workers);
        batch.run(sources, input.date, records::put);
        System.err.printf("ingested %d document(s) into %s%s%n", batch.ok(), records.file(),
                batch.failed() > 0 ? ", " + batch.failed() + " failed" : "");
        return batch.exitCode();
    }
}
