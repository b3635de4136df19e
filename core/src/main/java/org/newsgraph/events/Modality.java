package org.newsgraph.events;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.nlp.VerbGroups;

/**
 * Whether the text says an act happened, will happen, or happens only on a condition, read from
 * the words before the anchor, and what that makes of its CAMEO code. CAMEO and PLOVER code a
 * stated future act as its own event: a cooperative act promised is an intent to cooperate
 * ({@code 03x}, AGREE: "Finland will give Tanzania a grant"), a hostile one is a threat ({@code 13x},
 * THREATEN: "the farmers would blockade Paris"), and refusing a cooperative act is a rejection
 * ({@code 12}: "the U.S. would not meet the demands").
 */
final class Modality {
    private static final Set<String> FUTURE_MODALS = Set.of("will", "would", "may", "might", "shall", "'ll", "could");
    /** "plans to", "is ready to", "is willing to": words that put the act after them in the future. */
    private static final Set<String> INTENT_WORDS = Set.of("plan", "ready", "willing", "prepared", "intend", "want", "seek",
            "expect", "going", "aim", "hope", "set", "prepare");
    private static final Set<String> CONDITIONS = Set.of("if", "unless", "whether");
    /** Words that make what follows them an obligation, not an act: "Sudan must return the helicopter". */
    private static final Set<String> OBLIGATIONS = Set.of("must", "should", "ought");
    /** Intent to act, by the CAMEO root of the act: meet -> 036, support -> 032, cooperate -> 031, aid -> 033, yield -> 035. */
    private static final Map<String, String> INTENT = Map.of("04", "036", "05", "032", "06", "031", "07", "033", "08", "035");
    /** Threat to act: protest -> 133, reduce relations -> 131, coerce -> 132, assault or fight -> 138. */
    private static final Map<String, String> THREAT = Map.of("14", "133", "16", "131", "17", "132", "18", "138", "19", "138",
            "20", "138");

    private Modality() {}

    /** Whether the act lies ahead: a future modal in its verb group, or "plans to", "is ready to" before it. */
    static boolean future(AnnotatedText text, Sentence s, int anchor) {
        for (int k = anchor - 1; k >= s.firstToken() && k >= anchor - VerbGroups.LOOK_BACK; k--) {
            Token t = text.token(k);
            String w = t.text().toLowerCase(Locale.ROOT);
            if (FUTURE_MODALS.contains(w)) {
                return true;
            }
            if (t.pos().equals("TO") && k > s.firstToken() && INTENT_WORDS.contains(text.token(k - 1).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (!VerbGroups.isPart(t)) {
                return false;
            }
        }
        return false;
    }

    /** Whether the act is demanded of someone rather than done: "must reach an agreement", "should cooperate". */
    static boolean obliged(AnnotatedText text, Sentence s, int anchor) {
        for (int k = anchor - 1; k >= s.firstToken() && k >= anchor - VerbGroups.LOOK_BACK; k--) {
            Token t = text.token(k);
            if (OBLIGATIONS.contains(t.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (!VerbGroups.isPart(t) && !t.pos().startsWith("JJ")) {
                return false;
            }
        }
        return false;
    }

    /** Whether a condition follows the act: "will withdraw its force unless ...", which makes a promise a threat. */
    static boolean conditionFollows(AnnotatedText text, Sentence s, int anchor) {
        for (int k = anchor + 1; k < s.endToken(); k++) {
            if (text.token(k).text().equalsIgnoreCase("unless")) {
                return true;
            }
        }
        return false;
    }

    /** Whether the anchor stands in an "if" or "unless" clause, which reports no act. */
    static boolean conditional(AnnotatedText text, Sentence s, int anchor) {
        for (int k = anchor - 1; k >= s.firstToken(); k--) {
            String w = text.token(k).text().toLowerCase(Locale.ROOT);
            if (CONDITIONS.contains(w)) {
                return true;
            }
            if (w.equals(",") || w.equals(";") || w.equals("that")) {
                return false;
            }
        }
        return false;
    }

    /**
     * The code for an act stated in the future: an intent for a cooperative act, a threat for a
     * hostile one or for any act promised on a condition ({@code conditional}: "unless ..."), a
     * rejection for a cooperative act refused ({@code negated}); or null when the code stands as
     * it is (verbal acts, and acts that are already intents or threats).
     */
    static String futureCode(String cameo, boolean negated, boolean conditional) {
        String root = cameo.substring(0, 2);
        if (negated) {
            return INTENT.containsKey(root) || root.equals("03") ? "12" : null;
        }
        if (conditional && !root.equals("13")) {
            return THREAT.getOrDefault(root, "130"); // a promise with "unless" is a threat
        }
        return INTENT.containsKey(root) ? INTENT.get(root) : THREAT.get(root);
    }
}
