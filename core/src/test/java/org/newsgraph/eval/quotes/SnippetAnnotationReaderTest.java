package org.newsgraph.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SnippetAnnotationReaderTest {
    private static final String PAGE = "<html><head><title>Mayor speaks</title></head><body><article>"
            + "<h1>Mayor speaks</h1>"
            + "<p>The mayor of Springfield, Ann Lee, spoke on Monday about the new budget for the coming year.</p>"
            + "<p>\u201cWe\u2019ll balance the books,\u201d Lee said. \u201cNo one will pay more.\u201d</p>"
            + "<p>Critics called the plan a \u201cmirage\u201d and said the numbers did not add up at all.</p>"
            + "</article></body></html>";

    private static Path pages(Path dir) throws IOException {
        Path folder = Files.createDirectories(dir.resolve("pages"));
        Files.writeString(folder.resolve("p1.html"), PAGE);
        Files.writeString(folder.resolve("p2.html"), "<html><body><article><p>Nothing was said by anyone in this "
                + "story about the weather, which stayed fine all week long.</p></article></body></html>");
        return folder;
    }

    @Test
    void snippetsAreFoundInTheExtractedBodyWhateverTheirSpacingAndMarks(@TempDir Path dir) throws IOException {
        Path folder = pages(dir);
        // (straight apostrophes and single spaces, as an annotator may type them)
        Path tsv = Files.writeString(dir.resolve("q.tsv"), "# read by hand\n"
                + "p1\tWe'll  balance the books\tAnn Lee\tLee\tdirect\n"
                + "p1\tmirage\"\t\tCritics\tphrase\n"
                + "p1\tthese words are nowhere\tAnn Lee\t\tdirect\n"
                + "p2\t\t\t\t\n");
        SnippetAnnotationReader reader = new SnippetAnnotationReader(List.of(dir.resolve("none"), folder));
        List<GoldDocument> docs = reader.read(tsv);
        assertEquals(2, docs.size());
        GoldDocument p1 = docs.get(0);
        assertEquals(2, p1.attributions().size(), "the snippet not in the body is left out");
        GoldAttribution first = p1.attributions().get(0);
        assertEquals("We\u2019ll balance the books", first.contents().get(0).text());
        assertEquals("Lee", first.sources().get(0).text(), "the source nearest the quotation, outside it");
        assertTrue(first.sources().get(0).start() > first.contents().get(0).end());
        assertEquals("Ann Lee", first.speaker());
        assertNull(p1.attributions().get(1).speaker());
        assertEquals("mirage\u201d", p1.attributions().get(1).contents().get(0).text());
        assertEquals(List.of(tsv + ":4"), reader.missing());
        assertTrue(docs.get(1).attributions().isEmpty(), "a page read with no quotation is scored with none");
    }

    @Test
    void aPageInNoFolderOrABadLineIsNamed(@TempDir Path dir) throws IOException {
        Path folder = pages(dir);
        Path missingPage = Files.writeString(dir.resolve("a.tsv"), "p9\tsome words here\tX\t\tdirect\n");
        var e = assertThrows(IllegalArgumentException.class, () -> new SnippetAnnotationReader(List.of(folder)).read(missingPage));
        assertTrue(e.getMessage().contains("a.tsv:1") && e.getMessage().contains("p9"), e.getMessage());
        Path badKind = Files.writeString(dir.resolve("b.tsv"), "p1\tWe will\tAnn Lee\tLee\tquote\n");
        e = assertThrows(IllegalArgumentException.class, () -> new SnippetAnnotationReader(List.of(folder)).read(badKind));
        assertTrue(e.getMessage().contains("b.tsv:1") && e.getMessage().contains("kind"), e.getMessage());
        Path columns = Files.writeString(dir.resolve("c.tsv"), "p1\tWe will\n");
        e = assertThrows(IllegalArgumentException.class, () -> new SnippetAnnotationReader(List.of(folder)).read(columns));
        assertTrue(e.getMessage().contains("c.tsv:1") && e.getMessage().contains("columns"), e.getMessage());
    }
}
