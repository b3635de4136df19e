package org.newsgraph.eval;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a gold or annotation file's lines; a missing file is an error that names it. */
public final class GoldLines {
    private GoldLines() {}

    public static List<String> read(Path file) throws IOException {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file");
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(file + ": not UTF-8 text");
        }
    }

    /** A line of a tab-separated annotation file: where it is ({@code file:line}) and its cells. */
    public record Row(String where, List<String> cells) {
        /** Whether every cell after the first is empty: an annotated document with nothing in it. */
        public boolean onlyId() {
            return String.join("", cells.subList(1, cells.size())).isBlank();
        }
    }

    /**
     * The rows of a tab-separated annotation file with exactly {@code columns} cells a line, blank
     * lines and {@code #} comments left out (a byte-order mark too); a line of another width is an
     * error that names it and the columns expected ({@code columnNames}).
     */
    public static List<Row> tsv(Path file, int columns, String columnNames) throws IOException {
        List<String> lines = read(file);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = i == 0 ? lines.get(i).replace("\uFEFF", "") : lines.get(i); // (before the comment test)
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String where = file + ":" + (i + 1);
            String[] cells = line.split("\t", -1);
            if (cells.length != columns) {
                throw new IllegalArgumentException(where + ": expected " + columns + " tab-separated columns (" + columnNames
                        + "), found " + cells.length);
            }
            rows.add(new Row(where, List.of(cells)));
        }
        return rows;
    }
}
