package org.newsgraph.entities;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.vocab.TsvFile;

/**
 * The gender a given name or an honorific usually marks ({@code first-names.tsv}), so that a "she"
 * does not refer back to a Donald. Unknown names, and names both sexes bear, give no answer: no
 * guess beats a wrong one.
 */
final class GivenNames {
    enum Gender {
        FEMALE,
        MALE
    }

    private static final Set<String> MALE_HONORIFICS = Set.of("mr.", "mr", "sir");
    private static final Set<String> FEMALE_HONORIFICS = Set.of("mrs.", "mrs", "ms.", "ms", "miss", "dame", "madam");

    private final Map<String, Gender> names = new HashMap<>();
    /** Given names both sexes bear ("Marty", "Sam"): names, but no sign of a gender. */
    private final Set<String> either = new HashSet<>();

    GivenNames() {
        for (TsvFile.Row r : TsvFile.resource("first-names.tsv", 2)) {
            String g = r.cell(1).strip();
            String name = folded(r.cell(0).strip());
            switch (g) {
                case "F" -> names.put(name, Gender.FEMALE);
                case "M" -> names.put(name, Gender.MALE);
                case "U" -> either.add(name);
                default -> throw r.error("gender must be F, M or U: " + g);
            }
        }
    }

    /** Whether the word is a given name of the list, whatever gender it marks. */
    boolean isGivenName(String word) {
        return of(word) != null || either.contains(folded(word));
    }

    /** The gender a word before a name marks ("Mr.", "Mrs.", "Hillary"), or null. */
    Gender of(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (MALE_HONORIFICS.contains(w)) {
            return Gender.MALE;
        }
        if (FEMALE_HONORIFICS.contains(w)) {
            return Gender.FEMALE;
        }
        return names.get(folded(word));
    }

    /** Lower case without accents: the file spells "Jurgen", an article "Jürgen". */
    private static String folded(String name) {
        if (name.chars().allMatch(c -> c < 128)) {
            return name.toLowerCase(Locale.ROOT); // most names: no accent to take off, no normalising to pay for
        }
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
    }
}
