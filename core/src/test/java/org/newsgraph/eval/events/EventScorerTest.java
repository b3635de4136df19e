package org.newsgraph.eval.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Actor;
import org.newsgraph.model.Event;
import org.newsgraph.model.Span;

class EventScorerTest {
    private static Event event(String actor, String plover, String recipient, String cameo) {
        return new Event(plover, null, null, cameo, 1, 0, new Actor(null, actor, actor, null),
                new Actor(null, recipient, recipient, null), LocalDate.of(2000, 1, 1), false, false, new Span(0, 1, "x"));
    }

    private static GoldSentence sentence(GoldEvent... events) {
        return new GoldSentence("s", "text", null, List.of(events));
    }

    private static GoldEvent gold(List<String> sources, String plover, List<String> targets) {
        return new GoldEvent(sources, targets, plover, plover, null);
    }

    @Test
    void eventsMatchByCountriesAndTypeAndCodesAreCheckedToTheSector() {
        EventScorer s = new EventScorer();
        s.add(sentence(gold(List.of("USAGOV"), "REQUEST", List.of("CHN"))),
                List.of(event("USAGOV", "REQUEST", "CHN", "10"), event("USA", "ACCUSE", "CHN", "112")));
        s.add(sentence(gold(List.of("JAP"), "AGREE", List.of("IGO"))), List.of(event("JPNGOV", "AGREE", "IGO", "030")));
        assertEquals(new EventScorer.Ratio(2, 3), s.events().precision());
        assertEquals(new EventScorer.Ratio(2, 2), s.events().recall());
        assertEquals(new EventScorer.Ratio(2, 2), s.dyads().precision(), "one dyad per sentence, both right");
        // USAGOV/USAGOV, CHN/CHN right; JPNGOV against JAP (a country alone) wrong, IGO right.
        assertEquals(new EventScorer.Ratio(3, 4), s.actorCodes());
        assertEquals(Map.of("REQUEST", 1), s.confusion().get("REQUEST"));
    }

    @Test
    void aGoldEventWithoutRecipientTakesAnyAndACompoundWithoutOneActsOnItself() {
        EventScorer s = new EventScorer();
        s.add(sentence(gold(List.of("KGZ"), "AGREE", List.of())), List.of(event("KGZGOV", "AGREE", "RUS", "030")));
        s.add(sentence(gold(List.of("USA", "JOR"), "AGREE", List.of())),
                List.of(event("JOR", "AGREE", "USA", "030"), event("USA", "AGREE", "ISR", "030")));
        assertEquals(new EventScorer.Ratio(2, 3), s.events().precision());
        assertEquals(new EventScorer.Ratio(2, 2), s.events().recall());
    }

    @Test
    void cameoRootIsCreditedOnFoundDyadsWhereTheGoldHasACode() {
        EventScorer s = new EventScorer();
        s.add(sentence(new GoldEvent(List.of("ARN"), List.of("GON"), "COOPERATE", "064", "064")),
                List.of(event("ARN", "SUPPORT", "GON", "054")));
        s.add(sentence(new GoldEvent(List.of("ARN"), List.of("GON"), "CONSULT", "042", "042")),
                List.of(event("ARN", "CONSULT", "GON", "042")));
        assertEquals(new EventScorer.Ratio(1, 2), s.cameoRoot());
        assertEquals(new EventScorer.Ratio(1, 2), s.events().recall());
        assertEquals(new EventScorer.Ratio(2, 2), s.dyads().recall());
        assertEquals(Map.of("SUPPORT", 1), s.confusion().get("COOPERATE"));
    }

    @Test
    void codedEventsWhereTheGoldExpectsNoneAreFalsePositivesAndMissedGoldIsNone() {
        EventScorer s = new EventScorer();
        s.add(sentence(), List.of(event("ARN", "ASSAULT", "GON", "190")));
        s.add(sentence(gold(List.of("ERI"), "ASSAULT", List.of("OSG"))), List.of());
        assertEquals(new EventScorer.Ratio(0, 1), s.events().precision());
        assertEquals(new EventScorer.Ratio(0, 1), s.events().recall());
        assertEquals(Map.of("ASSAULT", 1), s.confusion().get(EventScorer.NONE));
        assertEquals(Map.of(EventScorer.NONE, 1), s.confusion().get("ASSAULT"));
    }
}
