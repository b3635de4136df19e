package org.newsgraph.eval.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Span;

/**
 * Reads gold quotations in PolNeAR's converted layout, one JSON object per line:
 * {@code {"doc_id", "text", "quotes": [{"id", "cue": [span], "sources": [span], "contents": [span],
 * "has_quote_marks", "speaker"?}]}} with spans {@code {"start", "end", "text"}} as Java String
 * offsets. A malformed line or a span outside its text is an error naming {@code file:line}.
 */
public final class PolnearReader {
    private final ObjectMapper json = new ObjectMapper();

    public List<GoldDocument> read(Path file) throws IOException {
        List<GoldDocument> docs = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            int n = 0;
            while ((line = r.readLine()) != null) {
                n++;
                if (!line.isBlank()) {
                    docs.add(document(file + ":" + n, line));
                }
            }
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file");
        }
        return docs;
    }

    private GoldDocument document(String where, String line) {
        JsonNode d;
        try {
            d = json.readTree(line);
        } catch (IOException e) {
            throw new IllegalArgumentException(where + ": not a JSON object");
        }
        if (d == null || !d.isObject() || !d.path("text").isTextual()) {
            throw new IllegalArgumentException(where + ": expected an object with \"text\" and \"quotes\"");
        }
        String text = d.get("text").asText();
        List<GoldAttribution> quotes = new ArrayList<>();
        for (JsonNode q : d.path("quotes")) {
            String speaker = q.path("speaker").isTextual() ? q.get("speaker").asText() : null;
            quotes.add(new GoldAttribution(q.path("id").asText(), spans(where, text, q.path("contents")),
                    spans(where, text, q.path("cue")), spans(where, text, q.path("sources")),
                    q.path("has_quote_marks").asBoolean(false), q.path("pure_direct").asBoolean(false), speaker));
        }
        return new GoldDocument(d.path("doc_id").asText(where), text, quotes);
    }

    private static List<Span> spans(String where, String text, JsonNode array) {
        List<Span> out = new ArrayList<>();
        for (JsonNode s : array) {
            int start = s.path("start").asInt(-1);
            int end = s.path("end").asInt(-1);
            if (start < 0 || end < start || end > text.length()) {
                throw new IllegalArgumentException(where + ": span [" + start + ", " + end + ") outside the text");
            }
            out.add(Span.of(text, start, end));
        }
        return out;
    }
}
