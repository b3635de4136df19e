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

class SpeakerNamesTest {
    private static GoldDocument doc(String id, String... quoteIds) {
        List<GoldAttribution> quotes = java.util.Arrays.stream(quoteIds)
                .map(q -> new GoldAttribution(q, List.of(), List.of(), List.of(), true, true, null)).toList();
        return new GoldDocument(id, "text", quotes);
    }

    @Test
    void namesAttachByQuoteIdAndOnlyCoveredDocumentsStay(@TempDir Path dir) throws IOException {
        Path tsv = Files.writeString(dir.resolve("s.tsv"), "# comment\nd1#0\tHillary Clinton\nd1#1\t\n");
        List<GoldDocument> out = SpeakerNames.read(tsv).attach(List.of(doc("d1", "d1#0", "d1#1", "d1#2"), doc("d2", "d2#0")));
        assertEquals(1, out.size());
        assertEquals("Hillary Clinton", out.get(0).attributions().get(0).speaker());
        assertNull(out.get(0).attributions().get(1).speaker(), "read, and no named speaker");
        assertNull(out.get(0).attributions().get(2).speaker(), "not read");
    }

    @Test
    void aBadLineNamesFileAndLine(@TempDir Path dir) throws IOException {
        Path tsv = Files.writeString(dir.resolve("s.tsv"), "d1#0\tA\tB\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SpeakerNames.read(tsv));
        assertTrue(e.getMessage().endsWith("s.tsv:1: expected a quote id, a tab and a name (maybe empty)"), e.getMessage());
    }
}
