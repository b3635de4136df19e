package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.DocumentSource;
import org.newsgraph.ingest.InputLimits;
import org.newsgraph.ingest.InputSources;
import org.newsgraph.server.ArticleLinks;
import org.newsgraph.server.NewsgraphServer;
import org.newsgraph.store.ArticleSummary;
import org.newsgraph.store.RecordStore;

/** What the README's first command does: the bundled samples ingested, a sample article served. */
class SampleArticlesTest {
    @TempDir
    Path dir;

    @Test
    void everySampleIsIngestedAndItsPageIsServed() throws IOException, InterruptedException {
        List<DocumentSource> sources = new InputSources(InputLimits.DEFAULT, System.in)
                .expand(List.of(Path.of("..", "samples").toString()));
        assertTrue(sources.size() >= 6, "samples/ holds the demo pages");
        try (RecordStore store = RecordStore.open(dir.resolve("store"))) {
            int exit = IngestCommand.ingest(sources, store, TestEngine.PIPELINE, new InputOptions());
            assertEquals(ExitCodes.OK, exit);
            assertEquals(sources.size(), store.count());
            Javalin app = NewsgraphServer.create(store).start("127.0.0.1", 0);
            try {
                for (ArticleSummary s : store.list(100, 0)) {
                    assertTrue(s.quoteCount() > 0, s.id() + " has quotes");
                    HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + app.port() + ArticleLinks.page(s.id()))).build(),
                            HttpResponse.BodyHandlers.ofString());
                    assertEquals(200, page.statusCode(), s.id());
                    assertTrue(page.body().contains("16 px"), "text-size controls on " + s.id());
                }
            } finally {
                app.stop();
            }
        }
    }
}
