package org.newsgraph.events;

import java.util.List;

/**
 * One line of {@code event-patterns.tsv}: lemmas in order, the first being the anchor of the
 * given part of speech; the CAMEO code; the code a negation turns it into, if any; and where the
 * actor and recipient stand.
 */
public record EventPattern(List<String> lemmas, boolean verb, String cameo, String negatedCameo, Roles roles) {
    /** Where an event's two sides stand relative to its anchor. */
    public enum Roles {
        /** The anchor's subject acts on its object (or, for a noun, the possessor on the phrase after it). */
        SUBJECT_OBJECT,
        /**
         * The anchor sits in a reported clause: the clause's subject is the recipient and the
         * sentence's speaker the actor ("Russia said Sudan must return the helicopter").
         */
        SPEAKER_CLAUSE
    }

    public EventPattern {
        lemmas = List.copyOf(lemmas);
    }

    /** A pattern whose actor is the anchor's subject. */
    public EventPattern(List<String> lemmas, boolean verb, String cameo, String negatedCameo) {
        this(lemmas, verb, cameo, negatedCameo, Roles.SUBJECT_OBJECT);
    }

    public String anchor() {
        return lemmas.get(0);
    }
}
