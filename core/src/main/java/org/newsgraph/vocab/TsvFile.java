package org.newsgraph.vocab;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the vocabulary's tab-separated files: {@code #} starts a comment line, blank lines are
 * skipped, every other line may have at most the declared number of columns (missing trailing ones
 * are empty), else loading fails naming the file and line (a silently skipped line would be a
 * silently missing word).
 */
public final class TsvFile {
    /** One data line with its location, for error messages. */
    public record Row(String file, int line, List<String> cells) {
        public String cell(int i) {
            return cells.get(i);
        }

        /** The {@code |}-separated values of a cell, without empties. */
        public List<String> values(int i) {
            String c = cells.get(i).strip();
            return c.isEmpty() ? List.of() : Arrays.stream(c.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        }

        public IllegalArgumentException error(String what) {
            return new IllegalArgumentException(file + ":" + line + ": " + what);
        }
    }

    private TsvFile() {}

    public static List<Row> resource(String name, int columns) {
        String path = "/org/newsgraph/vocab/" + name;
        try (InputStream in = TsvFile.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("vocabulary file missing from the jar: " + path);
            }
            return read(path, in, columns);
        } catch (IOException e) {
            throw new UncheckedIOException(path, e);
        }
    }

    public static List<Row> file(Path path, int columns) {
        try (InputStream in = Files.newInputStream(path)) {
            return read(path.toString(), in, columns);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read vocabulary file " + path, e);
        }
    }

    private static List<Row> read(String name, InputStream in, int columns) throws IOException {
        List<Row> rows = new ArrayList<>();
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String line;
        int n = 0;
        while ((line = r.readLine()) != null) {
            n++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length > columns) {
                throw new IllegalArgumentException(name + ":" + n + ": expected " + columns + " tab-separated columns, found "
                        + cells.length);
            }
            // Trailing empty columns may be left out: editors strip trailing tabs.
            String[] padded = Arrays.copyOf(cells, columns);
            Arrays.fill(padded, cells.length, columns, "");
            rows.add(new Row(name, n, List.of(padded)));
        }
        return rows;
    }
}
