package org.newsgraph.events;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.newsgraph.vocab.TsvFile;

/** The event patterns by anchor lemma and the CAMEO table, loaded from the vocabulary files. */
public final class EventVocabulary {
    private final Map<String, List<EventPattern>> byAnchor = new HashMap<>();
    private final Map<String, CameoCode> cameo = new HashMap<>();

    private EventVocabulary(List<TsvFile.Row> patternRows, List<TsvFile.Row> cameoRows) {
        for (TsvFile.Row r : cameoRows) {
            String code = r.cell(0).strip();
            double goldstein;
            try {
                goldstein = Double.parseDouble(r.cell(4).strip());
            } catch (NumberFormatException e) {
                throw r.error("goldstein is not a number: " + r.cell(4));
            }
            cameo.put(code, new CameoCode(code, blankToNull(r.cell(1)), blankToNull(r.cell(2)), blankToNull(r.cell(3)), goldstein));
        }
        for (TsvFile.Row r : patternRows) {
            List<String> lemmas = Arrays.asList(r.cell(0).strip().split("\\s+"));
            String pos = r.cell(1).strip();
            if (!pos.equals("V") && !pos.equals("N")) {
                throw r.error("pos must be V or N: " + pos);
            }
            String code = r.cell(2).strip();
            String negated = blankToNull(r.cell(3));
            for (String c : negated == null ? List.of(code) : List.of(code, negated)) {
                if (!cameo.containsKey(c)) {
                    throw r.error("CAMEO code not in cameo.tsv: " + c);
                }
            }
            String roles = r.cells().size() > 4 ? r.cell(4).strip() : ""; // older four-column files have no roles
            if (!roles.isEmpty() && !roles.equals("clause")) {
                throw r.error("roles must be empty or 'clause': " + roles);
            }
            EventPattern p = new EventPattern(lemmas, pos.equals("V"), code, negated,
                    roles.isEmpty() ? EventPattern.Roles.SUBJECT_OBJECT : EventPattern.Roles.SPEAKER_CLAUSE);
            byAnchor.computeIfAbsent(p.anchor(), k -> new ArrayList<>()).add(p);
        }
        // Longest patterns first: "strengthen military cooperation" before "strengthen cooperation".
        byAnchor.values().forEach(l -> l.sort((a, b) -> b.lemmas().size() - a.lemmas().size()));
    }

    public static EventVocabulary builtIn() {
        return new EventVocabulary(TsvFile.resource("event-patterns.tsv", 5), TsvFile.resource("cameo.tsv", 6));
    }

    public static EventVocabulary of(List<TsvFile.Row> patternRows, List<TsvFile.Row> cameoRows) {
        return new EventVocabulary(patternRows, cameoRows);
    }

    public List<EventPattern> patterns(String anchorLemma) {
        return byAnchor.getOrDefault(anchorLemma, List.of());
    }

    public CameoCode cameo(String code) {
        return cameo.get(code);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
