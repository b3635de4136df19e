package org.newsgraph.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import org.newsgraph.ingest.DocumentSource;
import org.newsgraph.json.RecordJson;
import org.newsgraph.model.NewsRecord;
import org.newsgraph.pipeline.OrderedWorkers;
import org.newsgraph.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Prints one JSON record (schema newsgraph/1) per document, as JSON Lines, in input order.")
final class AnalyzeCommand implements Callable<Integer> {
    @Mixin
    InputOptions input = new InputOptions();

    @Mixin
    ThreadOptions threads = new ThreadOptions();

    @Override
    public Integer call() {
        OrderedWorkers workers = threads.workersOrReport();
        List<DocumentSource> sources = workers == null ? null : input.sourcesOrReport();
        if (sources == null) {
            return ExitCodes.FAILED;
        }
        Pipeline pipeline = Engine.loadInBackground();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        Batch<NewsRecord> batch = new Batch<>(pipeline::analyze, System.err, workers);
        batch.run(sources, input.date, r -> {
            out.println(RecordJson.toLine(r));
            out.flush();
        });
        return batch.exitCode();
    }
}
