package org.newsgraph.nlp;

import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * English names of days and months, lower case, for the stages that must not take them for names
 * or sources ("Tuesday" is no one, "May said" may be someone). The extractor's dates read month
 * names in many languages with {@code extract.MonthNames}; these are the words of the English prose.
 */
public final class CalendarWords {
    public static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday");
    /** Days named from today: "today", "tonight", "yesterday". */
    public static final Set<String> RELATIVE_DAYS = Set.of("today", "tonight", "yesterday");
    public static final Set<String> MONTHS = Set.of("january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december");

    private CalendarWords() {}

    /** The words of all the sets given, as one set. */
    @SafeVarargs
    public static Set<String> union(Set<String>... sets) {
        return Arrays.stream(sets).flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());
    }
}
