package org.newsgraph.entities;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.nlp.Token;
import org.newsgraph.vocab.Organization;
import org.newsgraph.vocab.Vocabulary;

/**
 * A state's body named by its country and a common noun, as world news names them: "Russia's
 * foreign ministry", "the French foreign ministry", "the US military", "Britain's Foreign Office".
 * The body speaks for itself ("Russia's foreign ministry said ..."), so it is an organisation of
 * that country, named with the country's adjective ("Russian Foreign Ministry") or the short form
 * the text used ("US Military"), rather than the country.
 */
final class StateBodies {
    /** The nouns of such bodies, lower case, with the CAMEO sector of each. */
    private static final Map<String, String> HEADS = Map.ofEntries(
            Map.entry("foreign ministry", "GOV"), Map.entry("defence ministry", "MIL"), Map.entry("defense ministry", "MIL"),
            Map.entry("interior ministry", "GOV"), Map.entry("health ministry", "GOV"), Map.entry("finance ministry", "GOV"),
            Map.entry("justice ministry", "GOV"), Map.entry("economy ministry", "GOV"), Map.entry("trade ministry", "GOV"),
            Map.entry("foreign office", "GOV"), Map.entry("embassy", "GOV"), Map.entry("military", "MIL"),
            Map.entry("armed forces", "MIL"), Map.entry("defence forces", "MIL"), Map.entry("defense forces", "MIL"));
    private static final int MAX_HEAD_WORDS = 2;

    /** A body named after a country word at {@code [countryStart, countryEnd)}: where its name ends, and the body. */
    record Body(int end, Organization organization) {}

    private final Vocabulary vocab;

    StateBodies(Vocabulary vocab) {
        this.vocab = vocab;
    }

    /**
     * The body a country word opens, or null: "Russia" followed by "'s foreign ministry", "French"
     * by "foreign ministry" (either case).
     */
    Body after(List<Token> tokens, List<String> texts, int countryStart, int countryEnd, int sentenceEnd, String iso3,
            boolean adjective) {
        int i = countryEnd;
        if (!adjective && i < sentenceEnd && (texts.get(i).equals("'s") || texts.get(i).equals("’s"))) {
            i++;
        }
        for (int words = MAX_HEAD_WORDS; words >= 1; words--) {
            if (i + words > sentenceEnd) {
                continue;
            }
            String head = String.join(" ", texts.subList(i, i + words)).toLowerCase(Locale.ROOT);
            String sector = HEADS.get(head);
            if (sector == null) {
                continue;
            }
            int end = i + words;
            if (end < sentenceEnd && tokens.get(end).pos().startsWith("NN") && !tokens.get(end).isProperNoun()
                    && vocab.titles().matchAt(texts, end) == null) {
                return null; // "Israeli military policies": the noun modifies another ("ministry spokesman" still names the body)
            }
            String written = String.join(" ", texts.subList(countryStart, countryEnd));
            // "US military" as written; "Russia's" becomes "Russian"
            boolean shortForm = written.matches("\\p{Lu}[\\p{Lu}.]+");
            String country = adjective || shortForm ? written : vocab.adjective(iso3);
            if (country == null) {
                return null;
            }
            String name = country + " " + titleCase(head);
            // the vocabulary's own entry where it has one: "Russian Defence Ministry" is the Russian
            // Ministry of Defence, Britain's "Foreign Office" the FCDO
            for (String listed : List.of(name, titleCase(head))) {
                Organization known = vocab.organizations().get(listed);
                if (known != null && iso3.equals(known.country())) {
                    return new Body(end, known);
                }
            }
            return new Body(end, new Organization(name, iso3, sector));
        }
        return null;
    }

    private static String titleCase(String words) {
        StringBuilder out = new StringBuilder();
        for (String w : words.split(" ")) {
            out.append(out.length() > 0 ? " " : "").append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
        }
        return out.toString();
    }
}
