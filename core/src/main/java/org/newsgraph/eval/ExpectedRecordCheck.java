package org.newsgraph.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;
import org.newsgraph.model.NewsRecord;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;

/**
 * Checks a record against an expected-record file (the seed page's {@code .expected.json} format):
 * every {@code required} item must be found, no {@code forbidden} one may appear, and
 * {@code optional} items found are counted. Events match on actor, recipient and PLOVER type,
 * either way round when {@code directionFree}; their CAMEO code is credited at the root.
 */
public final class ExpectedRecordCheck {
    /** What the check found: failures (required missing or forbidden present) and credited optionals. */
    public record Result(List<String> failures, int optionalFound, int optionalTotal) {
        public boolean passed() {
            return failures.isEmpty();
        }
    }

    private final List<String> failures = new ArrayList<>();
    private int optionalFound;
    private int optionalTotal;

    private ExpectedRecordCheck() {}

    public static Result check(NewsRecord record, JsonNode expected) {
        ExpectedRecordCheck c = new ExpectedRecordCheck();
        c.article(record, expected.path("article"));
        c.entities(record, expected.path("entities"));
        c.quotes(record, expected.path("quotes"));
        c.events(record, expected.path("events"));
        return new Result(List.copyOf(c.failures), c.optionalFound, c.optionalTotal);
    }

    private void article(NewsRecord r, JsonNode spec) {
        JsonNode req = spec.path("required");
        var a = r.article();
        expectEqual("article.publishedDate", req.path("publishedDate"), a.publishedDate() == null ? null : a.publishedDate().toString());
        expectEqual("article.source", req.path("source"), a.source());
        expectEqual("article.language", req.path("language"), a.language());
        if (req.has("bodyStartsWith") && !a.body().startsWith(req.get("bodyStartsWith").asText())) {
            failures.add("article.body does not start with: " + req.get("bodyStartsWith").asText());
        }
        if (req.has("bodyEndsWith") && !a.body().endsWith(req.get("bodyEndsWith").asText())) {
            failures.add("article.body does not end with: " + req.get("bodyEndsWith").asText());
        }
        if (req.has("paragraphs") && a.paragraphs().size() != req.get("paragraphs").asInt()) {
            failures.add("article.paragraphs: expected " + req.get("paragraphs").asInt() + ", got " + a.paragraphs().size());
        }
        JsonNode forbidden = spec.path("forbidden");
        for (JsonNode s : forbidden.path("bodyContains")) {
            if (a.body().contains(s.asText())) {
                failures.add("article.body contains forbidden text: " + s.asText());
            }
        }
        if (forbidden.has("title") && a.title() != null) {
            failures.add("article.title must be absent, got: " + a.title());
        }
    }

    private void expectEqual(String what, JsonNode expected, String actual) {
        if (!expected.isMissingNode() && !expected.asText().equals(actual)) {
            failures.add(what + ": expected " + expected.asText() + ", got " + actual);
        }
    }

    private void entities(NewsRecord r, JsonNode spec) {
        for (JsonNode want : spec.path("required")) {
            String problem = entityProblem(r, want);
            if (problem != null) {
                failures.add("entity " + want.path("name").asText() + ": " + problem);
            }
        }
        for (JsonNode want : spec.path("optional")) {
            optionalTotal++;
            if (entityProblem(r, want) == null) {
                optionalFound++;
            }
        }
        for (JsonNode bad : spec.path("forbidden")) {
            for (Entity e : r.entities()) {
                if (e.name().equals(bad.path("name").asText()) && (!bad.has("type") || e.type().name().equals(bad.get("type").asText()))) {
                    failures.add("forbidden entity present: " + e.name() + " " + e.type());
                }
            }
        }
    }

    private static String entityProblem(NewsRecord r, JsonNode want) {
        Entity e = r.entities().stream().filter(x -> x.name().equals(want.path("name").asText())).findFirst().orElse(null);
        if (e == null) {
            return "not found";
        }
        List<String> problems = new ArrayList<>();
        if (want.has("type") && !e.type().name().equals(want.get("type").asText())) {
            problems.add("type " + e.type());
        }
        if (want.has("country") && !want.get("country").asText().equals(e.country())) {
            problems.add("country " + e.country());
        }
        if (want.has("sector") && !want.get("sector").asText().equals(e.sector())) {
            problems.add("sector " + e.sector());
        }
        if (want.has("code") && !want.get("code").asText().equals(e.code())) {
            problems.add("code " + e.code());
        }
        List<String> mentions = e.mentions().stream().map(Span::text).toList();
        for (JsonNode m : want.path("mentions")) {
            if (!mentions.contains(m.asText())) {
                problems.add("missing mention '" + m.asText() + "'");
            }
        }
        for (JsonNode t : want.path("titles")) {
            if (e.titles().stream().noneMatch(x -> x.equalsIgnoreCase(t.asText()))) {
                problems.add("missing title '" + t.asText() + "'");
            }
        }
        return problems.isEmpty() ? null : String.join(", ", problems);
    }

    private void quotes(NewsRecord r, JsonNode spec) {
        for (JsonNode want : spec.path("required")) {
            String problem = quoteProblem(r, want);
            if (problem != null) {
                failures.add("quote '" + abbreviate(want.path("startsWith").asText(want.path("text").asText())) + "': " + problem);
            }
        }
        for (JsonNode want : spec.path("optional")) {
            optionalTotal++;
            if (quoteProblem(r, want) == null) {
                optionalFound++;
            }
        }
    }

    private static String quoteProblem(NewsRecord r, JsonNode want) {
        for (Quote q : r.quotes()) {
            boolean textMatches = want.has("text") ? q.text().equals(want.get("text").asText())
                    : q.text().startsWith(want.path("startsWith").asText());
            if (!textMatches) {
                continue;
            }
            List<String> problems = new ArrayList<>();
            if (want.has("endsWith") && !q.text().endsWith(want.get("endsWith").asText())) {
                problems.add("ends with '" + abbreviate(q.text().substring(Math.max(0, q.text().length() - 30))) + "'");
            }
            if (want.has("kind") && !q.kind().name().equals(want.get("kind").asText())) {
                problems.add("kind " + q.kind());
            }
            String speaker = q.speaker() == null ? null : q.speaker().name();
            if (want.has("speaker") && !want.get("speaker").asText().equals(speaker)) {
                problems.add("speaker " + speaker);
            }
            if (want.has("cue") && (q.cue() == null || !q.cue().text().equals(want.get("cue").asText()))) {
                problems.add("cue " + (q.cue() == null ? null : q.cue().text()));
            }
            if (want.has("cueMention") && (q.source() == null || !q.source().text().equals(want.get("cueMention").asText()))) {
                problems.add("source " + (q.source() == null ? null : q.source().text()));
            }
            return problems.isEmpty() ? null : String.join(", ", problems);
        }
        return "not found";
    }

    private void events(NewsRecord r, JsonNode spec) {
        for (JsonNode want : spec.path("required")) {
            String problem = eventProblem(r, want);
            if (problem != null) {
                failures.add("event " + want.path("actor").asText() + " " + want.path("plover").asText() + " "
                        + want.path("recipient").asText() + ": " + problem);
            }
        }
        for (JsonNode want : spec.path("optional")) {
            optionalTotal++;
            if (eventProblem(r, want) == null) {
                optionalFound++;
            }
        }
    }

    private static String eventProblem(NewsRecord r, JsonNode want) {
        String actor = want.path("actor").asText();
        String recipient = want.path("recipient").asText();
        boolean free = want.path("directionFree").asBoolean(false);
        String closest = "not found";
        for (Event e : r.events()) {
            String a = e.actor().code();
            String b = e.recipient().code();
            boolean sides = (Objects.equals(a, actor) && Objects.equals(b, recipient))
                    || (free && Objects.equals(a, recipient) && Objects.equals(b, actor));
            if (!sides || !want.path("plover").asText().equals(e.plover())) {
                continue;
            }
            List<String> problems = new ArrayList<>();
            String cameo = want.path("cameo").asText("");
            if (cameo.length() >= 2 && (e.cameo() == null || !e.cameo().startsWith(cameo.substring(0, 2)))) {
                problems.add("CAMEO root " + e.cameo());
            }
            if (want.has("mode") && !want.get("mode").asText().equals(e.mode())) {
                problems.add("mode " + e.mode());
            }
            if (want.has("context") && !want.get("context").asText().equals(e.context())) {
                problems.add("context " + e.context());
            }
            if (want.has("historical") && want.get("historical").asBoolean() != e.historical()) {
                problems.add("historical " + e.historical());
            }
            if (want.has("when") && (e.date() == null || !want.get("when").asText().equals(e.date().toString()))) {
                problems.add("date " + e.date());
            }
            if (problems.isEmpty()) {
                return null;
            }
            closest = String.join(", ", problems);
        }
        return closest;
    }

    private static String abbreviate(String s) {
        return s.length() <= 40 ? s : s.substring(0, 40) + "...";
    }
}
