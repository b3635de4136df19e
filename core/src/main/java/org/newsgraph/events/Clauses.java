package org.newsgraph.events;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Where a sentence's clauses begin and end, read from its words (there is no parse): the trailing
 * attribution that reports the event (", a UN official said on Monday"), the conjunction that
 * opens a subordinate clause, the word after which a verb's object can no longer stand, the verb
 * that carries an event noun, and whether a participle is passive.
 */
final class Clauses {
    /** How far after its comma an attribution's reporting verb may stand (", a member of the team ... has said"). */
    private static final int ATTRIBUTION_WORDS = 16;
    /** How many words may follow an attribution's reporting verb ("said here on Monday, quoted by AFP."). */
    private static final int ATTRIBUTION_TAIL = 8;
    /** Verbs that report speech: a trailing attribution's verb (", a UN official said"). */
    private static final Set<String> REPORTING = Set.of("say", "report", "tell", "announce", "add", "quote", "state", "claim",
            "write", "believe");
    /** Participles that after "be" describe a stance, not a passive: "Israel is opposed to French mediation". */
    private static final Set<String> ADJECTIVAL_PARTICIPLES = Set.of("oppose", "commit", "dedicate", "devote");
    private static final Set<String> CLAUSE_OPENERS = Set.of("as", "while", "after", "before", "because", "when", "since",
            "although", "though", "whereas", "unless", "if");
    /** Words that end a verb's clause: what follows them is its circumstance, not its object. */
    private static final Set<String> SUBORDINATORS = Set.of("after", "before", "because", "while", "since", "although",
            "though", "following", "despite", "amid", "when", "whereas");
    /** Verbs that carry an event noun as their object: "launched an offensive", "imposed sanctions", "issued an ultimatum". */
    private static final Set<String> CARRYING_VERBS = Set.of("launch", "carry", "stage", "mount", "impose", "announce",
            "begin", "start", "conduct", "hold", "issue", "lodge", "open", "undertake", "renew", "continue", "resume", "order",
            "declare", "make", "have", "end", "halt", "reach", "sign", "give", "call", "complete", "organize", "organise",
            "speed", "engage",
            "step", "lead", "wage", "pursue", "threaten", "plan", "propose", "offer", "seek");
    private static final Set<String> GOING_VERBS = Set.of("return", "arrive", "travel", "come", "head", "gather", "fly", "go",
            "engage", "meet", "sit", "join");

    private Clauses() {}

    /**
     * The first token of the sentence's trailing attribution (", a UN official said on Monday."),
     * or the sentence end. After the reporting verb only a few words without a verb may remain, so
     * that ", Iraq said it would allow ..." is not taken for one.
     */
    static int attributionStart(AnnotatedText text, Sentence s) {
        for (int i = s.endToken() - 1; i > s.firstToken(); i--) {
            Token t = text.token(i);
            if (t.text().equals(",") || t.text().equals("``") || t.text().equals("''")) {
                for (int j = i + 1; j < s.endToken() && j <= i + ATTRIBUTION_WORDS; j++) {
                    Token w = text.token(j);
                    if (w.text().equals(",") || w.text().equals(";")) {
                        break;
                    }
                    if (w.lemma().equalsIgnoreCase("according")
                            || w.isVerb() && REPORTING.contains(w.lemma().toLowerCase(Locale.ROOT)) && nothingAfter(text, s, j + 1)) {
                        return i;
                    }
                }
            }
        }
        return s.endToken();
    }

    /** Whether only a few words and no verb follow: the tail of an attribution ("said on Monday", "said Saeb Erakat"). */
    private static boolean nothingAfter(AnnotatedText text, Sentence s, int from) {
        if (s.endToken() - from > ATTRIBUTION_TAIL) {
            return false;
        }
        for (int k = from; k < s.endToken(); k++) {
            if (text.token(k).isVerb()) {
                return false;
            }
        }
        return true;
    }

    /** The conjunction that opens the clause of a verb starting at {@code verbStart} ("... as the opposition threatened"), or -1. */
    static int openerBefore(AnnotatedText text, Sentence s, int verbStart) {
        for (int b = verbStart - 1; b > s.firstToken(); b--) {
            if (CLAUSE_OPENERS.contains(text.token(b).text().toLowerCase(Locale.ROOT)) && opensClause(text, s, b)) {
                return b;
            }
        }
        return -1;
    }

    /** Whether the conjunction at {@code b} opens a clause ("as the opposition threatened"), not a phrase ("as illegal aliens"). */
    private static boolean opensClause(AnnotatedText text, Sentence s, int b) {
        if (b + 1 >= s.endToken()) {
            return false;
        }
        String next = text.token(b + 1).pos();
        if (!next.equals("DT") && !next.equals("PRP") && !next.startsWith("NNP")) {
            return false;
        }
        for (int k = b + 2; k < s.endToken() && k <= b + 5; k++) {
            Token t = text.token(k);
            if (t.isVerb()) {
                return true;
            }
            if (t.text().equals(",")) {
                return false;
            }
        }
        return false;
    }

    /** The candidates before the end of the clause that starts at {@code from} ("... following the deaths of two Israelis"). */
    static List<Candidate> beforeClauseEnd(AnnotatedText text, Sentence s, List<Candidate> candidates, int from) {
        int end = s.endToken();
        for (int i = from; i < s.endToken(); i++) {
            if (SUBORDINATORS.contains(text.token(i).text().toLowerCase(Locale.ROOT))) {
                end = i;
                break;
            }
        }
        int limit = end;
        return candidates.stream().filter(c -> c.first() < limit).toList();
    }

    /**
     * The verb whose object phrase holds the noun at {@code anchor}, or -1: "launched a new
     * military offensive", "speeded up the withdrawal"; across a preposition only a verb of
     * going or taking part: "return to Geneva this week for talks", "engaged in ethnic cleansing".
     */
    static int carryingVerb(AnnotatedText text, Sentence s, int anchor) {
        boolean crossedPreposition = false;
        for (int k = anchor - 1; k >= s.firstToken() && k >= anchor - 6; k--) {
            Token t = text.token(k);
            String lemma = t.lemma().toLowerCase(Locale.ROOT);
            if (t.isVerb()) {
                boolean carries = crossedPreposition ? GOING_VERBS.contains(lemma) : CARRYING_VERBS.contains(lemma);
                return carries ? k : -1;
            }
            String pos = t.pos();
            if (pos.equals("IN") || pos.equals("TO")) {
                crossedPreposition = true;
                continue;
            }
            boolean nounPhrase = pos.equals("RP") || pos.equals("DT") || pos.startsWith("JJ") || pos.startsWith("NN")
                    || pos.equals("CD") || pos.equals("PRP$") || pos.equals("POS") || pos.equals("HYPH") || pos.startsWith("RB");
            if (!nounPhrase) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Whether the anchor is a passive participle ("was attacked", "has been indicted", "a lunch
     * hosted by the ambassador"), not "is opposed to".
     */
    static boolean passive(AnnotatedText text, Sentence s, int anchor) {
        if (!text.token(anchor).pos().equals("VBN")) {
            return false;
        }
        if (anchor > s.firstToken() && text.token(anchor - 1).isNoun() && anchor + 1 < s.endToken()
                && text.token(anchor + 1).text().equals("by")) {
            return true;
        }
        if (anchor + 1 < s.endToken() && text.token(anchor + 1).text().equals("to")
                && ADJECTIVAL_PARTICIPLES.contains(text.token(anchor).lemma().toLowerCase(Locale.ROOT))) {
            return false;
        }
        for (int k = anchor - 1; k >= s.firstToken() && k >= anchor - 3; k--) {
            Token t = text.token(k);
            if (t.lemma().equals("be") || t.lemma().equals("get")) {
                return true;
            }
            if (!t.pos().startsWith("RB")) {
                return false;
            }
        }
        return false;
    }
}
