package org.newsgraph.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.vocab.TsvFile;

/**
 * Public figures news names without introducing them ({@code people.tsv}): "Priebus told Fox News"
 * is Reince Priebus, "the senator" after "Rubio" is Marco Rubio, and a "she" can follow Clinton.
 * Where several share a surname the file lists first the one a bare surname usually means.
 */
final class KnownPeople {
    /**
     * One figure: the full name news writes, its words, the gender, the roles news calls them by, and
     * for a US politician the state they are from ("" where none is given).
     */
    record Person(String name, List<String> words, GivenNames.Gender gender, List<String> roles, String state) {
        String surname() {
            return surnameOf(words);
        }

        /** Whether one of the titles an article gives ("Former Florida governor") ends with one of the roles. */
        boolean knownAs(List<String> titles) {
            for (String t : titles) {
                String title = t.toLowerCase(Locale.ROOT);
                if (roles.stream().anyMatch(r -> title.equals(r) || title.endsWith(" " + r))) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");
    private static final KnownPeople BUILT_IN = new KnownPeople(TsvFile.resource("people.tsv", 4));

    private final Map<String, List<Person>> bySurname = new HashMap<>();
    private final Map<String, Person> byName = new HashMap<>();

    KnownPeople(List<TsvFile.Row> rows) {
        for (TsvFile.Row r : rows) {
            List<String> names = r.values(0);
            String g = r.cell(1).strip();
            if (names.isEmpty() || (!g.equals("F") && !g.equals("M"))) {
                throw r.error("a name and a gender F or M are needed: " + r.cell(0) + " / " + g);
            }
            Person p = new Person(names.get(0), words(names.get(0)),
                    g.equals("F") ? GivenNames.Gender.FEMALE : GivenNames.Gender.MALE,
                    r.values(2).stream().map(x -> x.toLowerCase(Locale.ROOT)).toList(),
                    r.cells().size() > 3 ? r.cell(3).strip() : "");
            if (!p.state().isEmpty() && !UsStates.builtIn().isState(p.state())) {
                throw r.error("not a state of us-states.tsv: " + p.state());
            }
            for (String name : names) {
                // "Tom Perez" and "Thomas Perez" are one person, known under the first spelling.
                List<String> w = words(name);
                byName.putIfAbsent(String.join(" ", w), p);
                List<Person> same = bySurname.computeIfAbsent(surnameOf(w), k -> new ArrayList<>());
                if (!same.contains(p)) {
                    same.add(p);
                }
            }
        }
    }

    /** Surnames so common that a bare one says nothing of who is meant without a title. */
    private static final Set<String> COMMON_SURNAMES = Set.of(
            "smith", "johnson", "williams", "brown", "jones", "miller", "davis", "wilson", "moore", "taylor",
            "anderson", "thomas", "jackson", "white", "harris", "martin", "thompson", "garcia", "martinez",
            "robinson", "clark", "rodriguez", "lewis", "lee", "walker", "hall", "allen", "young", "hernandez",
            "king", "wright", "lopez", "hill", "scott", "green", "adams", "baker", "gonzalez", "nelson", "carter",
            "mitchell", "perez", "roberts", "turner", "phillips", "campbell", "parker", "evans", "edwards",
            "collins", "stewart", "sanchez", "morris", "rogers", "reed", "cook", "morgan", "bell", "murphy",
            "bailey", "rivera", "cooper", "richardson", "cox", "howard", "ward", "torres", "peterson", "gray",
            "ramirez", "james", "watson", "brooks", "kelly", "price", "bennett", "wood", "barnes", "ross",
            "henderson", "coleman", "jenkins", "perry", "powell", "long", "patterson", "hughes", "flores",
            "washington", "butler", "simmons", "foster", "gonzales", "bryant", "alexander", "russell", "griffin",
            "diaz", "hayes", "ryan", "paul", "graham", "rice", "power", "lynch", "kennedy", "warner", "jordan",
            "kim", "castro", "khan", "singh", "stone");

    /** Whether a single word is the surname a known figure goes by, and not a common one. */
    boolean isKnownSurname(String word) {
        return !isCommonSurname(word) && bySurname(word, null) != null && Character.isUpperCase(word.charAt(0));
    }

    static boolean isCommonSurname(String surname) {
        return COMMON_SURNAMES.contains(surname.toLowerCase(Locale.ROOT));
    }

    static KnownPeople builtIn() {
        return BUILT_IN;
    }

    /** The figure whose full name this is ("Reince Priebus", "Hillary Rodham Clinton" matches on first and last word). */
    Person named(List<String> nameTokens) {
        List<String> w = words(String.join(" ", nameTokens));
        if (w.size() < 2) {
            return null;
        }
        Person exact = byName.get(String.join(" ", w));
        if (exact != null) {
            return exact;
        }
        for (Person p : bySurname.getOrDefault(surnameOf(w), List.of())) {
            if (p.words().get(0).equals(w.get(0)) && p.words().size() <= w.size() + 1) {
                return p;
            }
        }
        return null;
    }

    /** Whether some figure's name ends with these two or more words and has more: "Le Pen" of "Marine Le Pen". */
    boolean endsName(List<String> nameTokens) {
        List<String> w = words(String.join(" ", nameTokens));
        if (w.size() < 2) {
            return false;
        }
        for (Person p : bySurname.getOrDefault(surnameOf(w), List.of())) {
            List<String> pw = p.words();
            if (pw.size() > w.size() && pw.subList(pw.size() - w.size(), pw.size()).equals(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The figure a bare surname means, the first listed whose gender fits (null gender fits any),
     * or null when none is known.
     */
    Person bySurname(String surname, GivenNames.Gender gender) {
        return bySurname(surname, gender, List.of());
    }

    /**
     * The figure a bare surname means: among those whose gender fits, the first one known by a title
     * the article gives ("former Florida governor Bush" is Jeb Bush), else the first listed.
     */
    Person bySurname(String surname, GivenNames.Gender gender, List<String> titles) {
        return bySurname(surname, gender, titles, null);
    }

    /**
     * As {@link #bySurname(String, GivenNames.Gender, List)}, among those not known to be from
     * another US state than the one the article gives ("former Florida governor Bush"; null for none).
     */
    Person bySurname(String surname, GivenNames.Gender gender, List<String> titles, String state) {
        Person first = null;
        for (Person p : bySurname.getOrDefault(surname.toLowerCase(Locale.ROOT), List.of())) {
            if (gender != null && p.gender() != gender || state != null && !p.state().isEmpty() && !p.state().equals(state)) {
                continue;
            }
            if (p.knownAs(titles)) {
                return p;
            }
            if (first == null) {
                first = p;
            }
        }
        return first;
    }

    /** The last word that is not a suffix: "trump" of "Donald Trump Jr.". */
    private static String surnameOf(List<String> words) {
        int i = words.size() - 1;
        while (i > 0 && SUFFIXES.contains(words.get(i))) {
            i--;
        }
        return words.get(i);
    }

    /** Lower-case words of a name without suffixes or punctuation: "Donald Trump Jr." is {donald, trump, jr}. */
    private static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.toLowerCase(Locale.ROOT).replace("’", "'").split("[\\s.]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}
