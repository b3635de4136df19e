package org.newsgraph.pipeline.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.eval.ExpectedRecordCheck;
import org.newsgraph.model.NewsRecord;

/**
 * Scores records against an expected-record file with {@link ExpectedRecordCheck}, section by
 * section, and scores the required direct quotes field by field so that a system that gives no
 * cue, no entities and no events (CoreNLP's stock pipeline) is measured on what it does give,
 * by the same rules as Newsgraph.
 */
public final class SeedQuality {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    /** The record's sections, in the expected file's order. */
    public static final List<String> SECTIONS = List.of("article", "entities", "quotes", "events");

    /** Required items met of those asked for in one section, and the failures. */
    public record Section(String name, int required, int met, List<String> failures) {}

    /**
     * The required direct quotes of the expected file, counted at three levels: the quoted words
     * found (start and end), with the right resolved speaker, and with the right speaker mention
     * next to the cue ("he", "the head of state").
     */
    public record DirectQuotes(int required, int found, int rightSpeaker, int rightMention) {}

    private SeedQuality() {}

    /**
     * One section of the check: each required item is checked on its own, so that the count says
     * how many were met; forbidden items found are listed among the failures.
     */
    public static Section section(NewsRecord record, JsonNode expected, String name) {
        JsonNode spec = expected.path(name);
        JsonNode required = spec.path("required");
        List<String> failures = new ArrayList<>();
        int met = 0;
        var items = required.isObject() ? required.fields() : null;
        if (items != null) {
            // The article's required items are fields of one object: check each field alone.
            while (items.hasNext()) {
                var field = items.next();
                ObjectNode one = JSON.objectNode();
                one.putObject(name).putObject("required").set(field.getKey(), field.getValue());
                met += countMet(record, one, failures);
            }
        } else {
            for (JsonNode item : required) {
                ObjectNode one = JSON.objectNode();
                one.putObject(name).putArray("required").add(item);
                met += countMet(record, one, failures);
            }
        }
        if (spec.has("forbidden")) {
            ObjectNode forbidden = JSON.objectNode();
            forbidden.putObject(name).set("forbidden", spec.get("forbidden"));
            failures.addAll(ExpectedRecordCheck.check(record, forbidden).failures());
        }
        return new Section(name, required.size(), met, List.copyOf(failures));
    }

    /** 1 when the record meets the spec, else 0 with the failures added to {@code failures}. */
    private static int countMet(NewsRecord record, JsonNode spec, List<String> failures) {
        List<String> f = ExpectedRecordCheck.check(record, spec).failures();
        failures.addAll(f);
        return f.isEmpty() ? 1 : 0;
    }

    /** Every section, then the optional items found over the whole file. */
    public static List<Section> sections(NewsRecord record, JsonNode expected) {
        List<Section> out = new ArrayList<>();
        for (String name : SECTIONS) {
            out.add(section(record, expected, name));
        }
        return out;
    }

    public static ExpectedRecordCheck.Result whole(NewsRecord record, JsonNode expected) {
        return ExpectedRecordCheck.check(record, expected);
    }

    /** The required direct quotes, scored level by level (see {@link DirectQuotes}). */
    public static DirectQuotes directQuotes(NewsRecord record, JsonNode expected) {
        int required = 0;
        int found = 0;
        int speaker = 0;
        int mention = 0;
        for (JsonNode want : expected.path("quotes").path("required")) {
            if (!want.path("kind").asText("direct").equals("direct")) {
                continue;
            }
            required++;
            ObjectNode words = JSON.objectNode();
            for (String field : List.of("text", "startsWith", "endsWith")) {
                if (want.has(field)) {
                    words.set(field, want.get(field));
                }
            }
            if (meets(record, words)) {
                found++;
            }
            if (want.has("speaker") && meets(record, words.deepCopy().set("speaker", want.get("speaker")))) {
                speaker++;
            }
            if (want.has("cueMention") && meets(record, words.deepCopy().set("cueMention", want.get("cueMention")))) {
                mention++;
            }
        }
        return new DirectQuotes(required, found, speaker, mention);
    }

    private static boolean meets(NewsRecord record, JsonNode quote) {
        ObjectNode spec = JSON.objectNode();
        spec.putObject("quotes").putArray("required").add(quote);
        return ExpectedRecordCheck.check(record, spec).passed();
    }
}
