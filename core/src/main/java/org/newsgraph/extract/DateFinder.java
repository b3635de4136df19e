package org.newsgraph.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a calendar day in a short string, the earliest one written: ISO ({@code 2021-03-03},
 * with or without time, or with slashes or dots), {@code March 3, 2021}, {@code 3 March 2021}
 * and month names in the languages news pages most often use ({@code 3. März 2021},
 * {@code 15 de abril de 2020}, {@code 3 марта 2021}), {@code 2020年4月17日} and its Korean
 * form, {@code 03.03.2021} (day first, as Europe writes it) and {@code 03/03/2021} (day first
 * unless only the other order is a date). Dates after {@code notAfter} are refused: a page cannot
 * be published after it was read.
 */
public final class DateFinder {
    private static final String WORD = "(\\p{L}{3,12})\\.?";
    private static final Pattern ISO = Pattern.compile("(?<![\\d.])(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d])");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "(?<!\\p{L})" + WORD + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?<![\\d.])(\\d{1,2})(?:st|nd|rd|th|er|º|°)?\\.?"
            + "\\s*(?:de\\s+)?" + WORD + ",?\\s*(?:de\\s+|del\\s+)?(\\d{4})(?!\\d)");
    private static final Pattern EAST_ASIAN =
            Pattern.compile("(\\d{4})\\s*[年년]\\s*(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})(?!\\d)");
    private static final Pattern DOTTED = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})(?!\\d)");
    private static final Pattern SLASHED = Pattern.compile("(?<![\\d/])(\\d{1,2})([/-])(\\d{1,2})\\2(\\d{4})(?!\\d)");
    private static final Pattern SHORT_YEAR = Pattern.compile("(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{2})(?![\\d.])");
    private static final List<Pattern> ALL =
            List.of(ISO, MONTH_DAY_YEAR, DAY_MONTH_YEAR, EAST_ASIAN, DOTTED, SLASHED);
    /** Longer strings are cut: a date that matters is near the top, and the patterns stay cheap. */
    private static final int MAX_CHARS = 20_000;

    private DateFinder() {}

    public static Optional<LocalDate> find(String s, LocalDate notAfter) {
        if (s == null || s.isBlank()) {
            return Optional.empty();
        }
        String t = s.length() > MAX_CHARS ? s.substring(0, MAX_CHARS) : s;
        LocalDate best = null;
        int bestStart = Integer.MAX_VALUE;
        for (Pattern p : ALL) {
            Matcher m = p.matcher(t);
            while (m.find() && m.start() < bestStart) {
                LocalDate d = read(p, m, notAfter);
                if (d != null) {
                    best = d;
                    bestStart = m.start();
                    break;
                }
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The string with day-first dates of two-digit years ("23.09.22") written with their century,
     * for short elements that the page marks as dates; in running text such numbers are too often
     * something else to be read as dates.
     */
    static String withFullYear(String s) {
        return SHORT_YEAR.matcher(s).replaceAll("$1.$2.20$3");
    }

    /**
     * The string with every date it writes replaced by a space, valid or not, so that a caller can
     * see what else a short line says besides its date.
     */
    static String withoutDates(String s) {
        String rest = s;
        for (Pattern p : ALL) {
            Matcher m = p.matcher(rest);
            StringBuilder out = new StringBuilder();
            while (m.find()) {
                boolean date = p != MONTH_DAY_YEAR && p != DAY_MONTH_YEAR || month(p == MONTH_DAY_YEAR
                        ? m.group(1) : m.group(2)) > 0;
                m.appendReplacement(out, date ? " " : Matcher.quoteReplacement(m.group()));
            }
            m.appendTail(out);
            rest = out.toString();
        }
        return rest;
    }

    private static LocalDate read(Pattern p, Matcher m, LocalDate notAfter) {
        if (p == ISO) {
            return valid(m.group(1), m.group(3), m.group(4), notAfter);
        }
        if (p == MONTH_DAY_YEAR) {
            int month = month(m.group(1));
            return month > 0 ? valid(m.group(3), String.valueOf(month), m.group(2), notAfter) : null;
        }
        if (p == DAY_MONTH_YEAR) {
            int month = month(m.group(2));
            return month > 0 ? valid(m.group(3), String.valueOf(month), m.group(1), notAfter) : null;
        }
        if (p == EAST_ASIAN) {
            return valid(m.group(1), m.group(2), m.group(3), notAfter);
        }
        if (p == DOTTED) {
            return valid(m.group(3), m.group(2), m.group(1), notAfter);
        }
        LocalDate dayFirst = valid(m.group(4), m.group(3), m.group(1), notAfter);
        return dayFirst != null ? dayFirst : valid(m.group(4), m.group(1), m.group(3), notAfter);
    }

    private static int month(String name) {
        return MonthNames.number(name);
    }


    static LocalDate valid(String y, String m, String d, LocalDate notAfter) {
        try {
            LocalDate date = LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d));
            if (date.getYear() < 1900 || (notAfter != null && date.isAfter(notAfter))) {
                return null;
            }
            return date;
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
