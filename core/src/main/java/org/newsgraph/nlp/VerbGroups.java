package org.newsgraph.nlp;

import java.util.Locale;
import java.util.Set;

/**
 * The words in front of a verb that belong to it: auxiliaries, adverbs, "to" and negations ("did
 * not attack", "has not officially recognized", "cannot say"). Shared by the event coder, for
 * which an act denied is not an act, and the quote finder, for which a verb of saying denied
 * ("Comey cannot say that ...") introduces no one's words.
 */
public final class VerbGroups {
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no");
    /** How far back a verb group reaches from its verb, in tokens. */
    public static final int LOOK_BACK = 5;

    private VerbGroups() {}

    /** Whether a negation stands in the verb group before the verb at {@code verb}. */
    public static boolean negated(AnnotatedText text, Sentence s, int verb) {
        for (int k = verb - 1; k >= s.firstToken() && k >= verb - LOOK_BACK; k--) {
            Token t = text.token(k);
            if (NEGATIONS.contains(t.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (!isPart(t)) {
                return false;
            }
        }
        return false;
    }

    /** Whether the word can stand in a verb group before its verb. */
    public static boolean isPart(Token t) {
        String pos = t.pos();
        return t.isVerb() || pos.startsWith("RB") || pos.equals("TO") || NEGATIONS.contains(t.text().toLowerCase(Locale.ROOT));
    }
}
