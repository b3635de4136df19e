package org.newsgraph.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a calendar day in a short string: ISO ({@code 2021-03-03}, with or without time),
 * {@code March 3, 2021}, {@code 3 March 2021}, {@code 03.03.2021} (day first, as Europe writes it).
 * Dates after {@code notAfter} are refused: a page cannot be published after it was read.
 */
public final class DateFinder {
    private static final Pattern ISO = Pattern.compile("(?<!\\d)(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})(?!\\d)");
    private static final String MONTHS =
            "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
    private static final Pattern MONTH_DAY_YEAR =
            Pattern.compile("\\b" + MONTHS + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DAY_MONTH_YEAR =
            Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+" + MONTHS + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern DOTTED = Pattern.compile("(?<!\\d)(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?!\\d)");

    private DateFinder() {}

    public static Optional<LocalDate> find(String s, LocalDate notAfter) {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        Matcher m = ISO.matcher(s);
        if (m.find()) {
            return valid(m.group(1), m.group(2), m.group(3), notAfter);
        }
        m = MONTH_DAY_YEAR.matcher(s);
        if (m.find()) {
            return valid(m.group(3), String.valueOf(month(m.group(1))), m.group(2), notAfter);
        }
        m = DAY_MONTH_YEAR.matcher(s);
        if (m.find()) {
            return valid(m.group(3), String.valueOf(month(m.group(2))), m.group(1), notAfter);
        }
        m = DOTTED.matcher(s);
        if (m.find()) {
            return valid(m.group(3), m.group(2), m.group(1), notAfter);
        }
        return Optional.empty();
    }

    /**
     * The string with every date it writes replaced by a space, valid or not, so that a caller can
     * see what else a short line says besides its date.
     */
    static String withoutDates(String s) {
        String rest = s;
        for (Pattern p : new Pattern[] {ISO, MONTH_DAY_YEAR, DAY_MONTH_YEAR, DOTTED}) {
            rest = p.matcher(rest).replaceAll(" ");
        }
        return rest;
    }

    private static int month(String name) {
        String n = name.toLowerCase(Locale.ROOT).substring(0, 3);
        for (Month month : Month.values()) {
            if (month.name().toLowerCase(Locale.ROOT).startsWith(n)) {
                return month.getValue();
            }
        }
        throw new IllegalArgumentException(name);
    }

    private static Optional<LocalDate> valid(String y, String m, String d, LocalDate notAfter) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
            if (date.getYear() < 1900 || (notAfter != null && date.isAfter(notAfter))) {
                return Optional.empty();
            }
            return Optional.of(date);
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
