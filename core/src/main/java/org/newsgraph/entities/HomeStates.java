package org.newsgraph.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
     * "Vermont Sen. Bernie Sanders", "former Texas Gov. Rick Perry": a state among the title words
     * before a name (at least one: "in Iowa Donald Trump said" gives no state).
     */
    private static String titleBefore(AnnotatedText text, int first) {
        for (int k = first - 1; k >= 0 && k >= first - 1 - MAX_TITLE_WORDS; k--) {
            UsStates.Named s = UsStates.builtIn().namedAt(text, k);
            if (s != null && k + s.length() < first && titleWords(text, k + s.length(), first)) {
                return s.state();
            }
            String pos = text.token(k).pos();
            if (!(pos.startsWith("NN") || pos.equals("JJ") || pos.equals("POS"))) {
                return null;
            }
        }
        return null;
    }

    private static boolean titleWords(AnnotatedText text, int from, int to) {
        for (int i = from; i < to; i++) {
            String pos = text.token(i).pos();
            if (!(pos.startsWith("NN") || pos.equals("JJ") || pos.equals("POS"))) {
                return false;
            }
        }
        return true;
    }
}
