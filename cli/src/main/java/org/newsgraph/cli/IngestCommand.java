package org.newsgraph.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.ingest.DocumentSource;
import org.newsgraph.model.NewsRecord;
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

    @Override
    public Integer call() {
        List<DocumentSource> sources = input.sources();
        if (sources.isEmpty()) {
            System.err.println("error: no input given (a file, folder, URL, - or --input-jsonl FILE)");
            return ExitCodes.FAILED;
        }
        try (RecordStore records = RecordStore.open(store.dir)) {
            return ingest(sources, records, Engine.load(), input);
        } catch (StoreException e) {
            System.err.println("error: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }

    /** Shared with {@code demo}: analyze every source into the store and report the counts. */
    static int ingest(List<DocumentSource> sources, RecordStore records, Pipeline pipeline, InputOptions input) {
        Batch<NewsRecord> batch = new Batch<>(pipeline::analyze, System.err);
        batch.run(sources, input.date, records::put);
        System.err.printf("ingested %d document(s) into %s%s%n", batch.ok(), records.file(),
                batch.failed() > 0 ? ", " + batch.failed() + " failed" : "");
        return batch.exitCode();
    }
}
