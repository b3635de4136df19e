package org.newsgraph.entities;

import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;

/**
 * The person of the document a name stands for: the one with exactly that name (a byline's), or
 * the one a surname the tagger did not mark belongs to. One instance per document.
 */
final class PeopleByName {
    private final DocumentEntities entities;

    PeopleByName(DocumentEntities entities) {
        this.entities = entities;
    }

    /** The person entity with exactly this name, or null. */
    String personNamed(String name) {
        for (Entity e : entities.entities()) {
            if (e.type() == EntityType.PERSON && e.name().equalsIgnoreCase(name)) {
                return e.id();
            }
        }
        return null;
    }

    /**
     * A surname the tagger did not mark ("Law said" after "Steven Law"): the person of the document
     * whose full name ends in it (the most mentioned where several do), or the one it misspells by a
     * slip; null when none.
     */
    String personWithSurname(String surname) {
        Entity best = null;
        for (Entity e : entities.entities()) {
            String[] parts = e.name().split(" ");
            if (e.type() == EntityType.PERSON && parts.length > 1 && parts[parts.length - 1].equalsIgnoreCase(surname)
                    && (best == null || e.mentions().size() > best.mentions().size())) {
                best = e;
            }
        }
        if (best == null) {
            // "McLenney said" after "Tyresha McClenney": a misspelt surname, when one person fits
            best = NameTokens.misspelt(entities.entities(), e -> {
                String[] parts = e.name().split(" ");
                return e.type() == EntityType.PERSON && parts.length > 1 ? parts[parts.length - 1] : null;
            }, surname);
        }
        return best == null ? null : best.id();
    }

    /**
     * A given name standing alone that the tagger did not mark ("Tom told her" after "Tom
     * Ebeling"): the one person of the document whose full name opens with it; null when none or
     * several do.
     */
    String personWithGivenName(String given) {
        String found = null;
        for (Entity e : entities.entities()) {
            String[] parts = e.name().split(" ");
            if (e.type() == EntityType.PERSON && parts.length > 1 && parts[0].equalsIgnoreCase(given)) {
                if (found != null) {
                    return null;
                }
                found = e.id();
            }
        }
        return found;
    }
}
