package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.ingest.InputException;
import org.newsgraph.ingest.InputLimits;
import org.newsgraph.ingest.InputSources;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.model.Article;

/** Pages built to hurt: each gives a clear error or a result, in bounded time and memory. */
class HostileInputTest {
    private static final ArticleExtractor EXTRACTOR = new ArticleExtractor();

    @TempDir
    Path dir;

    private static Article html(String page) {
        return EXTRACTOR.extract(new RawDocument("p", page, RawDocument.Format.HTML, null, null));
    }

    @Test
    void tenThousandNestedDivsGiveTheTextInBoundedTime() {
        String page = "<html><body>" + "<div class=\"date content\">".repeat(10_000)
                + "<p>Deep text, with commas, and words enough to count as a paragraph of an article.</p>"
                + "</div>".repeat(10_000) + "</body></html>";

        Article a = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> html(page));

        assertTrue(a.body().contains("Deep text"), a.body());
    }

    @Test
    void manyParagraphsAndLinksStayLinear() {
        String para = "<p>" + "word, ".repeat(40) + "<a href=#>link</a></p>";
        String page = "<html><body>" + ("<div class=x>" + para.repeat(20) + "</div>").repeat(500) + "</body></html>";

        Article a = assertTimeoutPreemptively(Duration.ofSeconds(20), () -> html(page));

        assertTrue(a.paragraphs().size() > 0);
    }

    @Test
    void textThatIsNotHtmlGoesThroughTheHtmlPathHarmlessly() {
        Article a = html("%PDF-1.4 %âãÏÓ 1 0 obj << /Type /Catalog >> endobj { \"json\": [1, 2, 3] } <<<>>> </div></p>");

        assertEquals(null, a.title());
    }

    @Test
    void pageOverTheSizeLimitIsRefusedNamingTheFile() throws IOException {
        Path big = dir.resolve("big.html");
        try (OutputStream out = Files.newOutputStream(big)) {
            byte[] chunk = "<p>aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa</p>\n".repeat(1000).getBytes();
            for (long written = 0; written < 50L * 1024 * 1024; written += chunk.length) {
                out.write(chunk);
            }
        }
        InputSources inputs = new InputSources(InputLimits.DEFAULT, System.in);

        InputException e = assertThrows(InputException.class, () -> inputs.expand(List.of(big.toString())).get(0).load());

        assertTrue(e.getMessage().contains("limit"), e.getMessage());
    }

    @Test
    void gzipBombIsStoppedAtTheLimit() throws IOException {
        Path bomb = dir.resolve("bomb.html.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(bomb))) {
            byte[] zeros = new byte[1024 * 1024];
            java.util.Arrays.fill(zeros, (byte) 'a');
            for (int i = 0; i < 200; i++) {
                out.write(zeros);
            }
        }
        InputSources inputs = new InputSources(InputLimits.DEFAULT, System.in);

        InputException e = assertTimeoutPreemptively(Duration.ofSeconds(10),
                () -> assertThrows(InputException.class, () -> inputs.expand(List.of(bomb.toString())).get(0).load()));

        assertTrue(e.getMessage().contains("decompressed"), e.getMessage());
    }
}
