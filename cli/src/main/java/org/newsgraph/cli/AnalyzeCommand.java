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
import picocli.CommandLine.Option;

@Command(name = "analyze", mixinStandardHelpOptions = true,
        description = "Prints one JSON record (schema newsgraph/1) per document, as JSON Lines, in input order.")
final class AnalyzeCommand implements Callable<Integer> {
    @Mixin
    InputOptions input = new InputOptions();

    @Option(names = "--threads", paramLabel = "N",
            description = "Documents analyzed at once (default: one per core, ${DEFAULT-VALUE} here).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        if (threads < 1) {
            System.err.println("error: --threads must be at least 1, got " + threads);
            return ExitCodes.FAILED;
        }
        List<DocumentSource> sources = input.sources();
        if (sources.isEmpty()) {
            System.err.println("error: no input given (a file, folder, URL, - or --input-jsonl FILE)");
            return ExitCodes.FAILED;
        }
        Pipeline pipeline = Engine.loadInBackground();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        Batch<NewsRecord> batch = new Batch<>(pipeline::analyze, System.err, new OrderedWorkers(threads));
        batch.run(sources, input.date, r -> {
            out.println(RecordJson.toLine(r));
            out.flush();
        });
        return batch.exitCode();
    }
}
