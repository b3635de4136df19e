package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** JSON Lines batches: each line is one source, and a bad line fails alone, named {@code file:line}. */
class JsonLinesBatchTest {
    @TempDir
    Path dir;

    private final InputSources sources = new InputSources(new InputLimits(1024 * 1024, 2_000),
            new ByteArrayInputStream(new byte[0]));

    private List<DocumentSource> batch(String... lines) throws IOException {
        Path file = Files.write(dir.resolve("batch.jsonl"), List.of(lines));
        return sources.jsonLines(file);
    }

    private String lineName(int line) {
        return dir.resolve("batch.jsonl") + ":" + line;
    }

    private static InputException loadFails(DocumentSource source) {
        return assertThrows(InputException.class, source::load);
    }

    @Test
    void textLineGivesATextDocumentWithIdUrlAndDate() throws IOException {
        RawDocument doc = batch("{\"id\": \"a1\", \"text\": \"The harbour reopened.\", \"url\": \"https://example.org/a1\","
                + " \"date\": \"2021-03-03\"}").get(0).load();

        assertEquals("a1", doc.id());
        assertEquals("The harbour reopened.", doc.content());
        assertEquals(RawDocument.Format.TEXT, doc.format());
        assertEquals("https://example.org/a1", doc.url());
        assertEquals(LocalDate.of(2021, 3, 3), doc.date());
    }

    @Test
    void htmlLineGivesAnHtmlDocumentNamedByFileAndLineWhenItHasNoId() throws IOException {
        RawDocument doc = batch("{\"html\": \"<p>The harbour reopened.</p>\"}").get(0).load();

        assertEquals(lineName(1), doc.id());
        assertEquals(RawDocument.Format.HTML, doc.format());
        assertNull(doc.date());
    }

    @Test
    void pathLineReadsTheFileRelativeToTheBatchAndKeepsTheDate() throws IOException {
        Files.createDirectory(dir.resolve("pages"));
        Files.writeString(dir.resolve("pages/story.html"), "<p>The harbour reopened.</p>");
        RawDocument doc = batch("{\"path\": \"pages/story.html\", \"date\": \"2021-03-04\"}").get(0).load();

        assertEquals("pages/story.html", doc.id());
        assertEquals("<p>The harbour reopened.</p>", doc.content());
        assertEquals(RawDocument.Format.HTML, doc.format());
        assertEquals(LocalDate.of(2021, 3, 4), doc.date());
    }

    @Test
    void pathLineToAMissingFileFailsNamingTheLine() throws IOException {
        InputException e = loadFails(batch("{\"path\": \"pages/none.txt\"}").get(0));

        assertEquals(lineName(1), e.input());
        assertTrue(e.getMessage().contains("no such file"), e.getMessage());
    }

    @Test
    void badLinesFailAloneNamingFileAndLine() throws IOException {
        List<DocumentSource> list = batch(
                "{\"id\": \"good-1\", \"text\": \"First story.\", \"date\": \"2021-03-03\"}",
                "{this is not json",
                "{\"id\": \"no-content\"}",
                "",
                "[1, 2, 3]",
                "{\"id\": \"good-2\", \"html\": \"<p>Second story.</p>\"}");

        assertEquals(5, list.size(), "the blank line is skipped");
        assertEquals(List.of(lineName(1), lineName(2), lineName(3), lineName(5), lineName(6)),
                list.stream().map(DocumentSource::name).toList());

        assertEquals("good-1", list.get(0).load().id());

        InputException notJson = loadFails(list.get(1));
        assertEquals(lineName(2), notJson.input());
        assertTrue(notJson.getMessage().startsWith(lineName(2) + ": "), notJson.getMessage());
        assertTrue(notJson.getMessage().contains("JSON"), notJson.getMessage());

        InputException noContent = loadFails(list.get(2));
        assertEquals(lineName(3), noContent.input());
        assertTrue(noContent.getMessage().contains("\"text\""), noContent.getMessage());
        assertTrue(noContent.getMessage().contains("\"path\""), noContent.getMessage());

        InputException array = loadFails(list.get(3));
        assertEquals(lineName(5), array.input());

        assertEquals("good-2", list.get(4).load().id());
    }

    @Test
    void badDateFailsNamingTheLineAndTheDate() throws IOException {
        InputException e = loadFails(batch("{\"text\": \"A story.\", \"date\": \"03/03/2021\"}").get(0));

        assertEquals(lineName(1), e.input());
        assertTrue(e.getMessage().contains("03/03/2021"), e.getMessage());
    }

    @Test
    void impossibleDateFailsNamingTheDate() throws IOException {
        InputException e = loadFails(batch("{\"text\": \"A story.\", \"date\": \"2021-02-30\"}").get(0));

        assertTrue(e.getMessage().contains("2021-02-30"), e.getMessage());
    }

    @Test
    void missingBatchFileFailsWithNoSuchFile() {
        Path missing = dir.resolve("none.jsonl");
        InputException e = assertThrows(InputException.class, () -> sources.jsonLines(missing));

        assertEquals(missing.toString(), e.input());
        assertTrue(e.getMessage().contains("no such file"), e.getMessage());
    }

    @Test
    void blankTextInABatchLineFailsAsEmpty() throws IOException {
        List<DocumentSource> list = batch("{\"text\": \"   \"}", "{\"text\": {\"nested\": true}}");

        InputException blank = loadFails(list.get(0));
        assertEquals(lineName(1), blank.input());
        assertTrue(blank.getMessage().contains("empty"), blank.getMessage());
        assertEquals(lineName(2), loadFails(list.get(1)).input());
    }
}
