package org.newsgraph.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A first guess at the body's language from its commonest function words, for the languages the
 * test pages hold. It answers null rather than guess on short or unclear text. A maintained
 * detection library is to replace it (see the extraction issue); the interface stays.
 */
public final class LanguageGuesser {
    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "with", "was", "has", "have", "on", "by"),
            "de", Set.of("der", "die", "und", "das", "ist", "nicht", "mit", "den", "von", "zu", "auf", "ein", "eine", "sich"),
            "fr", Set.of("le", "la", "les", "et", "des", "est", "une", "du", "dans", "pour", "que", "qui", "pas", "sur"),
            "es", Set.of("el", "la", "los", "las", "y", "que", "en", "del", "por", "con", "una", "para", "es", "se"),
            "pt", Set.of("o", "os", "as", "e", "que", "do", "da", "em", "para", "com", "uma", "não", "por", "dos"),
            "it", Set.of("il", "di", "che", "e", "la", "per", "un", "della", "non", "con", "sono", "del", "le", "gli"),
            "nl", Set.of("de", "het", "een", "en", "van", "is", "dat", "niet", "met", "op", "voor", "zijn", "ook", "aan"),
            "ru", Set.of("и", "в", "не", "на", "что", "с", "по", "это", "как", "к", "из", "за", "от", "для"));

    private LanguageGuesser() {}

    /** ISO 639-1 code of the likeliest language, or null. */
    public static String guess(String text) {
        Map<String, Integer> hits = new HashMap<>();
        int words = 0;
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.isEmpty()) {
                continue;
            }
            words++;
            for (Map.Entry<String, Set<String>> e : FUNCTION_WORDS.entrySet()) {
                if (e.getValue().contains(w)) {
                    hits.merge(e.getKey(), 1, Integer::sum);
                }
            }
            if (words > 2000) {
                break;
            }
        }
        String best = null;
        int bestHits = 0;
        int second = 0;
        for (String lang : List.copyOf(hits.keySet())) {
            int h = hits.get(lang);
            if (h > bestHits) {
                second = bestHits;
                bestHits = h;
                best = lang;
            } else if (h > second) {
                second = h;
            }
        }
        boolean clear = words >= 5 && bestHits >= Math.max(2, words / 20) && bestHits > second * 1.3;
        return clear ? best : null;
    }
}
