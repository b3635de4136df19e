package org.newsgraph.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * What the tokens of a name look like, whatever the tagger made of them: the words that continue a
 * person's name, a nickname in marks inside it, an honorific before it, a body's name running on
 * past the tagger's span or back to what its acronym spells, a surname misspelt by one slip. Static
 * helpers of {@link EntityResolver}, {@link EntityGroups} and {@link PeopleByName}; the scorer of
 * named speakers shares {@link #initials}.
 */
public final class NameTokens {
    private NameTokens() {}

    /** The words of a name, without a nickname in marks: "John", "Tiegen" of John “Tig” Tiegen. */
    static List<String> nameWords(List<Token> tokens, int start, int end) {
        List<String> out = new ArrayList<>();
        for (int j = start; j < end; j++) {
            int nickname = nicknameEnd(tokens, j, end);
            if (nickname > 0) {
                j = nickname - 1;
            } else {
                out.add(tokens.get(j).text());
            }
        }
        return out;
    }

    /** The nickname in marks inside a name, lower case: "bobby" of Robert C. “Bobby” Scott; empty when none. */
    static List<String> nicknames(List<Token> tokens, int start, int end) {
        List<String> out = new ArrayList<>();
        for (int j = start; j < end; j++) {
            int nickname = nicknameEnd(tokens, j, end);
            if (nickname > 0) {
                for (int k = j + 1; k < nickname - 1; k++) {
                    out.add(tokens.get(k).text().toLowerCase(Locale.ROOT));
                }
                j = nickname - 1;
            }
        }
        return out;
    }

    /**
     * Where the name goes on after a nickname in marks that opens at {@code j} (“Tig”, "Chico": one
     * to three capitalised words, closed, then a capitalised word before {@code limit}), or -1.
     */
    static int nicknameEnd(List<Token> tokens, int j, int limit) {
        if (j >= limit || !tokens.get(j).isQuotationMark()) {
            return -1;
        }
        for (int k = j + 1; k < limit && k <= j + 4; k++) {
            Token w = tokens.get(k);
            if (w.isQuotationMark()) {
                return k > j + 1 && k + 1 < limit && tokens.get(k + 1).isCapitalized() ? k + 1 : -1;
            }
            if (!w.isCapitalized()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Where a body's name goes on past the tagger's span when the span ends in a body's head word:
     * "Commission" + "on Presidential Debates", "Alliance" + "to Reclaim Our Schools" (one to four
     * capitalised words after "on", "of", "for" or "to"; not a day or a month), else {@code end}.
     */
    static int bodyNameEnd(List<Token> tokens, int end, Sentence s) {
        if (end + 1 >= s.endToken() || !BODY_HEAD.matcher(tokens.get(end - 1).text()).matches()
                || !BODY_LINKS.contains(tokens.get(end).text())) {
            return end;
        }
        int k = end + 1;
        while (k < s.endToken() && k <= end + 4 && tokens.get(k).isCapitalized()
                && !CALENDAR.matcher(tokens.get(k).text()).matches()) {
            k++;
        }
        return k > end + 1 ? k : end;
    }

    /**
     * Where a body's name starts when the acronym after it in brackets spells more than the tagger's
     * span: "Alliance" + "to Reclaim Our Schools (AROS)". At most three words further back.
     */
    static int acronymStart(List<Token> tokens, int start, int end, Sentence s) {
        if (end + 2 >= s.endToken() || !tokens.get(end).text().equals("(") || !tokens.get(end + 2).text().equals(")")
                || !tokens.get(end + 1).text().matches("\\p{Lu}{2,6}")) {
            return start;
        }
        String acronym = tokens.get(end + 1).text();
        for (int k = start; k >= Math.max(s.firstToken(), start - 3); k--) {
            if (initials(tokens.subList(k, end).stream().map(Token::text).toList()).equals(acronym)) {
                return k;
            }
        }
        return start;
    }

    /** The first letters of the capitalised words: "ADL" of "Anti", "Defamation", "League". */
    public static String initials(List<String> words) {
        StringBuilder out = new StringBuilder();
        for (String w : words) {
            if (!w.isEmpty() && Character.isUpperCase(w.charAt(0))) {
                out.append(w.charAt(0));
            }
        }
        return out.toString();
    }

    /**
     * The one person, of those given, whose surname this word misspells by a slip; null when none
     * does or more than one. {@code surnameOf} gives a person's surname, or null for no full name.
     */
    static <T> T misspelt(Iterable<T> people, java.util.function.Function<T, String> surnameOf, String word) {
        T found = null;
        for (T p : people) {
            String surname = surnameOf.apply(p);
            if (surname != null && oneSlipApart(surname, word)) {
                if (found != null) {
                    return null;
                }
                found = p;
            }
        }
        return found;
    }

    /** Prepositions that put a month after them: "in May", "since May". */
    private static final Set<String> MONTH_PREPOSITIONS = Set.of("in", "since", "until", "through", "during");

    /** "In a May 2012 message", "since May": a month, not Theresa May. */
    static boolean isDate(List<Token> tokens, int i) {
        if (!CALENDAR.matcher(tokens.get(i).text()).matches()) {
            return false;
        }
        boolean numberAfter = i + 1 < tokens.size() && tokens.get(i + 1).pos().equals("CD");
        boolean determiner = i > 0 && tokens.get(i - 1).pos().equals("DT");
        boolean timeWord = i > 0 && MONTH_PREPOSITIONS.contains(tokens.get(i - 1).text().toLowerCase(java.util.Locale.ROOT));
        return numberAfter || determiner || timeWord; // not "met with May", "criticised by May"
    }

    /** Shortest surname a misspelling is forgiven in: "McLenney" for "McClenney", "Keidis" for "Kiedis". */
    private static final int MIN_FUZZY_SURNAME = 6;

    /**
     * Whether two surnames differ by one letter left out, added, changed or two letters swapped, the
     * slips of a reporter's keyboard; never in short names, the first letter, or a plural "s". Two real
     * surnames a slip apart ("Johnson", "Johnston") are taken for one, so callers ask it only of a
     * name the document gives no one in full.
     */
    static boolean oneSlipApart(String a, String b) {
        String x = a.toLowerCase(java.util.Locale.ROOT);
        String y = b.toLowerCase(java.util.Locale.ROOT);
        if (x.equals(y) || Math.min(x.length(), y.length()) < MIN_FUZZY_SURNAME
                || x.charAt(0) != y.charAt(0) || Math.abs(x.length() - y.length()) > 1
                || x.equals(y + "s") || y.equals(x + "s")) {
            return false;
        }
        int i = 0;
        while (i < x.length() && i < y.length() && x.charAt(i) == y.charAt(i)) {
            i++;
        }
        if (x.length() == y.length()) {
            boolean swapped = i + 1 < x.length() && x.charAt(i) == y.charAt(i + 1) && x.charAt(i + 1) == y.charAt(i)
                    && x.substring(i + 2).equals(y.substring(i + 2));
            return swapped || x.substring(i + 1).equals(y.substring(i + 1));
        }
        return x.length() > y.length() ? x.substring(i + 1).equals(y.substring(i)) : y.substring(i + 1).equals(x.substring(i));
    }

    /** The end of the tagger's person that starts at {@code from} ({@code from} when none does). */
    static int personRunEnd(List<Token> tokens, int from, Sentence s) {
        int end = from;
        while (end < s.endToken() && tokens.get(end).ner().equals("PERSON")) {
            end++;
        }
        return end;
    }

    /** "Ban", "Ki", "-", "moon" is "Ban", "Ki-moon": a hyphen inside a name joins its parts. */
    static List<String> joinHyphens(List<String> words) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).equals("-") && !out.isEmpty() && i + 1 < words.size()) {
                out.set(out.size() - 1, out.get(out.size() - 1) + "-" + words.get(++i));
            } else {
                out.add(words.get(i));
            }
        }
        return out;
    }

    /** Head words of bodies whose names run on with a preposition: "Committee on Oversight". */
    private static final Pattern BODY_HEAD = Pattern.compile(
            "Commission|Committee|Council|Center|Centre|Institute|Foundation|Association|Alliance|Coalition|Office|Board"
                    + "|Bureau|Society|League|Union|Federation|Network|Project|Fund|Agency|Department|Ministry");

    private static final Set<String> BODY_LINKS = Set.of("on", "of", "for", "to");

    private static final Pattern CALENDAR = Pattern.compile("(Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|January|February"
            + "|March|April|May|June|July|August|September|October|November|December");

    /** A headline's line: four or more words, nearly all capitalised. */
    static boolean isTitleCase(List<Token> tokens, Sentence s) {
        int words = 0;
        int capitalised = 0;
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            String w = tokens.get(i).text();
            if (Character.isLetter(w.charAt(0)) && w.length() > 3) {
                words++;
                if (Character.isUpperCase(w.charAt(0))) {
                    capitalised++;
                }
            }
        }
        return words >= 4 && capitalised * 10 >= words * 8;
    }

    static boolean isHonorific(String w) {
        if (w.equals("Said") || w.equals("Says")) {
            return true; // "Said Comey, “...”": the tagger's person holds the verb
        }
        return w.matches("(?i)(mr|mrs|ms|dr|sen|rep|gov|gen|lt|col|sgt|capt|adm|del|pres|prof|rev|sec|amb)\\.?");
    }

    /**
     * "Shane Shook, a cyber security expert": a surname the tagger read as a past-tense verb inside
     * the name it tagged; not a headline's verb ("Paul Ryan Joins Trump").
     */
    static boolean surnameReadAsVerb(List<Token> tokens, int j) {
        Token t = tokens.get(j);
        boolean next = j + 1 < tokens.size() && tokens.get(j + 1).isCapitalized();
        return t.ner().equals("PERSON") && t.isCapitalized() && (t.pos().equals("VBD") || t.pos().equals("VBN")) && !next;
    }

    /** Words that can continue a person's name: proper nouns, initials, particles, glued hyphens. */
    static boolean isNamePart(Token t) {
        if (t.isProperNoun() || t.text().matches("\\p{Lu}\\.?")
                || (t.ner().equals("PERSON") && Character.isUpperCase(t.text().charAt(0))
                        && (t.pos().startsWith("NN") || t.pos().equals("JJ") || t.pos().equals("FW") || t.pos().equals("RB")))) {
            // "M. Dane Waters", "Tad Devine", "Chris Early": the tagger's person may hold a word it
            // thought a common noun, an adjective or an adverb
            return !t.isVerb();
        }
        String w = t.text();
        return w.equals("-") || isParticle(w) || w.matches("(?i)jr\\.?|sr\\.?|ii|iii|iv");
    }

    /** A word that opens or joins a surname of several: "Van Der Beek", "bin Salman", "de Blasio". */
    static boolean isParticle(String w) {
        return w.matches("(?i)de|des|dos|das|van|von|der|den|bin|al|el|da|del|la|le|di|du|ibn");
    }
}
