package org.newsgraph.extract;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An author's name as a byline or an author field writes it, cleaned to the name alone: without
 * its label ("By", "Veröffentlicht von", "Publié par", "Redaktion:"), without the date, place or
 * role after it, and refused when it is no name at all (a label on its own, a link, a sentence,
 * a web agency's address).
 */
final class AuthorName {
    /** Labels that open a byline. Two-word labels may be glued to the name ("Veröffentlicht vonChris Jung"). */
    private static final Pattern PREFIX = Pattern.compile("^(?iu)(?:"
            + "(?:posted|written|published|geschrieben|veröffentlicht|verfasst|publié|publiée|publicado|escrito|"
            + "pubblicato|scritto|eine kolumne|ein kommentar|ein gastbeitrag|ein beitrag|ein interview|"
            + "zeige alle beiträge|alle beiträge|all posts|view all posts)\\s+(?:by|von|par|por|da|di)\\s*:?\\s*"
            + "|(?:ein beitrag|pressemitteilung)\\s*:?\\s+"
            + "|(?:by|von|par|por|de|da|di|door|av|vom|author|autor|auteur|autore|autorin|verfasser|written by)\\s*:?\\s+"
            + "|(?:redaktion|text(?: und interview)?|interview)\\s*:\\s*)");
    /** What follows a name on a byline line: a date, a place, a role in brackets. */
    private static final Pattern TAIL = Pattern.compile("(?iu)\\s*(?:\\(|\\||•|·|\\s[-–—]\\s|\\s+am\\s|,?\\s+(?:on|le|el|il|em|"
            + "op|den|published|updated|aktualisiert|veröffentlicht)\\s+\\S*\\d|,?\\s+\\d{1,2}[./]"
            + "|,\\s*(?:phd|ph\\.d\\.|md|m\\.d\\.|dr\\.?|prof\\.?|mba)\\b).*$");
    /** A name after a date on one line: "Veröffentlicht am 8. Februar 2022 von PETA-Team", "Posted on 2015-04-05 by marc". */
    private static final Pattern AFTER_DATE = Pattern.compile("(?iu)\\s(?:by|von|par|por)\\s+(\\S.*)$");
    /** A label with the name in a link after it: "Von <a>Lisa Petrich</a>". */
    private static final Pattern LABEL_ALONE = Pattern.compile("(?iu)(?:by|von|par|por|door|av)\\s*:?");
    /** A picture's credit or a source line, which author-named elements also hold: never a byline. */
    private static final Pattern CREDIT = Pattern.compile("(?iu)^(?:fotos?|photos?|bild(?:er)?|images?|credits?|quelle|source)\\s*:");
    /** Words that stand where a name should but are labels: a byline element holding only its label. */
    private static final Pattern NOT_A_NAME = Pattern.compile("(?iu)by|von|par|por|name|author|autor|posted|"
            + "published|veröffentlicht|admin|administrator|editor|anonymous|alle beiträge|all posts|"
            + "view all posts|mehr|more|.*\\s(?:sagt|says|dice|dit)");
    /** A login name rather than a name as people write it: "gabor_munier", "robert.stitz", "arianschlichenmayer". */
    private static final Pattern LOGIN = Pattern.compile("[\\p{Ll}\\d]+(?:[._-][\\p{Ll}\\d]+)*");
    private static final int MAX_WORDS = 10;
    /** A line with a date and a name is short; in a longer text "von" is a preposition. */
    private static final int MAX_DATED_LINE_CHARS = 100;

    private AuthorName() {}

    /** The name cleaned of its label, trailing date or role, and white space; null if it is no name. */
    static String clean(String raw) {
        if (raw == null) {
            return null;
        }
        String s = BodyBuilder.normalize(raw).replaceFirst("^[©@•·|\\s-]+", "");
        if (CREDIT.matcher(s).find()) {
            return null;
        }
        Matcher afterDate = AFTER_DATE.matcher(s);
        if (s.length() <= MAX_DATED_LINE_CHARS && afterDate.find()
                && DateFinder.find(s.substring(0, afterDate.start()), null).isPresent()) {
            s = afterDate.group(1);
        }
        for (int i = 0; i < 2; i++) {
            s = PREFIX.matcher(s).replaceFirst("").strip();
        }
        s = undoubled(cutTail(s).replaceAll("[,;:|\\s]+$", "").strip());
        if (s.isEmpty() || NOT_A_NAME.matcher(s).matches() || s.contains("://") || s.contains("www.")
                || s.contains("@") && !s.startsWith("@") || PlainTextPageExtractor.words(s) > MAX_WORDS
                || !s.matches("(?s).*\\p{L}.*")) {
            return null;
        }
        return s;
    }

    /**
     * Whether a line is written as a byline: it opens with a byline label ("By Jane Doe", not
     * "Jane Doe"), or it is a short line giving a date and then a name ("06.11.2023 13:30 von Olga").
     */
    static boolean isBylineText(String line) {
        String s = BodyBuilder.normalize(line).replaceFirst("^[©@•·|\\s-]+", "");
        if (PREFIX.matcher(s).find() || LABEL_ALONE.matcher(s).matches()) {
            return true;
        }
        Matcher m = AFTER_DATE.matcher(s);
        return s.length() <= MAX_DATED_LINE_CHARS && m.find() && DateFinder.find(s.substring(0, m.start()), null).isPresent();
    }

    /**
     * Text taken from the page (not from metadata) must look like a name: one to six words, most
     * of them capitalised, no sentence punctuation (an initial's full stop aside), no form label
     * ("Name *").
     */
    static boolean looksLikeName(String s) {
        String[] words = s.split("\\s+");
        if (words.length > 6 || s.matches(".*[!?*:]$") || s.endsWith(".") && !endsInInitial(s)) {
            return false;
        }
        int upper = 0;
        for (String w : words) {
            if (Character.isUpperCase(w.codePointAt(0))) {
                upper++;
            }
        }
        return upper * 3 >= words.length * 2;
    }

    /** Text the page marks as its author's name (itemprop, rel=author, a vCard): no capitals needed ("marc"). */
    static boolean looksLikeMarkedName(String s) {
        return s.split("\\s+").length <= 6 && !s.matches(".*[!?*:]$") && (!s.endsWith(".") || endsInInitial(s));
    }

    /** Whether a name is a login ("gabor_munier"), which the page may also print as people write it. */
    static boolean isLogin(String name) {
        return LOGIN.matcher(name).matches();
    }

    /** Whether {@code written} is {@code login} as people write it: "Gàbor Muniér" for "gabor_munier". */
    static boolean spells(String written, String login) {
        return !written.isBlank() && base(written).equals(base(login));
    }

    /** A login split at its dots and underscores and capitalised: "robert.stitz" -> "Robert Stitz". */
    static String fromLogin(String login) {
        String[] parts = login.split("[._]");
        if (parts.length < 2) {
            return login;
        }
        StringBuilder out = new StringBuilder();
        for (String p : parts) {
            if (p.isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(p.substring(0, 1).toUpperCase(Locale.ROOT)).append(p.substring(1));
        }
        return out.toString();
    }

    /** Letters and digits only, lower case, accents dropped. */
    private static String base(String s) {
        String d = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return d.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /** "By Jane Q." ends in an initial, not a full stop. */
    private static boolean endsInInitial(String s) {
        int n = s.length();
        return n >= 3 && s.charAt(n - 1) == '.' && Character.isUpperCase(s.charAt(n - 2))
                && !Character.isLetter(s.charAt(n - 3));
    }

    /** "Jossi Loibl Jossi Loibl" (a name printed twice, for two screen sizes) is one name. */
    private static String undoubled(String s) {
        String[] w = s.split(" ");
        if (w.length % 2 == 0 && w.length >= 2) {
            int h = w.length / 2;
            String a = String.join(" ", Arrays.copyOfRange(w, 0, h));
            if (a.equals(String.join(" ", Arrays.copyOfRange(w, h, w.length)))) {
                return a;
            }
        }
        return s;
    }

    static String cutTail(String s) {
        Matcher m = TAIL.matcher(s);
        return m.find() && m.start() > 0 ? s.substring(0, m.start()) : s;
    }
}
