package org.newsgraph.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Who acts and who is acted on, found from word order around the anchor (there is no parse):
 * the subject is the nearest candidate before the verb group that is not a preposition's object,
 * looking past an appositive ("Pakistan, a key U.S. ally, has refused"); the object is the first
 * candidate after the anchor. Candidates in a trailing attribution ("..., a UN official said") or
 * an "according to" phrase take no part: they report the event.
 */
final class EventRoles {
    /** Words before "of" that make the phrase after it the head: "thousands of Nigerians", "members of X". */
    private static final Set<String> QUANTITIES = Set.of("thousands", "hundreds", "dozens", "millions", "scores", "group",
            "members", "member", "number", "some", "many", "most", "one", "third", "half", "part", "all", "each", "both", "none");
    /** How far after a noun anchor its recipient's preposition may stand ("sanctions against Syria"). */
    private static final int NOUN_PHRASE_WORDS = 6;
    /** Words tagged IN that open a clause, not a prepositional phrase: its subject can act. */
    private static final Set<String> COMPLEMENTIZERS = Set.of("that", "whether", "if", "because", "while", "although",
            "though", "unless", "whereas", "as");
    /** Prepositions that name a place: "a curfew in Algiers". */
    private static final Set<String> LOCATIVES = Set.of("in", "into", "across", "throughout", "around", "near");
    /** Prepositions that introduce the target of an event noun: "sanctions against Syria", "talks with Iran". */
    private static final Set<String> OBJECT_PREPOSITIONS = Set.of("over", "against", "on", "with", "to", "into", "upon",
            "between", "from", "for", "in", "at");

    private EventRoles() {}

    /**
     * The subject of a verb whose group starts at {@code verbStart}: nearest usable candidate before
     * it. A possessive ("their visit will strengthen ...") qualifies the subject and is not one.
     */
    static Candidate subject(AnnotatedText text, Sentence s, List<Candidate> all, int verbStart) {
        List<Candidate> candidates = all.stream()
                .filter(c -> !(c.end() - c.first() == 1 && text.token(c.first()).pos().equals("PRP$"))).toList();
        int k = verbStart - 1;
        while (k >= s.firstToken() && (text.token(k).isVerb() || text.token(k).pos().startsWith("RB")
                || text.token(k).pos().equals("TO"))) {
            k--;
        }
        // "Pakistan, a key U.S. ally in the war against terrorism, has refused": look before the appositive.
        if (k > s.firstToken() && text.token(k).text().equals(",")) {
            int open = k - 1;
            while (open > s.firstToken() && !text.token(open).text().equals(",")) {
                open--;
            }
            if (open > s.firstToken() && text.token(open).text().equals(",")) {
                Candidate before = nearestBefore(text, candidates, open);
                if (before != null) {
                    return before;
                }
            }
        }
        // "Shevardnadze resigned as the opposition threatened ...": a subject never stands before the conjunction that opens its clause.
        int opener = Clauses.openerBefore(text, s, verbStart);
        if (opener >= 0) {
            return nearestBefore(text, candidates.stream().filter(c -> c.first() > opener).toList(), verbStart);
        }
        return nearestBefore(text, candidates, verbStart);
    }

    /**
     * The subject of a passive: as {@link #subject}, else the nearest candidate in the subject's
     * phrase even after a preposition ("a camp for Congolese refugees was attacked").
     */
    static Candidate passiveSubject(AnnotatedText text, Sentence s, List<Candidate> candidates, int verbStart) {
        Candidate c = subject(text, s, candidates, verbStart);
        if (c != null) {
            return c;
        }
        Candidate best = null;
        for (Candidate x : candidates) {
            if (x.end() <= verbStart) {
                best = x;
            }
        }
        return best;
    }

    /** The nearest candidate ending at or before {@code limit} that is not a preposition's object. */
    static Candidate nearestBefore(AnnotatedText text, List<Candidate> candidates, int limit) {
        Candidate best = null;
        for (Candidate c : candidates) {
            if (c.end() <= limit && !prepositionObject(text, c.first())) {
                best = c;
            }
        }
        return best;
    }

    /** Who speaks a reported clause whose subject is {@code clauseSubject}: the sentence's first usable candidate before it. */
    static Candidate speaker(AnnotatedText text, List<Candidate> candidates, Candidate clauseSubject) {
        for (Candidate c : candidates) {
            if (c.end() > clauseSubject.first()) {
                return null;
            }
            if (!prepositionObject(text, c.first()) && !c.sameSide(clauseSubject)) {
                return c;
            }
        }
        return null;
    }

    /** The first candidate starting at or after {@code from} that can stand against {@code actor}. */
    static Candidate firstAfter(List<Candidate> candidates, int from, Candidate actor) {
        for (Candidate c : candidates) {
            if (c.first() >= from && (actor == null || !actor.sameSide(c))) {
                return c;
            }
        }
        return null;
    }

    /**
     * The first candidate after {@code from} that is the actor's own country named as a place
     * ("a state of siege in Haiti", "a curfew in Algiers"): a government's coercion of its own
     * territory, which {@link Candidate#sameSide} would otherwise rule out.
     */
    static Candidate ownTerritory(AnnotatedText text, List<Candidate> candidates, int from, Candidate actor) {
        for (Candidate c : candidates) {
            if (c.first() >= from && c != actor && c.country().equals(actor.country()) && c.entity().country() != null
                    && c.first() > 0 && LOCATIVES.contains(locativeBefore(text, c.first()))) {
                return c;
            }
        }
        return null;
    }

    private static String locativeBefore(AnnotatedText text, int first) {
        int k = first - 1;
        if (text.token(k).pos().equals("DT") && k > 0) {
            k--;
        }
        return text.token(k).text().toLowerCase(Locale.ROOT);
    }

    /** In a passive, the actor is the object of "by" after the verb. */
    static Candidate byPhrase(AnnotatedText text, List<Candidate> candidates, int from, int end) {
        for (int i = from; i < end; i++) {
            if (text.token(i).text().equalsIgnoreCase("by")) {
                Candidate c = firstAfter(candidates, i + 1, null);
                return c != null && c.first() <= i + 4 ? c : null;
            }
        }
        return null;
    }

    /**
     * "Azerbaijan's victory", "the Russian attack", "the victory of Azerbaijan": who the noun's act
     * belongs to. An "of" phrase names the doer only where {@code ofIsDoer}: after a hostile act it
     * names the target ("the invasion of Lebanon").
     */
    static Candidate possessor(AnnotatedText text, List<Candidate> candidates, int anchor, int end, boolean ofIsDoer) {
        for (Candidate c : candidates) {
            boolean before = c.end() == anchor || (c.end() == anchor - 1 && text.token(anchor - 1).pos().equals("POS"))
                    || (c.end() + 1 == anchor && text.token(c.end()).pos().startsWith("JJ"));
            boolean ofAfter = ofIsDoer && c.first() >= 2 && c.first() - 2 <= end && text.token(c.first() - 1).text().equals("of")
                    && c.first() - 1 >= anchor + 1 && c.first() - 1 <= end + 1;
            if (before || ofAfter) {
                return c;
            }
        }
        return null;
    }

    /** The candidate that a preposition after a noun anchor introduces: "talks with Iran", "sanctions against Syria". */
    static Candidate afterPreposition(AnnotatedText text, List<Candidate> candidates, int from, int end, Candidate actor,
            boolean ofIsTarget) {
        for (int i = from; i < end && i < from + NOUN_PHRASE_WORDS; i++) {
            Token t = text.token(i);
            String w = t.text().toLowerCase(Locale.ROOT);
            if (t.isVerb() || w.equals(",") || w.equals(";")) {
                return null; // the noun's phrase has ended
            }
            boolean coordinated = w.equals("and") && actor != null && actor.end() == i;
            if (OBJECT_PREPOSITIONS.contains(w) || coordinated || ofIsTarget && w.equals("of")) {
                Candidate c = firstAfter(candidates, i + 1, actor);
                if (c != null && c.first() <= i + 3) {
                    return c;
                }
            }
        }
        return null;
    }

    /** The partner of a compound side, "the United States and Jordan", "Hungarian and Romanian officials". */
    static Candidate coordinated(AnnotatedText text, List<Candidate> candidates, Candidate actor) {
        for (Candidate c : candidates) {
            if (c == actor || actor.sameSide(c)) {
                continue;
            }
            int gapFrom = Math.min(c.end(), actor.end());
            int gapTo = Math.max(c.first(), actor.first());
            if (gapTo - gapFrom >= 1 && gapTo - gapFrom <= 2 && joined(text, gapFrom, gapTo)) {
                return c;
            }
        }
        return null;
    }

    /** The candidates joined to {@code c} by commas, "and" or "or", with {@code c}, in text order. */
    static List<Candidate> compound(AnnotatedText text, List<Candidate> candidates, Candidate c) {
        int at = candidates.indexOf(c);
        if (at < 0) {
            return List.of(c);
        }
        int first = at;
        while (first > 0 && listed(text, candidates.get(first - 1), candidates.get(first))) {
            first--;
        }
        int last = at;
        while (last + 1 < candidates.size() && listed(text, candidates.get(last), candidates.get(last + 1))) {
            last++;
        }
        List<Candidate> out = new ArrayList<>();
        for (Candidate x : candidates.subList(first, last + 1)) {
            if (out.stream().noneMatch(o -> o.code().equals(x.code()))) {
                out.add(x);
            }
        }
        return out;
    }

    private static boolean listed(AnnotatedText text, Candidate a, Candidate b) {
        if (b.first() - a.end() < 1 || b.first() - a.end() > 3) {
            return false;
        }
        for (int i = a.end(); i < b.first(); i++) {
            String w = text.token(i).text().toLowerCase(Locale.ROOT);
            if (!w.equals(",") && !w.equals("and") && !w.equals("or") && !w.equals("the")) {
                return false;
            }
        }
        return true;
    }

    private static boolean joined(AnnotatedText text, int from, int to) {
        boolean and = false;
        for (int i = from; i < to; i++) {
            String w = text.token(i).text().toLowerCase(Locale.ROOT);
            if (w.equals("and") || w.equals(",")) {
                and |= w.equals("and");
            } else if (!w.equals("the")) {
                return false;
            }
        }
        return and;
    }

    /** Whether a phrase starting at {@code first} is a preposition's object ("in Iraq", "with the U.S."). */
    static boolean prepositionObject(AnnotatedText text, int first) {
        if (first == 0) {
            return false;
        }
        int k = first - 1;
        String pos = text.token(k).pos();
        if (pos.equals("DT") && k > 0) {
            k--;
            pos = text.token(k).pos();
        }
        if (COMPLEMENTIZERS.contains(text.token(k).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        // "thousands of Nigerians", "the government of President Avril": the "of" phrase is the head's.
        if (text.token(k).text().equalsIgnoreCase("of") && k > 0) {
            Token before = text.token(k - 1);
            if (before.pos().equals("CD") || QUANTITIES.contains(before.text().toLowerCase(Locale.ROOT))
                    || before.isNoun() && SectorNouns.of(before.lemma()) != null) {
                return false;
            }
        }
        return pos.equals("IN") || pos.equals("TO");
    }
}
