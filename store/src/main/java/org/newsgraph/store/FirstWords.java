package org.newsgraph.store;

import java.util.Arrays;

/** The opening words of a body, as a list view shows an article that has no title. */
final class FirstWords {
    static final int WORDS = 20;
    /** A page of unbroken text (a minified script, a long URL) must not make the list line huge. */
    static final int MAX_CHARS = 200;

    private FirstWords() {}

    static String of(String body) {
        String[] words = body.strip().split("\\s+", WORDS + 1);
        if (words.length == 1 && words[0].isEmpty()) {
            return "";
        }
        boolean more = words.length > WORDS;
        String joined = String.join(" ", more ? Arrays.copyOf(words, WORDS) : words);
        if (joined.length() > MAX_CHARS) {
            int cut = MAX_CHARS;
            // Never cut a surrogate pair in half: the half would become '?' in the database.
            if (Character.isHighSurrogate(joined.charAt(cut - 1))) {
                cut--;
            }
            return joined.substring(0, cut) + "…";
        }
        return more ? joined + " …" : joined;
    }
}
