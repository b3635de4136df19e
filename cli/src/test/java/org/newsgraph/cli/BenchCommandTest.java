package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code bench} on the Newsgraph side only (CoreNLP's stock pipeline takes a minute to load and
 * most of the heap: the command's own run covers it), over two sample articles, timed briefly.
 */
class BenchCommandTest {
    private static final Path SEED = Path.of("..", "..", "shared", "eval", "seed", "000_f2aea6c208a11874.txt");

    @Test
    void printsThroughputStagesHeapLengthsAndSeedQuality() {
        PrintStream oldOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            exit = Main.run("bench", "--no-stock", "--corpus", Path.of("..", "samples").toString(), "--docs", "8",
                    "--min-seconds", "0", "--lengths", "100,400", "--compare-threads", "1,2", "--rounds", "2", "--seed",
                    SEED.toString());
        } finally {
            System.setOut(oldOut);
        }
        String report = out.toString(StandardCharsets.UTF_8);
        assertEquals(ExitCodes.OK, exit, report);
        assertTrue(report.contains("8 articles from"), report);
        assertTrue(report.matches("(?s).*Newsgraph \\(extract\\.\\.events\\)\\s+\\d+\\.\\d\\d\\s+\\d+.*"), report);
        for (String stage : new String[] {"extract", "annotate", "entities", "quotes", "events"}) {
            assertTrue(report.matches("(?s).*\\n  " + stage + " +\\d+\\.\\d ms.*"), stage + " in\n" + report);
        }
        assertTrue(report.contains("by article length"), report);
        assertTrue(report.contains(" 2 thread(s):"), report);
        assertTrue(report.contains("round 2 of 2"), report);
        if (Files.isRegularFile(SEED)) {
            // Whether the items are met is SeedPageTest's to say; here, that both sides are scored.
            assertTrue(report.contains("quality on the seed page"), report);
            assertTrue(report.matches("(?s).*required direct quotes found \\(words start and end\\) +\\d/4.*"), report);
        } else {
            assertTrue(report.contains("quality: skipped"), report);
        }
    }
}
