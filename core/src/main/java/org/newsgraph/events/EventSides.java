package org.newsgraph.events;

import java.util.List;
import org.newsgraph.model.Actor;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;

/**
 * The two sides of an anchored event, by the kind of anchor: a reported clause ("Russia said
 * Sudan must ..."), a passive verb ("was attacked by"), an active verb, or an event noun ("Italy
 * announced a suspension of air links with Serbia"). Cooperation between the parties of a
 * compound ("the United States and Jordan agreed") has them act on each other; a hostile act may
 * target the actor's own territory ("a curfew in Algiers"); a protest's target may stand anywhere
 * after it.
 */
final class EventSides {
    private EventSides() {}

    /** What kind of act the anchor's code is, which decides where a missing recipient may be looked for. */
    private record Kind(boolean cooperative, boolean hostile, boolean protest) {
        static Kind of(CameoCode cameo) {
            // A threat can be against the actor's own territory as a coercion can ("threatened a curfew in Algiers").
            return new Kind(cameo.quadClass() <= 2, cameo.quadClass() == 4 || cameo.code().startsWith("13"),
                    cameo.code().startsWith("14"));
        }
    }

    /** Actor and recipient of an anchor, or null when the sentence does not give both. */
    static Candidate[] find(AnnotatedText text, Sentence s, List<Candidate> candidates, AnchorFinder.Anchor a,
            CameoCode cameo, boolean victory, Candidate knownActor) {
        Kind kind = Kind.of(cameo);
        EventPattern p = a.pattern();
        Candidate[] sides;
        if (p.roles() == EventPattern.Roles.SPEAKER_CLAUSE) {
            Candidate recipient = EventRoles.nearestBefore(text, candidates, a.anchor());
            sides = new Candidate[] {recipient == null ? null : EventRoles.speaker(text, candidates, recipient), recipient};
        } else if (p.verb() && Clauses.passive(text, s, a.anchor())) {
            sides = new Candidate[] {EventRoles.byPhrase(text, candidates, a.end(), s.endToken()),
                EventRoles.passiveSubject(text, s, candidates, a.anchor())};
        } else if (p.verb()) {
            sides = activeVerb(text, s, candidates, a, kind, knownActor);
        } else {
            sides = noun(text, s, candidates, a, kind, victory);
        }
        Candidate actor = sides[0];
        Candidate recipient = sides[1];
        if (actor == null || recipient == null || actor.sameSide(recipient) && !ownTerritory(text, actor, recipient, kind)) {
            return null;
        }
        // A compound side is led by its first-named actor; the parties of a joint act are the two sides in text order.
        List<Candidate> compound = EventRoles.compound(text, candidates, actor);
        if (compound.contains(recipient)) {
            return actor.first() < recipient.first() ? new Candidate[] {actor, recipient} : new Candidate[] {recipient, actor};
        }
        return new Candidate[] {compound.get(0), recipient};
    }

    /** The subject acts on the first candidate after the verb in its clause, else on a partner or its own territory. */
    private static Candidate[] activeVerb(AnnotatedText text, Sentence s, List<Candidate> candidates, AnchorFinder.Anchor a,
            Kind kind, Candidate knownActor) {
        Candidate actor = knownActor != null ? knownActor : EventRoles.subject(text, s, candidates, a.anchor());
        if (actor == null) {
            return new Candidate[] {null, null};
        }
        // A protest's target may follow in its circumstance ("rioted following a demonstration calling for X's removal").
        List<Candidate> inClause = kind.protest() ? candidates : Clauses.beforeClauseEnd(text, s, candidates, a.end());
        Candidate recipient = EventRoles.firstAfter(inClause, a.end(), actor);
        if (recipient == null && kind.hostile()) {
            recipient = EventRoles.ownTerritory(text, candidates, a.end(), actor);
        }
        Candidate partner = EventRoles.coordinated(text, candidates, actor);
        if (partner != null && (recipient == null || kind.cooperative())) {
            recipient = partner;
        }
        if (recipient == null && kind.cooperative()) {
            recipient = anyOther(candidates, actor);
        }
        return new Candidate[] {actor, recipient};
    }

    /** The noun's possessor, or the subject of the verb that carries it, acts on the phrase its preposition introduces. */
    private static Candidate[] noun(AnnotatedText text, Sentence s, List<Candidate> candidates, AnchorFinder.Anchor a, Kind kind,
            boolean victory) {
        // "the victory of Azerbaijan", "the visit of the delegation" name the doer; "the invasion of Lebanon" the target.
        boolean ofIsDoer = kind.cooperative() || victory;
        Candidate actor = EventRoles.possessor(text, candidates, a.anchor(), a.end(), ofIsDoer);
        // Without a possessor, the doer is the subject of the verb that carries the noun ("Italy
        // announced a suspension", "Peru issued an ultimatum"); a noun in any other place ("killed
        // in a bombing") names no doer.
        int carrier = Clauses.carryingVerb(text, s, a.anchor());
        if (actor == null && carrier >= 0) {
            actor = EventRoles.subject(text, s, candidates, carrier);
        }
        if (actor == null) {
            return new Candidate[] {null, null};
        }
        Candidate recipient = EventRoles.afterPreposition(text, candidates, a.anchor() + 1, s.endToken(), actor, !ofIsDoer);
        // A protest names its target anywhere after it ("staged demonstrations to demand reforms by X's government").
        if (recipient == null && kind.protest()) {
            recipient = EventRoles.firstAfter(candidates, a.end(), actor);
        }
        if (recipient == null && kind.hostile()) {
            recipient = EventRoles.ownTerritory(text, candidates, a.end(), actor);
        }
        if (recipient == null && kind.cooperative()) {
            recipient = anyOther(candidates, actor);
        }
        // "Israel and Lebanon renewed negotiations on ...": the parties of a joint act act on each other.
        Candidate partner = kind.cooperative() ? EventRoles.coordinated(text, candidates, actor) : null;
        return new Candidate[] {actor, partner != null ? partner : recipient};
    }

    /**
     * Every actor of {@code side}'s compound ("Iran, Libya, North Korea and Sudan"), or null when it
     * is one actor; a compound whose parties act on each other ("Israel and Lebanon renewed
     * talks") is already both sides and is not listed again.
     */
    static List<Actor> compound(AnnotatedText text, List<Candidate> candidates, Candidate side, Candidate other) {
        List<Candidate> parts = EventRoles.compound(text, candidates, side);
        if (parts.size() < 2 || parts.contains(other)) {
            return null;
        }
        return parts.stream().map(Candidate::actor).toList();
    }

    private static boolean ownTerritory(AnnotatedText text, Candidate actor, Candidate recipient, Kind kind) {
        return kind.hostile() && EventRoles.ownTerritory(text, List.of(recipient), recipient.first(), actor) == recipient;
    }

    private static Candidate anyOther(List<Candidate> candidates, Candidate actor) {
        for (Candidate c : candidates) {
            if (c != actor && !actor.sameSide(c)) {
                return c;
            }
        }
        return null;
    }
}
