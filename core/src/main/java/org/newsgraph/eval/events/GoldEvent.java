package org.newsgraph.eval.events;

import java.util.List;

/**
 * One gold event: the actor codes of each side as the gold writes them (country plus optional
 * sector, {@code USAGOV}, {@code IGO}), its PLOVER 0.8 type, and its CAMEO code where the gold
 * gives one.
 *
 * @param sources  actor codes of the side that acts; several for a compound actor
 * @param targets  actor codes of the recipient side; empty when the gold names no recipient
 * @param plover   PLOVER 0.8 type, or null when the gold's label has no PLOVER equivalent
 * @param label    the event label exactly as the gold file wrote it, for reports
 * @param cameo    the gold CAMEO code, or null (the PLOVER records carry none)
 */
public record GoldEvent(List<String> sources, List<String> targets, String plover, String label, String cameo) {
    public GoldEvent {
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
    }

    /**
     * A compound actor with no separate recipient ("the United States and Jordan have agreed"):
     * PLOVER codes the parties as acting on one another.
     */
    public boolean mutual() {
        return targets.isEmpty() && sources.size() > 1;
    }
}
