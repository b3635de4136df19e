package org.newsgraph.eval.extraction;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Reads a gold folder, recognising its layout from the files in it: {@code ground-truth.json}
 * beside {@code html/} is Zyte's benchmark; {@code gold.json} beside {@code pages/} is the layout
 * of trafilatura's and htmldate's test sets, with snippets (trafilatura) or dates only (htmldate).
 * Any other folder, or a malformed entry, is an error that names the file and the entry.
 */
public final class GoldSetReader {
    /** htmldate's gold writes a missing date as {@code NaN}, which strict JSON refuses. */
    private final ObjectMapper json = new ObjectMapper().enable(JsonParser.Feature.ALLOW_NON_NUMERIC_NUMBERS);

    public GoldSet read(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + ": not a folder");
        }
        Path zyte = dir.resolve("ground-truth.json");
        Path gold = dir.resolve("gold.json");
        if (Files.isRegularFile(zyte) && Files.isDirectory(dir.resolve("html"))) {
            return zyte(dir, zyte);
        }
        if (Files.isRegularFile(gold)) {
            return goldJson(dir, gold);
        }
        throw new IllegalArgumentException(dir + ": not a gold folder: expected ground-truth.json with html/ (Zyte)"
                + " or gold.json with pages/ (trafilatura, htmldate)");
    }

    private GoldSet zyte(Path dir, Path file) throws IOException {
        List<GoldPage> pages = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : entries(file)) {
            String where = file + ": \"" + e.getKey() + "\"";
            JsonNode v = e.getValue();
            if (!v.path("articleBody").isTextual()) {
                throw new IllegalArgumentException(where + ": no \"articleBody\" text");
            }
            pages.add(new GoldPage(e.getKey(), text(v, "url"), dir.resolve("html").resolve(e.getKey() + ".html.gz"),
                    v.get("articleBody").asText(), List.of(), List.of(), null, null, null));
        }
        return new GoldSet(dir, GoldFormat.ZYTE, pages, List.of());
    }

    private GoldSet goldJson(Path dir, Path file) throws IOException {
        List<GoldPage> pages = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        for (Map.Entry<String, JsonNode> e : entries(file)) {
            String where = file + ": \"" + e.getKey() + "\"";
            JsonNode v = e.getValue();
            String name = text(v, "file");
            if (name == null) {
                throw new IllegalArgumentException(where + ": no \"file\"");
            }
            Path page = dir.resolve(name).normalize();
            if (!page.startsWith(dir.normalize())) {
                throw new IllegalArgumentException(where + ": \"file\" points outside the folder: " + name);
            }
            pages.add(new GoldPage(e.getKey(), text(v, "url"), page, null, strings(where, v.get("with")),
                    strings(where, v.get("without")), text(v, "title"), author(v.get("author")),
                    date(where, text(v, "date"), warnings)));
        }
        boolean snippets = pages.stream().anyMatch(GoldPage::hasSnippets);
        return new GoldSet(dir, snippets ? GoldFormat.SNIPPETS : GoldFormat.DATES, pages, warnings);
    }

    private Iterable<Map.Entry<String, JsonNode>> entries(Path file) throws IOException {
        JsonNode root;
        try {
            root = json.readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalArgumentException(file + ": not valid JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(file + ": expected a JSON object mapping ids to pages");
        }
        List<Map.Entry<String, JsonNode>> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().isObject()) {
                throw new IllegalArgumentException(file + ": \"" + e.getKey() + "\": expected an object");
            }
            out.add(e);
        }
        return out;
    }

    /** Text of a field; null when absent, null, NaN or blank: all mean "no gold" in these sets. */
    private static String text(JsonNode v, String field) {
        JsonNode f = v.get(field);
        return f == null || !f.isTextual() || f.asText().isBlank() ? null : f.asText();
    }

    private static List<String> strings(String where, JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n == null || n.isNull()) {
            return out;
        }
        if (!n.isArray()) {
            throw new IllegalArgumentException(where + ": snippets must be a list of strings");
        }
        for (JsonNode s : n) {
            if (!s.isTextual()) {
                throw new IllegalArgumentException(where + ": snippets must be a list of strings");
            }
            out.add(s.asText());
        }
        return out;
    }

    /** One author is a string; several may come as a list, joined here as a byline would be. */
    private static String author(JsonNode n) {
        if (n != null && n.isArray()) {
            List<String> names = new ArrayList<>();
            n.forEach(a -> names.add(a.asText()));
            return names.isEmpty() ? null : String.join(", ", names);
        }
        return n == null || !n.isTextual() || n.asText().isBlank() ? null : n.asText();
    }

    /**
     * A third-party set may hold an impossible gold date ("2022-29-11"); the page is then kept
     * without a gold date and a warning says so, rather than one entry stopping the whole set.
     */
    private static LocalDate date(String where, String s, List<String> warnings) {
        if (s == null) {
            return null;
        }
        try {
            return LocalDate.parse(s.length() > 10 ? s.substring(0, 10) : s);
        } catch (DateTimeParseException e) {
            warnings.add(where + ": \"date\" is not a valid YYYY-MM-DD day (" + s + "); the page is scored without one");
            return null;
        }
    }
}
