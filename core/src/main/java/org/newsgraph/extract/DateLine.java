package org.newsgraph.extract;

import java.util.regex.Pattern;

/**
 * Decides whether a short line only states when a page was published ("Published: March 3, 2021",
 * "Wed 03.03.2021, 10:15 Uhr"). Such a line is chrome, unlike a headline that merely mentions a
 * date ("Elections set for March 3, 2021"): the difference is what remains once the date is out.
 */
final class DateLine {
    /** Longer than this, a line is prose whatever it holds; the bound also keeps the regex cheap. */
    private static final int MAX_CHARS = 80;
    /** What may stand beside the date: labels, weekdays, a time with its zone, punctuation. */
    private static final Pattern LEFTOVER = Pattern.compile("(?:[\\s,.:;|/()\\u2013\\u2014-]"
            + "|\\b(?:date|published|posted|updated|last|on|at|datum|stand|veröffentlicht|aktualisiert|am|um|uhr)\\b"
            + "|\\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday"
            + "|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\\b"
            + "|(?<![\\p{L}\\d])t?\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:\\s*[ap]\\.?m\\b\\.?)?"
            + "|\\b(?:utc|gmt|z)\\b|\\+\\d{2}:?\\d{2}\\b)*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private DateLine() {}

    static boolean is(String line) {
        if (line == null || line.length() > MAX_CHARS || DateFinder.find(line, null).isEmpty()) {
            return false;
        }
        return LEFTOVER.matcher(DateFinder.withoutDates(line)).matches();
    }
}
