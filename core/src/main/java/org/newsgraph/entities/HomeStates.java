package org.newsgraph.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.nlp.AnnotatedText;

/**
 * The US state a person of the document is from, as the article gives it ("Sen. Marco Rubio,
 * R-Fla.", "Rep. Jason Chaffetz of Utah", "Vermont Sen. Bernie Sanders") or, failing that, as
 * {@code people.tsv} knows it. An instance answers for one document's entities; the static
 * {@link #of(AnnotatedText, List, String)} serves the grouping of names, before they exist.
 */
final class HomeStates {
    /** Most title words between a state and the name it goes with: "Florida Sen.", "former Texas Gov.". */
    private static final int MAX_TITLE_WORDS = 3;

    private final AnnotatedText text;
    private final DocumentEntities entities;
    private final Map<String, Optional<String>> byEntity = new HashMap<>();

    HomeStates(AnnotatedText text, DocumentEntities entities) {
        this.text = text;
        this.entities = entities;
    }

    /** The person's state, or null when neither the article nor the gazetteer gives one. */
    String of(String entityId) {
        return byEntity.computeIfAbsent(entityId, id -> {
            Entity e = entities.entity(id);
            if (e == null || e.type() != EntityType.PERSON) {
                return Optional.empty();
            }
            List<EntityMention> mentions = entities.mentions().stream().filter(m -> m.entity().equals(id)).toList();
            KnownPeople.Person p = KnownPeople.builtIn().named(List.of(e.name()));
            return Optional.ofNullable(of(text, mentions, p == null ? "" : p.state()));
        }).orElse(null);
    }

    /**
     * The state of the person with these mentions: the first the article gives beside a mention,
     * else the one the gazetteer knows ({@code known}, "" for none); null when neither gives one.
     */
    static String of(AnnotatedText text, List<EntityMention> mentions, String known) {
        for (EntityMention m : mentions) {
            String state = tagAfter(text, m.endToken());
            if (state == null) {
                state = titleBefore(text, m.nameToken()); // (a titled mention opens at its title)
            }
            if (state != null) {
                return state;
            }
        }
        return known.isEmpty() ? null : known;
    }

    /** ", R-Fla.", " (D-Vt.)" or " of Utah" right after a name: the state it gives, or null. */
    private static String tagAfter(AnnotatedText text, int i) {
        int n = text.tokens().size();
        if (i + 1 < n && text.token(i).text().equals("of")) {
            UsStates.Named s = UsStates.builtIn().namedAt(text, i + 1);
            boolean ends = s != null && (i + 1 + s.length() == n || !text.token(i + 1 + s.length()).isProperNoun());
            return ends ? s.state() : null; // (not "of Texas A&M")
        }
        if (i + 1 >= n || !(text.token(i).text().equals(",") || text.token(i).text().equals("("))) {
            return null;
        }
        return UsStates.builtIn().taggedAt(text, i + 1);
    }

    /**
     * "Vermont Sen. Bernie Sanders", "former Texas Gov. Rick Perry": a state before an office among
     * the title words before a name ("Iowa caucus winner Ted Cruz" and "in Iowa Donald Trump said"
     * give no state).
     */
    private static String titleBefore(AnnotatedText text, int first) {
        for (int k = first - 1; k >= 0 && k >= first - 1 - MAX_TITLE_WORDS; k--) {
            if (!titleWord(text, k)) {
                return null;
            }
            UsStates.Named s = UsStates.builtIn().namedAt(text, k);
            UsStates.Named longer = k > 0 ? UsStates.builtIn().namedAt(text, k - 1) : null;
            if (s != null && longer != null && longer.length() == s.length() + 1) {
                continue; // "Virginia" of "West Virginia Sen. Joe Manchin": the longer name is read at its first word
            }
            if (s != null && k + s.length() < first && office(text, k + s.length(), first)) {
                return s.state();
            }
        }
        return null;
    }

    /** Offices held for a state: "Sen.", "Gov.", "Rep.", "senator", "governor", "attorney general". */
    private static final Set<String> OFFICES = Set.of("sen.", "sens.", "senator", "gov.", "governor", "rep.", "reps.",
            "representative", "congressman", "congresswoman", "lawmaker", "legislator", "lt.", "general", "secretary",
            "del.", "delegate", "treasurer", "comptroller", "auditor", "sen", "gov", "rep");

    /** Whether one of the words {@code [from, to)}, title words all ({@link #titleBefore} checked them), names an office. */
    private static boolean office(AnnotatedText text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (OFFICES.contains(text.token(i).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean titleWord(AnnotatedText text, int i) {
        String pos = text.token(i).pos();
        return pos.startsWith("NN") || pos.equals("JJ") || pos.equals("POS");
    }
}
