package org.newsgraph.eval.events;

import java.time.LocalDate;
import java.util.List;

/**
 * A gold text and every event the gold codes in it; an empty list says the text reports no event
 * a coder should find.
 *
 * @param id     the gold record's id (the first one where several records share a text)
 * @param date   the story date the gold gives, or null
 */
public record GoldSentence(String id, String text, LocalDate date, List<GoldEvent> events) {
    public GoldSentence {
        events = List.copyOf(events);
    }
}
