package org.newsgraph.quotes;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.nlp.Token;
import org.newsgraph.vocab.TsvFile;

/** The reporting verbs of {@code reporting-verbs.tsv}, by lemma. Immutable, shared. */
public final class ReportingVerbs {
    /** How a verb introduces reported speech. */
    public enum Clause {
        BARE,
        THAT,
        /** A listener may come between the verb and the speech: "told reporters (that) ...". */
        OBJECT,
        /** Attributes a quoted phrase to an object: "called the plan “a trap”". */
        PHRASE,
        QUOTE_ONLY
    }

    /** A verb's entry: how it takes speech, and the objects that make it a cue ("expressed hope"). */
    public record Verb(String lemma, Clause clause, Set<String> objects) {}

    private final Map<String, Verb> verbs = new HashMap<>();

    private ReportingVerbs(List<TsvFile.Row> rows) {
        for (TsvFile.Row r : rows) {
            Clause clause = switch (r.cell(1).strip()) {
                case "bare" -> Clause.BARE;
                case "that" -> Clause.THAT;
                case "object" -> Clause.OBJECT;
                case "phrase" -> Clause.PHRASE;
                case "quote" -> Clause.QUOTE_ONLY;
                default -> throw r.error("clause must be bare, that, object, phrase or quote: " + r.cell(1));
            };
            verbs.put(r.cell(0).strip(), new Verb(r.cell(0).strip(), clause, Set.copyOf(r.values(2))));
        }
    }

    public static ReportingVerbs builtIn() {
        return new ReportingVerbs(TsvFile.resource("reporting-verbs.tsv", 3));
    }

    public static ReportingVerbs of(List<TsvFile.Row> rows) {
        return new ReportingVerbs(rows);
    }

    /** The entry for a lemma, or null. */
    public Verb get(String lemma) {
        return verbs.get(lemma);
    }

    /** The entry for a token's lemma, whatever its case, or null. */
    public Verb of(Token t) {
        return verbs.get(t.lemma().toLowerCase(Locale.ROOT));
    }
}
