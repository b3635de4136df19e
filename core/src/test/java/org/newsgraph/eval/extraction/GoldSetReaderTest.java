package org.newsgraph.eval.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;

class GoldSetReaderTest {
    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Files.createDirectories(dir.resolve(name).getParent());
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    @Test
    void zyteLayoutIsRecognisedFromGroundTruthAndHtmlFolder() throws IOException {
        write("ground-truth.json", "{\"p1\": {\"url\": \"https://a.example/x\", \"articleBody\": \"Text here.\"}}");
        Files.createDirectories(dir.resolve("html"));

        GoldSet set = new GoldSetReader().read(dir);

        assertEquals(GoldFormat.ZYTE, set.format());
        GoldPage p = set.pages().get(0);
        assertEquals("Text here.", p.body());
        assertEquals(dir.resolve("html").resolve("p1.html.gz"), p.file());
    }

    @Test
    void goldJsonWithSnippetsIsTheSnippetLayoutAndEmptyFieldsAreNoGold() throws IOException {
        write("gold.json", "{\"a\": {\"url\": \"u\", \"file\": \"pages/a.html.gz\", \"with\": [\"x\"], \"without\": [\"y\"],"
                + " \"title\": \"T\", \"author\": [\"Ann\", \"Bo\"], \"date\": \"\"}}");

        GoldSet set = new GoldSetReader().read(dir);

        assertEquals(GoldFormat.SNIPPETS, set.format());
        GoldPage p = set.pages().get(0);
        assertEquals(List.of("x"), p.with());
        assertEquals("Ann, Bo", p.author());
        assertNull(p.date());
    }

    @Test
    void goldJsonWithDatesOnlyIsTheDateLayoutAndNaNIsNoDate() throws IOException {
        write("gold.json", "{\"a\": {\"url\": \"u\", \"file\": \"pages/a.html.gz\", \"date\": \"2020-10-09\"},"
                + " \"b\": {\"url\": \"u\", \"file\": \"pages/b.html.gz\", \"date\": NaN}}");

        GoldSet set = new GoldSetReader().read(dir);

        assertEquals(GoldFormat.DATES, set.format());
        assertEquals(LocalDate.of(2020, 10, 9), set.pages().get(0).date());
        assertNull(set.pages().get(1).date());
    }

    @Test
    void impossibleGoldDateIsDroppedWithAWarning() throws IOException {
        write("gold.json", "{\"a\": {\"file\": \"pages/a.html.gz\", \"with\": [\"x\"], \"date\": \"2022-29-11\"}}");

        GoldSet set = new GoldSetReader().read(dir);

        assertNull(set.pages().get(0).date());
        assertEquals(1, set.warnings().size());
        assertTrue(set.warnings().get(0).contains("\"a\""), set.warnings().get(0));
    }

    @Test
    void otherFoldersAndBadEntriesAreErrorsNamingTheFile() throws IOException {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new GoldSetReader().read(dir));
        assertTrue(e.getMessage().contains("not a gold folder"), e.getMessage());

        write("gold.json", "{\"a\": {\"file\": \"../../etc/passwd\"}}");
        e = assertThrows(IllegalArgumentException.class, () -> new GoldSetReader().read(dir));
        assertTrue(e.getMessage().contains("outside the folder"), e.getMessage());
    }

    @Test
    void evaluatorScoresEachPageAndReportsAFailingPageWithoutStopping() throws IOException {
        write("gold.json", "{\"a\": {\"file\": \"pages/a.html.gz\", \"with\": [\"kept\"], \"without\": [\"menu\"],"
                + " \"title\": \"T\"}, \"b\": {\"file\": \"pages/b.html.gz\", \"with\": [\"x\"]}}");
        GoldSet set = new GoldSetReader().read(dir);

        SetReport r = new ExtractionEvaluator().run(set, page -> {
            if (page.id().equals("b")) {
                throw new IllegalStateException("cannot read b");
            }
            return new Article(null, "T", null, null, null, null, "kept text", List.of());
        });

        assertEquals(1.0, r.snippets().precision());
        assertEquals(0.5, r.snippets().recall());
        assertEquals(1.0, r.title().accuracy());
        assertEquals(1, r.failures());
        assertEquals("b", r.worst(5).get(0).page().id());
        assertEquals("cannot read b", r.worst(5).get(0).error());
    }
}
