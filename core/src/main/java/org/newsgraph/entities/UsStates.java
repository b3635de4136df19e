package org.newsgraph.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.vocab.TsvFile;

/**
 * The states of the United States ({@code us-states.tsv}) by name, demonym and abbreviation, for
 * descriptions that name a politician by a state ("the Vermont senator", "the Texan") and the party
 * tags after a name that give one ("Sen. Marco Rubio, R-Fla.,").
 */
public final class UsStates {
    /** A state named at a token, and how many tokens its name takes ("New Hampshire" two). */
    record Named(String state, int length) {}

    private static final UsStates BUILT_IN = new UsStates(TsvFile.resource("us-states.tsv", 3));
    /** Longest name in tokens: "District of Columbia". */
    private static final int MAX_WORDS = 3;

    /** Names and demonyms, as words separated by single spaces. */
    private final Map<String, String> byWords = new HashMap<>();
    private final Map<String, String> byAbbreviation = new HashMap<>();

    UsStates(List<TsvFile.Row> rows) {
        for (TsvFile.Row r : rows) {
            String state = r.cell(0).strip();
            if (state.isEmpty()) {
                throw r.error("a state's name is needed");
            }
            byWords.put(state, state);
            r.values(2).forEach(d -> byWords.put(d, state));
            r.values(1).forEach(a -> byAbbreviation.put(a, state));
        }
    }

    static UsStates builtIn() {
        return BUILT_IN;
    }

    /** Whether a state goes by this name, as written in people.tsv and us-states.tsv. */
    boolean isState(String name) {
        return byWords.containsKey(name) && byWords.get(name).equals(name);
    }

    /** Whether a word is what a person from a state is called: "Texan", "Vermonter". */
    boolean isDemonym(String word) {
        return byWords.containsKey(word) && !byWords.get(word).equals(word);
    }

    /** The state whose name or demonym opens at this token ("Vermont", "New Hampshire", "Texan"), or null. */
    Named namedAt(AnnotatedText text, int token) {
        StringBuilder words = new StringBuilder();
        Named found = null;
        for (int n = 0; n < MAX_WORDS && token + n < text.tokens().size(); n++) {
            words.append(n == 0 ? "" : " ").append(text.token(token + n).text());
            String state = byWords.get(words.toString());
            if (state != null) {
                found = new Named(state, n + 1);
            }
        }
        return found;
    }

    /** The first state named in tokens {@code [from, to)} ("the Vermont senator"), or null. */
    String namedIn(AnnotatedText text, int from, int to) {
        for (int i = from; i < to; i++) {
            Named s = namedAt(text, i);
            if (s != null && i + s.length() <= to) {
                return s.state();
            }
        }
        return null;
    }

    /** A party tag's letter and state, written as one token or three: "R-S.C.", "R - Fla.". */
    private static final Pattern ONE_TOKEN_TAG = Pattern.compile("[RDI]-[A-Z][A-Za-z.]*");

    /**
     * How many tokens a party tag opening at this token takes ("R-Fla." as R, -, Fla. is three;
     * "R-S.C." one), or 0 when none opens there.
     */
    public static int partyTagAt(AnnotatedText text, int token) {
        int n = text.tokens().size();
        if (token < 0 || token >= n) {
            return 0;
        }
        String word = text.token(token).text();
        if (ONE_TOKEN_TAG.matcher(word).matches() && BUILT_IN.abbreviated(word.substring(2)) != null) {
            return 1;
        }
        boolean split = word.matches("[RDI]") && token + 2 < n && text.token(token + 1).text().equals("-")
                && BUILT_IN.abbreviated(text.token(token + 2).text()) != null; // (not "D-Day", "I-Team")
        return split ? 3 : 0;
    }

    /** Where a party tag ending at this token opens ("Sen. Marco Rubio, R-Fla.,"), or -1. */
    public static int partyTagEndingAt(AnnotatedText text, int last) {
        if (partyTagAt(text, last) == 1) {
            return last;
        }
        return partyTagAt(text, last - 2) == 3 ? last - 2 : -1;
    }

    /** The state a party tag opening at this token gives, or null. */
    String taggedAt(AnnotatedText text, int token) {
        return switch (partyTagAt(text, token)) {
            case 1 -> abbreviated(text.token(token).text().substring(2));
            case 3 -> abbreviated(text.token(token + 2).text());
            default -> null;
        };
    }

    /** The state a demonym of one or two words ending at {@code head} names ("Texan", "West Virginian"), or null. */
    String demonymEndingAt(AnnotatedText text, int head, int floor) {
        Named two = head - 1 > floor ? namedAt(text, head - 1) : null;
        if (two != null && two.length() == 2) {
            return two.state();
        }
        return isDemonym(text.token(head).text()) ? byWords.get(text.token(head).text()) : null;
    }

    /** The state an abbreviation stands for in a party tag ("Fla." of "R-Fla.", "VT"), or null. */
    private String abbreviated(String word) {
        String state = byAbbreviation.get(word);
        return state != null ? state : byWords.get(word); // "R-Ohio", "D-Utah"
    }
}
