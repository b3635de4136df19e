package org.newsgraph.extract;

import com.github.pemistahl.lingua.api.Language;
import com.github.pemistahl.lingua.api.LanguageDetector;
import com.github.pemistahl.lingua.api.LanguageDetectorBuilder;
import java.util.Locale;

/**
 * The body's language, by Lingua (a maintained n-gram detector). Lingua is built on first use,
 * not at class load, so {@code extract} of a page without text and every command that never
 * asks pay nothing; and it knows only the languages news is commonly written in, in its
 * low-accuracy (trigram) mode: measured here, the first answer takes about 2 s and 45 MB of heap,
 * against tens of seconds and gigabytes for all 75 languages with every model. Short text
 * (under {@link #MIN_LETTERS} letters) and text Lingua finds ambiguous get null, never a guess.
 */
public final class LanguageGuesser {
    static final int MIN_LETTERS = 20;
    /** Enough text to decide; reading a whole long article would only cost time. */
    private static final int MAX_CHARS = 600;
    private static final Language[] LANGUAGES = {
        Language.ENGLISH, Language.GERMAN, Language.FRENCH, Language.SPANISH, Language.PORTUGUESE,
        Language.ITALIAN, Language.DUTCH, Language.RUSSIAN, Language.UKRAINIAN, Language.POLISH, Language.CZECH,
        Language.SLOVAK, Language.TURKISH, Language.AZERBAIJANI, Language.ARABIC, Language.PERSIAN, Language.URDU,
        Language.HEBREW, Language.CHINESE, Language.JAPANESE, Language.KOREAN, Language.HINDI, Language.BENGALI,
        Language.INDONESIAN, Language.MALAY, Language.VIETNAMESE, Language.THAI, Language.TAGALOG,
        Language.SWEDISH, Language.DANISH, Language.BOKMAL, Language.FINNISH, Language.GREEK, Language.HUNGARIAN,
        Language.ROMANIAN, Language.BULGARIAN, Language.SERBIAN, Language.CROATIAN, Language.CATALAN,
        Language.SWAHILI, Language.GEORGIAN, Language.ARMENIAN, Language.KAZAKH,
    };

    private LanguageGuesser() {}

    /** Built when first asked for, once per JVM (the holder-class idiom: lazy, thread-safe, immutable). */
    private static final class Detector {
        static final LanguageDetector INSTANCE =
                LanguageDetectorBuilder.fromLanguages(LANGUAGES).withLowAccuracyMode().build();
    }

    /** ISO 639-1 code of the text's language, or null when the text is too short or unclear. */
    public static String guess(String text) {
        if (text == null || letters(text) < MIN_LETTERS) {
            return null;
        }
        String sample = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
        Language l = Detector.INSTANCE.detectLanguageOf(sample);
        return l == Language.UNKNOWN ? null : l.getIsoCode639_1().name().toLowerCase(Locale.ROOT);
    }

    private static int letters(String s) {
        int n = 0;
        for (int i = 0; i < s.length() && n < MIN_LETTERS; i++) {
            if (Character.isLetter(s.charAt(i))) {
                n++;
            }
        }
        return n;
    }
}
