package org.newsgraph.vocab;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The loaded vocabulary. Built once and shared: it is immutable after construction and safe to
 * read from many threads.
 */
public final class Vocabulary {
    /** How a country was named: its name or a formal alias, its adjective, or its capital. */
    public enum CountryForm {
        NAME,
        ADJECTIVE,
        CAPITAL
    }

    /** A country phrase's meaning. */
    public record CountryRef(Country country, CountryForm form) {}

    private final PhraseMatcher<CountryRef> countries = new PhraseMatcher<>(false);
    private final PhraseMatcher<Organization> organizations = new PhraseMatcher<>(false);
    private final PhraseMatcher<Title> titles = new PhraseMatcher<>(true);
    private final Map<String, Country> byCode = new HashMap<>();
    /** The first adjective each country is written with: "RUS" is "Russian". */
    private final Map<String, String> adjectives = new HashMap<>();

    private Vocabulary(List<TsvFile.Row> countryRows, List<TsvFile.Row> orgRows, List<TsvFile.Row> titleRows) {
        for (TsvFile.Row r : countryRows) {
            Country c = new Country(r.cell(0).strip(), r.cell(1).strip());
            if (!c.iso3().matches("[A-Z]{3}")) {
                throw r.error("not an ISO 3166 alpha-3 code: " + c.iso3());
            }
            byCode.put(c.iso3(), c);
            countries.add(c.name(), new CountryRef(c, CountryForm.NAME));
            r.values(2).forEach(a -> countries.add(a, new CountryRef(c, CountryForm.NAME)));
            r.values(3).forEach(a -> countries.add(a, new CountryRef(c, CountryForm.ADJECTIVE)));
            r.values(3).stream().findFirst().ifPresent(a -> adjectives.putIfAbsent(c.iso3(), a));
            r.values(4).forEach(a -> countries.add(a, new CountryRef(c, CountryForm.CAPITAL)));
        }
        for (TsvFile.Row r : orgRows) {
            String country = r.cell(2).strip();
            Organization o = new Organization(r.cell(0).strip(), country.isEmpty() ? null : country,
                    r.cell(3).strip().isEmpty() ? null : r.cell(3).strip());
            organizations.add(o.name(), o);
            r.values(1).forEach(a -> organizations.add(a, o));
        }
        addTitles(titles, titleRows);
    }

    private static void addTitles(PhraseMatcher<Title> titles, List<TsvFile.Row> titleRows) {
        for (TsvFile.Row r : titleRows) {
            String rank = r.cell(2).strip();
            if (!rank.equals("head") && !rank.equals("senior") && !rank.equals("other")) {
                throw r.error("rank must be head, senior or other: " + rank);
            }
            titles.add(r.cell(0), new Title(r.cell(0).strip(), r.cell(1).strip(), rank));
        }
    }

    /**
     * The shipped titles alone ("manager", "Sen."), for code that asks whether a word is a title
     * without the rest of the vocabulary; read once.
     */
    public static PhraseMatcher<Title> builtInTitles() {
        return BuiltInTitles.MATCHER;
    }

    private static final class BuiltInTitles {
        static final PhraseMatcher<Title> MATCHER = new PhraseMatcher<>(true);

        static {
            addTitles(MATCHER, TsvFile.resource("titles.tsv", 3));
        }
    }

    /** The vocabulary shipped in the jar. */
    public static Vocabulary builtIn() {
        return new Vocabulary(TsvFile.resource("countries.tsv", 5), TsvFile.resource("organizations.tsv", 4),
                TsvFile.resource("titles.tsv", 3));
    }

    /** A vocabulary from given rows, for tests and for users who bring their own files. */
    public static Vocabulary of(List<TsvFile.Row> countryRows, List<TsvFile.Row> orgRows, List<TsvFile.Row> titleRows) {
        return new Vocabulary(countryRows, orgRows, titleRows);
    }

    /**
     * The built-in vocabulary extended with a user's country and organisation rows (same columns as
     * {@code countries.tsv} and {@code organizations.tsv}), for coding with a user's actor
     * dictionary. The user's rows are read first, so where both name the same phrase the user's
     * meaning wins ("Japan" is {@code JAP} in a dictionary that says so).
     */
    public static Vocabulary builtInWith(List<TsvFile.Row> extraCountryRows, List<TsvFile.Row> extraOrgRows) {
        List<TsvFile.Row> countryRows = new ArrayList<>(extraCountryRows);
        countryRows.addAll(TsvFile.resource("countries.tsv", 5));
        List<TsvFile.Row> orgRows = new ArrayList<>(extraOrgRows);
        orgRows.addAll(TsvFile.resource("organizations.tsv", 4));
        return new Vocabulary(countryRows, orgRows, TsvFile.resource("titles.tsv", 3));
    }

    public PhraseMatcher<CountryRef> countries() {
        return countries;
    }

    public PhraseMatcher<Organization> organizations() {
        return organizations;
    }

    public PhraseMatcher<Title> titles() {
        return titles;
    }

    public Country country(String iso3) {
        return byCode.get(iso3);
    }

    /** The country's adjective ("Russian"), or null when the gazetteer gives none. */
    public String adjective(String iso3) {
        return adjectives.get(iso3);
    }
}
