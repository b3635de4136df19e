package org.newsgraph.eval.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.eval.GoldLines;
import org.newsgraph.model.Span;

/**
 * Reads quotations annotated by hand as offsets into texts kept elsewhere, so that the project holds
 * its own judgements (spans and speaker names) and not the articles: a tab-separated file of
 * {@code article_id, contents, source, cue, kind, speaker}, where contents is {@code start-end}, or
 * several joined by {@code ;} for a quotation split by its cue, source and cue are one span or empty,
 * kind is {@code direct} (a statement in marks) or {@code phrase} (words in marks inside the writer's
 * sentence), and an empty speaker says the quotation has no named speaker; an id with five empty
 * cells is an article read that holds no quotation. Offsets count code points,
 * as the annotators' tools do, and are turned into Java string offsets here. The texts are a JSON
 * object of {@code id -> {"articleBody": ...}}, the layout of Zyte's extraction benchmark.
 * Every quotation is one in marks; documents come in the order of their first line.
 */
public final class SpanAnnotationReader {
    private static final int COLUMNS = 6;

    public List<GoldDocument> read(Path annotations, Path texts) throws IOException {
        Map<String, String> bodies = bodies(texts);
        Map<String, List<GoldAttribution>> byDoc = new LinkedHashMap<>();
        for (GoldLines.Row row : GoldLines.tsv(annotations, COLUMNS, "article_id, contents, source, cue, kind, speaker")) {
            String where = row.where();
            String[] cells = row.cells().toArray(String[]::new);
            String id = cells[0].strip();
            String text = bodies.get(id);
            if (text == null) {
                throw new IllegalArgumentException(where + ": article " + id + " is not in " + texts);
            }
            List<GoldAttribution> quotes = byDoc.computeIfAbsent(id, k -> new ArrayList<>());
            if (row.onlyId()) {
                continue; // an article read that holds no quotation: scored, so that what is found there counts
            }
            List<Span> contents = spans(where, text, cells[1]);
            if (contents.isEmpty() || contents.stream().anyMatch(c -> c.end() == c.start())) {
                throw new IllegalArgumentException(where + ": a quotation needs content spans that are not empty");
            }
            String kind = cells[4].strip();
            if (!kind.equals("direct") && !kind.equals("phrase")) {
                throw new IllegalArgumentException(where + ": kind must be direct or phrase, not '" + kind + "'");
            }
            String speaker = cells[5].strip();
            quotes.add(new GoldAttribution(id + "#" + quotes.size(), contents, spans(where, text, cells[3]),
                    spans(where, text, cells[2]), true, kind.equals("direct"), speaker.isEmpty() ? null : speaker));
        }
        List<GoldDocument> docs = new ArrayList<>();
        byDoc.forEach((id, quotes) -> docs.add(new GoldDocument(id, bodies.get(id), quotes)));
        return docs;
    }

    private static Map<String, String> bodies(Path texts) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(Files.readString(texts));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(texts + ": no such file");
        } catch (IOException e) {
            throw new IllegalArgumentException(texts + ": not a JSON object of id -> {articleBody}");
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(texts + ": not a JSON object of id -> {articleBody}");
        }
        Map<String, String> out = new LinkedHashMap<>();
        root.fields().forEachRemaining(e -> {
            if (e.getValue().path("articleBody").isTextual()) {
                out.put(e.getKey(), e.getValue().get("articleBody").asText());
            }
        });
        return out;
    }

    /** {@code "12-40;55-90"} as spans of the text; empty cell, no spans. */
    private static List<Span> spans(String where, String text, String cell) {
        List<Span> out = new ArrayList<>();
        if (cell.isBlank()) {
            return out;
        }
        int codePoints = text.codePointCount(0, text.length());
        for (String part : cell.strip().split(";")) {
            String[] ends = part.strip().split("-");
            int start;
            int end;
            try {
                start = Integer.parseInt(ends[0].strip());
                end = ends.length == 2 ? Integer.parseInt(ends[1].strip()) : -1;
            } catch (NumberFormatException e) {
                start = -1;
                end = -1;
            }
            if (start < 0 || end < start || end > codePoints) {
                throw new IllegalArgumentException(where + ": span '" + part.strip() + "' is not start-end inside the text");
            }
            out.add(Span.of(text, text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end)));
        }
        return out;
    }
}
