package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.json.RecordJson;
import org.newsgraph.model.NewsRecord;

/**
 * {@code analyze} over a batch with every kind of bad input: each is reported by name with its
 * reason, the good ones still come out, and the exit code says some failed.
 */
class AnalyzeCommandTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {}

    private static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Main.run(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void badInputsAreReportedByNameAndTheRestIsAnalyzed() throws IOException {
        Path good = Files.writeString(dir.resolve("good.txt"), " date 2024-05-14 + ↺ − 16 px\n\n"
                + "President Ilham Aliyev of Azerbaijan received General Nadeem Raza of Pakistan.\n\n"
                + "“We will strengthen our cooperation,” he said.\n\nCaspian Wire");
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {0x7f, 'E', 'L', 'F', 0, 0, 1, 2, 3});
        Path windows1252 = Files.write(dir.resolve("latin.txt"),
                "\u0093Peace now,\u0094 the minister said in Paris on Monday.".getBytes(StandardCharsets.ISO_8859_1));
        Path huge = dir.resolve("huge.html");
        try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }
        Path missing = dir.resolve("missing.txt");
        String unreachable = "http://127.0.0.1:1/article";

        Run r = run("analyze", good.toString(), empty.toString(), binary.toString(), windows1252.toString(),
                huge.toString(), missing.toString(), unreachable);

        assertEquals(ExitCodes.SOME_INPUTS_FAILED, r.exit(), r.err());
        assertTrue(r.err().contains(empty + ": empty"), r.err());
        assertTrue(r.err().contains(binary + ": binary"), r.err());
        assertTrue(r.err().contains(huge + ": larger than the 10 MB limit"), r.err());
        assertTrue(r.err().contains(missing + ": no such file"), r.err());
        assertTrue(r.err().contains(unreachable + ": cannot fetch"), r.err());
        assertTrue(r.err().contains("warning: " + windows1252 + ": ") && r.err().contains("read as windows-1252"), r.err());

        List<NewsRecord> records = r.out().lines().map(RecordJson::fromJson).toList();
        assertEquals(List.of(good.toString(), windows1252.toString()), records.stream().map(NewsRecord::id).toList());
        NewsRecord first = records.get(0);
        assertEquals("2024-05-14", first.article().publishedDate().toString());
        assertEquals("Caspian Wire", first.article().source());
        assertEquals("Ilham Aliyev", first.quotes().get(0).speaker().name());
        assertTrue(records.get(1).article().body().startsWith("“Peace now,”"), records.get(1).article().body());
    }

    @Test
    void jsonLinesBatchWithDateAndABadLine() throws IOException {
        Path batch = Files.writeString(dir.resolve("batch.jsonl"),
                "{\"id\": \"a1\", \"text\": \"Russia attacked Ukraine on Monday.\", \"date\": \"2022-03-02\"}\n"
                        + "not json\n"
                        + "{\"id\": \"a2\", \"html\": \"<html><body><article><h1>Talks</h1><p>France praised Germany.</p>"
                        + "</article></body></html>\"}\n");
        Run r = run("analyze", "--input-jsonl", batch.toString());
        assertEquals(ExitCodes.SOME_INPUTS_FAILED, r.exit());
        assertTrue(r.err().contains(batch + ":2: not a JSON object"), r.err());
        List<NewsRecord> records = r.out().lines().map(RecordJson::fromJson).toList();
        assertEquals(List.of("a1", "a2"), records.stream().map(NewsRecord::id).toList());
        assertEquals("2022-02-28", records.get(0).events().get(0).date().toString());
        assertEquals("Talks", records.get(1).article().title());
    }

    @Test
    void twoThreadsGiveTheSameRecordsInTheSameOrderAsOne() {
        String samples = Path.of("..", "samples").toString();
        Run one = run("analyze", "--threads", "1", samples);
        Run two = run("analyze", "--threads", "2", samples);
        assertEquals(ExitCodes.OK, one.exit(), one.err());
        assertEquals(ExitCodes.OK, two.exit(), two.err());
        assertTrue(one.out().lines().count() >= 6, one.out());
        assertEquals(one.out(), two.out());
    }

    @Test
    void fewerThanOneThreadIsAUsageError() {
        Run r = run("analyze", "--threads", "0", "x.txt");
        assertEquals(ExitCodes.FAILED, r.exit());
        assertTrue(r.err().contains("--threads must be at least 1"), r.err());
    }

    @Test
    void noInputIsAUsageError() {
        Run r = run("analyze");
        assertEquals(ExitCodes.FAILED, r.exit());
        assertTrue(r.err().contains("no input given"));
    }
}
