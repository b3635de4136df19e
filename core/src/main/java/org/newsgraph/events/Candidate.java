package org.newsgraph.events;

import org.newsgraph.model.Actor;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Span;

/**
 * A phrase of a sentence that can be an event's actor or recipient: tokens {@code [first, end)},
 * the entity behind it, its actor code, the span of the words, and the country it belongs to (the
 * entity's, or the one the sentence gives a person the entity stage could not place; for a body
 * without a country, its code). For a group named by a sector noun ("Israeli soldiers") the entity
 * is the country and the code adds the sector.
 */
record Candidate(int first, int end, Entity entity, String code, Span span, String country) {
    Actor actor() {
        return new Actor(entity.id(), entity.name(), code, span);
    }

    /** The country itself, not a person, body or group of it. */
    boolean bareCountry() {
        return code.equals(country);
    }

    /** A group named by a sector noun with its country ("Israeli soldiers"): its code is not its entity's. */
    boolean group() {
        return entity.type() == EntityType.COUNTRY && !code.equals(entity.code());
    }

    /**
     * Whether two candidates are one side and so cannot act on each other: the same entity or code,
     * or a country and a named person or body of that country (the country acting on its own
     * president is a coding error). A group of a country and the country itself may act on each
     * other: a government imposes a curfew on its own towns, rebels fight their state.
     */
    boolean sameSide(Candidate o) {
        if (code.equals(o.code)) {
            return true;
        }
        if (bareCountry() && !o.group() && country.equals(o.country)) {
            return true;
        }
        return o.bareCountry() && !group() && o.country.equals(country);
    }
}
