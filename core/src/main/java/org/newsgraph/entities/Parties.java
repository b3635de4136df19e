package org.newsgraph.entities;

import java.util.Collection;
import java.util.Locale;
import org.newsgraph.nlp.AnnotatedText;

/**
 * The US party a word or a person's titles name, so that "the Democratic nominee" is not read as
 * the Republican one. Only the two parties news descriptions name most; anything else is unknown.
 */
final class Parties {
    static final String DEMOCRATIC = "D";
    static final String REPUBLICAN = "R";

    private Parties() {}

    /** The party a word names ("Democratic", "GOP"), or null. */
    static String named(String word) {
        return switch (word.toLowerCase(Locale.ROOT)) {
            case "democratic", "democrat", "democrats" -> DEMOCRATIC;
            case "republican", "republicans", "gop" -> REPUBLICAN;
            default -> null;
        };
    }

    /** The first party a run of tokens {@code [from, to)} names ("the GOP nominee"), or null. */
    static String namedIn(AnnotatedText text, int from, int to) {
        for (int i = from; i < to; i++) {
            String p = named(text.token(i).text());
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    /** The party the words of titles or roles name ("Republican presidential candidate"), or null when none or both. */
    static String of(Collection<String> titlesAndRoles) {
        String found = null;
        for (String t : titlesAndRoles) {
            for (String w : t.split("[\\s-]+")) {
                String p = named(w);
                if (p != null && found != null && !found.equals(p)) {
                    return null;
                }
                found = p != null ? p : found;
            }
        }
        return found;
    }
}
