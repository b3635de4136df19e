package org.newsgraph.eval.events;

import java.util.List;
import org.newsgraph.model.Event;

/** Anything that codes the events of a gold text: Newsgraph's pipeline, or a baseline. */
public interface EventSystem {
    String name();

    List<Event> events(GoldSentence sentence);
}
