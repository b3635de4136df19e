package org.newsgraph.eval.extraction;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * When an extracted title, author or date counts as right. Titles and authors are compared after
 * Unicode compatibility folding, lower-casing and collapsing white space, since gold sets differ
 * from pages in exactly those; nothing else is forgiven (a title with the site's name appended is
 * wrong). Several authors match in any order and with any separator ("A and B" = "B, A").
 */
public final class FieldMatch {
    private static final Pattern NAME_SEPARATOR =
            Pattern.compile("\\s*(?:[,;&|/]|\\band\\b|\\bund\\b|\\bet\\b)\\s*");

    private FieldMatch() {}

    public static boolean title(String extracted, String gold) {
        return extracted != null && gold != null && fold(extracted).equals(fold(gold));
    }

    public static boolean author(String extracted, String gold) {
        return extracted != null && gold != null && names(extracted).equals(names(gold));
    }

    public static boolean date(LocalDate extracted, LocalDate gold) {
        return extracted != null && extracted.equals(gold);
    }

    static String fold(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
                .replaceAll("[\\s\\u00a0]+", " ").strip();
    }

    private static Set<String> names(String s) {
        Set<String> out = new TreeSet<>();
        for (String n : NAME_SEPARATOR.split(fold(s))) {
            if (!n.isBlank()) {
                out.add(n.strip());
            }
        }
        return out;
    }
}
