package org.newsgraph.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.ingest.DocumentSource;
import org.newsgraph.json.RecordJson;
import org.newsgraph.model.Article;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Prints only the article part of the record ({id, article}) per document, without loading NLP models.")
final class ExtractCommand implements Callable<Integer> {
    @Mixin
    InputOptions input = new InputOptions();

    @Override
    public Integer call() {
        List<DocumentSource> sources = input.sourcesOrReport();
        if (sources == null) {
            return ExitCodes.FAILED;
        }
        ArticleExtractor extractor = new ArticleExtractor();
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        Batch<Map<String, Object>> batch = new Batch<>(doc -> {
            Article a = extractor.extract(doc);
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("id", doc.id());
            line.put("article", a);
            return line;
        }, System.err);
        batch.run(sources, input.date, line -> {
            try {
                out.println(RecordJson.mapper().writeValueAsString(line));
            } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
            }
            out.flush();
        });
        return batch.exitCode();
    }
}
