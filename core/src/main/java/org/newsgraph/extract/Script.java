package org.newsgraph.extract;

import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.Map;

/**
 * The writing system most of a text's letters belong to. Many scripts are written in one
 * language only (Georgian, Thai, Greek...), so the script alone names it; the others narrow the
 * languages a detector has to weigh (Cyrillic: Russian, Ukrainian, Bulgarian...).
 */
enum Script {
    LATIN, CYRILLIC, ARABIC, GREEK, HEBREW, GEORGIAN, ARMENIAN, THAI, DEVANAGARI, BENGALI, GUJARATI,
    GURMUKHI, TAMIL, TELUGU, HANGUL, HAN, KANA, OTHER;

    /** The script of most letters in {@code text}; OTHER when there are none. Japanese is KANA as soon as kana appear. */
    static Script dominant(CharSequence text) {
        Map<Script, Integer> counts = new EnumMap<>(Script.class);
        for (int i = 0; i < text.length(); ) {
            int c = Character.codePointAt(text, i);
            i += Character.charCount(c);
            if (Character.isLetter(c)) {
                counts.merge(of(c), 1, Integer::sum);
            }
        }
        if (counts.getOrDefault(KANA, 0) > 0 && counts.getOrDefault(HAN, 0) + counts.get(KANA) >= total(counts) / 2) {
            return KANA;
        }
        Script best = OTHER;
        int bestCount = 0;
        for (Map.Entry<Script, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    private static int total(Map<Script, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }

    private static Script of(int codePoint) {
        UnicodeScript s = UnicodeScript.of(codePoint);
        return switch (s) {
            case LATIN -> LATIN;
            case CYRILLIC -> CYRILLIC;
            case ARABIC -> ARABIC;
            case GREEK -> GREEK;
            case HEBREW -> HEBREW;
            case GEORGIAN -> GEORGIAN;
            case ARMENIAN -> ARMENIAN;
            case THAI -> THAI;
            case DEVANAGARI -> DEVANAGARI;
            case BENGALI -> BENGALI;
            case GUJARATI -> GUJARATI;
            case GURMUKHI -> GURMUKHI;
            case TAMIL -> TAMIL;
            case TELUGU -> TELUGU;
            case HANGUL -> HANGUL;
            case HAN -> HAN;
            case HIRAGANA, KATAKANA -> KANA;
            default -> OTHER;
        };
    }
}
