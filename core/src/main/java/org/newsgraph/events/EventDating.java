package org.newsgraph.events;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.nlp.Token;

/**
 * When an event happened, from the words of its sentence and the article's date: "on Wednesday"
 * is the latest Wednesday on or before the article's day (news reports the past week), "yesterday"
 * the day before; otherwise the article's date. Also says whether the sentence places the event in
 * the past of the news (a war that "lasted 44 days and ended", "in 1992", "years ago").
 */
final class EventDating {
    private static final Pattern YEAR = Pattern.compile("^(19|20)\\d\\d$");
    private static final List<String> ENDED = List.of("last", "end", "begin", "start");

    private EventDating() {}

    static LocalDate date(List<Token> sentence, LocalDate articleDate) {
        if (articleDate == null) {
            return null;
        }
        for (int i = 0; i < sentence.size(); i++) {
            String w = sentence.get(i).text().toLowerCase(Locale.ROOT);
            if (w.equals("yesterday")) {
                return articleDate.minusDays(1);
            }
            for (DayOfWeek d : DayOfWeek.values()) {
                if (w.equals(d.name().toLowerCase(Locale.ROOT))) {
                    int back = (articleDate.getDayOfWeek().getValue() - d.getValue() + 7) % 7;
                    return articleDate.minusDays(back);
                }
            }
        }
        return articleDate;
    }

    /** Whether the sentence sets the event in the past: an earlier year, "ago", or a conflict that ended. */
    static boolean historical(List<Token> sentence, LocalDate articleDate, boolean conflict) {
        for (Token t : sentence) {
            String w = t.text();
            Matcher m = YEAR.matcher(w);
            if (m.matches() && articleDate != null && Integer.parseInt(w) < articleDate.getYear() - 1) {
                return true;
            }
            if (w.equalsIgnoreCase("ago")) {
                return true;
            }
            if (conflict && (t.pos().equals("VBD") || t.pos().equals("VBN")) && ENDED.contains(t.lemma())) {
                return true;
            }
        }
        return false;
    }
}
