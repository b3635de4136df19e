package org.newsgraph.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Counts the small words (articles, prepositions, conjunctions, auxiliaries) that make up a large
 * share of any text in the seven languages of Latin script that most pages here are written in.
 * A few hundred characters of prose hold a dozen of them, and their counts tell these languages
 * apart without a statistical model; where they do not clearly do so, the caller asks one.
 */
final class FunctionWords {
    /**
     * Words of each language that the others (and the neighbours not counted here, such as
     * Indonesian or Swedish) do not also use often: "en" (Dutch, French, Spanish), "es" (German,
     * Spanish), "il" (French, Italian), "da" (Portuguese, Italian), "di" (Italian, Indonesian) are
     * left out.
     */
    private static final Map<String, Set<String>> WORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "is", "that", "for", "with", "was", "are", "this", "be", "by",
                    "from", "have", "has", "not", "but", "which", "they", "were", "been", "their", "would", "will",
                    "it", "at"),
            "de", Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "dem", "von", "zu", "auf", "für",
                    "ein", "eine", "einen", "sich", "auch", "im", "sind", "wird", "wurde", "nach", "bei", "aus",
                    "wie", "dass", "oder", "aber", "noch", "werden", "hat"),
            "fr", Set.of("le", "les", "et", "des", "est", "une", "qui", "dans", "pour", "pas", "sur", "au", "aux",
                    "avec", "ce", "elle", "sont", "par", "plus", "ont", "été", "cette", "mais", "ou", "nous", "vous",
                    "leur"),
            "es", Set.of("el", "los", "las", "y", "por", "para", "como", "más", "pero", "sus", "fue", "son", "está",
                    "este", "esta", "también", "entre", "sobre", "muy", "desde", "hasta"),
            "pt", Set.of("os", "um", "uma", "do", "dos", "das", "em", "não", "na", "pelo", "pela", "com", "mais",
                    "ao", "é", "foi", "são", "também", "seu", "sua", "ele", "ela"),
            "it", Set.of("il", "gli", "che", "della", "per", "non", "è", "sono", "alla", "nel", "nella", "dei",
                    "delle", "anche", "più", "ma", "questo", "questa", "degli", "dal", "dalla"),
            "nl", Set.of("het", "een", "van", "dat", "op", "niet", "met", "voor", "zijn", "aan", "ook", "bij",
                    "door", "naar", "maar", "wordt", "werd", "heeft", "wij", "hij"));
    /** The languages whose words are counted. */
    static final List<String> LANGUAGES = List.of("en", "de", "fr", "es", "pt", "it", "nl");
    /** So many hits at least, and twice the runner-up's, make a clear answer. */
    private static final int MIN_HITS = 4;

    private FunctionWords() {}

    /** The language whose function words clearly dominate {@code text}, or null when none does. */
    static String clearWinner(String text) {
        Map<String, Integer> hits = new HashMap<>();
        for (String token : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (token.isEmpty() || token.length() > 8) {
                continue;
            }
            for (Map.Entry<String, Set<String>> e : WORDS.entrySet()) {
                if (e.getValue().contains(token)) {
                    hits.merge(e.getKey(), 1, Integer::sum);
                }
            }
        }
        String best = null;
        int first = 0;
        int second = 0;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (e.getValue() > first) {
                second = first;
                first = e.getValue();
                best = e.getKey();
            } else if (e.getValue() > second) {
                second = e.getValue();
            }
        }
        return first >= MIN_HITS && first >= 2 * second ? best : null;
    }
}
