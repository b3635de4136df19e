package org.newsgraph.events;

import java.util.List;

/**
 * One line of {@code event-patterns.tsv}: lemmas in order, the first being the anchor of the
 * given part of speech; the CAMEO code; and the code a negation turns it into, if any.
 */
public record EventPattern(List<String> lemmas, boolean verb, String cameo, String negatedCameo) {
    public String anchor() {
        return lemmas.get(0);
    }
}
