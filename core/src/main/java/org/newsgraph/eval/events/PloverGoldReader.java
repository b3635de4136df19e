package org.newsgraph.eval.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the PLOVER gold-standard records: one JSON array whose records are {@code {"id", "date",
 * "source": [{"actorText", "code", "sector"}], "target": [...], "event", "text", ...}}. Labels are
 * PLOVER 0.5b1 and are renamed to 0.8 ({@link PloverTypes#fromLabel}). Records of event
 * {@code DOCUMENT} are the file's own notes and are skipped. Records that share a text become one
 * sentence with several events, so a coder that finds both is not charged a false positive for
 * either. A record without text or with an unknown label is an error naming its id.
 */
public final class PloverGoldReader {
    private final ObjectMapper json = new ObjectMapper();

    public List<GoldSentence> read(Path file) throws IOException {
        JsonNode root;
        try {
            root = json.readTree(file.toFile());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": not JSON: " + e.getOriginalMessage());
        } catch (FileNotFoundException | NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file");
        }
        if (root == null || !root.isArray()) {
            throw new IllegalArgumentException(file + ": expected a JSON array of PLOVER records");
        }
        Map<String, List<JsonNode>> byText = new LinkedHashMap<>();
        for (JsonNode r : root) {
            String where = file + ": record " + r.path("id").asText("#" + byText.size());
            String event = r.path("event").asText("");
            if (event.equals("DOCUMENT")) {
                continue;
            }
            if (!r.path("text").isTextual() || r.get("text").asText().isBlank()) {
                throw new IllegalArgumentException(where + ": no \"text\"");
            }
            if (PloverTypes.fromLabel(event) == null) {
                throw new IllegalArgumentException(where + ": unknown PLOVER event label '" + event + "'");
            }
            byText.computeIfAbsent(r.get("text").asText().strip(), k -> new ArrayList<>()).add(r);
        }
        List<GoldSentence> out = new ArrayList<>();
        for (Map.Entry<String, List<JsonNode>> e : byText.entrySet()) {
            List<GoldEvent> events = new ArrayList<>();
            for (JsonNode r : e.getValue()) {
                String label = r.get("event").asText();
                GoldEvent g = new GoldEvent(codes(r.path("source")), codes(r.path("target")), PloverTypes.fromLabel(label),
                        label, null);
                if (!events.contains(g)) {
                    events.add(g);
                }
            }
            JsonNode first = e.getValue().get(0);
            out.add(new GoldSentence(first.path("id").asText(), e.getKey(), date(file, first), events));
        }
        return out;
    }

    /** Actor codes of one side: country code plus sector where given. A side that is not a list names no actor. */
    private static List<String> codes(JsonNode side) {
        List<String> out = new ArrayList<>();
        if (!side.isArray()) {
            return out; // "" or absent in the file: the gold codes no actor on this side
        }
        for (JsonNode a : side) {
            String code = a.path("code").asText("").strip();
            if (!code.isEmpty()) {
                out.add(code + a.path("sector").asText("").strip());
            }
        }
        return out;
    }

    private static LocalDate date(Path file, JsonNode r) {
        String d = r.path("date").asText("");
        if (d.isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(d);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(file + ": record " + r.path("id").asText() + ": bad date '" + d + "'");
        }
    }
}
