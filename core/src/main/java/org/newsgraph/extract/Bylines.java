package org.newsgraph.extract;

import java.util.regex.Pattern;

/**
 * Bylines as pages write them: "By Jane Doe", "Von Max Keller", "Par Anne Dubois". One place for
 * the prefix, so the plain-text and HTML paths report the same name for the same byline.
 */
final class Bylines {
    /** Only the prefix ignores case: the name after it is recognised by its capitals. */
    private static final String PREFIX = "(?iu:by|von|par|por)\\s*:?\\s+";
    private static final Pattern LEADING_PREFIX = Pattern.compile("^" + PREFIX);
    /** A capitalised word, initials included ("J.", "O'Neil", "Jean-Luc"); possessive, so no backtracking. */
    private static final String NAME_WORD = "\\p{Lu}[\\p{L}\\p{M}'’.-]*+";
    /** Lower-case words that may stand inside names or join them: "Ludwig van Beethoven", "Ann and Bo". */
    private static final String JOINER = "(?:and|und|et|y|e|&|van|von|der|den|de|del|della|da|di|du|dos|la|le|bin|ibn|al|el)";
    private static final Pattern BYLINE_LINE = Pattern.compile(
            "^" + PREFIX + NAME_WORD + "(?:[\\s,|/\\u2013\\u2014-]++(?:" + NAME_WORD + "|" + JOINER + "\\b))*+$");

    private Bylines() {}

    /**
     * Whether a whole line is a byline: the prefix, then names only. A sentence that starts with
     * "By" ("By noon, police had closed the bridge.") has lower-case words or ends in punctuation.
     */
    static boolean isBylineLine(String line) {
        String s = line.strip();
        return !s.isEmpty() && !endsInSentencePunctuation(s) && BYLINE_LINE.matcher(s).matches();
    }

    /** The name without its "By "/"Von " prefix; a string without the prefix is returned as is. */
    static String withoutPrefix(String byline) {
        return byline == null ? null : LEADING_PREFIX.matcher(byline.strip()).replaceFirst("");
    }

    private static boolean endsInSentencePunctuation(String s) {
        char c = s.charAt(s.length() - 1);
        return c == '.' && !endsInInitial(s) || c == '!' || c == '?' || c == ',' || c == ':' || c == ';';
    }

    /** "By Jane Q." ends in an initial, not a full stop. */
    private static boolean endsInInitial(String s) {
        int n = s.length();
        return n >= 3 && Character.isUpperCase(s.charAt(n - 2)) && !Character.isLetter(s.charAt(n - 3));
    }
}
