package org.newsgraph.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpanAnnotationReaderTest {
    // The emoji before the quotation takes two Java chars and one code point: offsets must shift by one.
    private static final String BODY = "\uD83D\uDE00 \u201cWe won,\u201d Jo Ray said. \u201cAll\u201d of it, "
            + "a \u201cfeat,\u201d she added, \u201cfor sure.\u201d";

    private static Path texts(Path dir) throws IOException {
        String json = "{\"a1\": {\"url\": \"https://x.example/a\", \"articleBody\": \""
                + BODY.replace("\"", "\\\"") + "\"}, \"a2\": {\"url\": \"u\"}}";
        return Files.writeString(dir.resolve("ground-truth.json"), json);
    }

    private static int cp(String s) {
        return BODY.codePointCount(0, BODY.indexOf(s));
    }

    @Test
    void offsetsAreCodePointsAndColumnsLandInTheirPlaces(@TempDir Path dir) throws IOException {
        int we = cp("We won,");
        int jo = cp("Jo Ray");
        int said = cp("said");
        int feat = cp("feat,");
        int sure = cp("for sure.");
        String tsv = "# comment\n"
                + "a1\t" + we + "-" + (we + 7) + "\t" + jo + "-" + (jo + 6) + "\t" + said + "-" + (said + 4) + "\tdirect\tJo Ray\n"
                + "a1\t" + feat + "-" + (feat + 5) + ";" + sure + "-" + (sure + 9) + "\t\t\tphrase\t\n";
        List<GoldDocument> docs = new SpanAnnotationReader().read(Files.writeString(dir.resolve("q.tsv"), tsv), texts(dir));
        assertEquals(1, docs.size());
        GoldDocument d = docs.get(0);
        assertEquals("a1", d.id());
        GoldAttribution first = d.attributions().get(0);
        assertEquals("a1#0", first.id());
        assertEquals("We won,", first.contents().get(0).text());
        assertEquals("Jo Ray", first.sources().get(0).text());
        assertEquals("said", first.cues().get(0).text());
        assertEquals("Jo Ray", first.speaker());
        assertTrue(first.hasQuoteMarks() && first.wholeQuote());
        GoldAttribution second = d.attributions().get(1);
        assertEquals(List.of("feat,", "for sure."), second.contents().stream().map(s -> s.text()).toList());
        assertTrue(second.sources().isEmpty() && second.cues().isEmpty());
        assertNull(second.speaker(), "an empty name: no named speaker");
        assertFalse(second.wholeQuote(), "a phrase in the writer's sentence");
    }

    @Test
    void anArticleReadWithoutQuotationsIsScoredWithNone(@TempDir Path dir) throws IOException {
        Path tsv = Files.writeString(dir.resolve("q.tsv"), "\uFEFFa1\t\t\t\t\t\n");
        List<GoldDocument> docs = new SpanAnnotationReader().read(tsv, texts(dir));
        assertEquals(1, docs.size(), "a byte-order mark is no part of the id");
        assertTrue(docs.get(0).attributions().isEmpty());
    }

    @Test
    void badLinesNameFileAndLine(@TempDir Path dir) throws IOException {
        Path texts = texts(dir);
        SpanAnnotationReader reader = new SpanAnnotationReader();
        Path columns = Files.writeString(dir.resolve("c.tsv"), "a1\t1-2\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> reader.read(columns, texts)).getMessage()
                .endsWith("c.tsv:1: expected 6 tab-separated columns (article_id, contents, source, cue, kind, speaker), found 2"));
        Path bomComment = Files.writeString(dir.resolve("b.tsv"), "\uFEFF# a comment first\n");
        assertTrue(reader.read(bomComment, texts).isEmpty(), "a byte-order mark does not hide a comment");
        Path latin = Files.write(dir.resolve("l.tsv"), new byte[] {'a', '1', '\t', (byte) 0xE9, '\n'});
        assertTrue(assertThrows(IllegalArgumentException.class, () -> reader.read(latin, texts)).getMessage()
                .endsWith("l.tsv: not UTF-8 text"));
        Path unknown = Files.writeString(dir.resolve("u.tsv"), "# c\nzz\t1-2\t\t\tdirect\t\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> reader.read(unknown, texts)).getMessage()
                .contains("u.tsv:2: article zz is not in"));
        Path outside = Files.writeString(dir.resolve("o.tsv"), "a1\t5-999\t\t\tdirect\t\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> reader.read(outside, texts)).getMessage()
                .endsWith("o.tsv:1: span '5-999' is not start-end inside the text"));
        Path noText = Files.writeString(dir.resolve("n.tsv"), "a2\t1-2\t\t\tdirect\t\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> reader.read(noText, texts)).getMessage()
                .contains("article a2 is not in"), "an entry without a body is not a text");
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> reader.read(columns, dir.resolve("missing.json"))).getMessage().endsWith("missing.json: no such file"));
        Path kind = Files.writeString(dir.resolve("k.tsv"), "a1\t5-9\t\t\tDirect\t\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> reader.read(kind, texts)).getMessage()
                .endsWith("k.tsv:1: kind must be direct or phrase, not 'Direct'"));
        Path empty = Files.writeString(dir.resolve("e.tsv"), "a1\t5-5\t\t\tdirect\t\n");
        assertTrue(assertThrows(IllegalArgumentException.class, () -> reader.read(empty, texts)).getMessage()
                .endsWith("e.tsv:1: a quotation needs content spans that are not empty"));
    }
}
