package org.newsgraph.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.Actor;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;
import org.newsgraph.model.NewsRecord;
import org.newsgraph.model.Span;

/**
 * A record's events as rows of GDELT 2.0's event table: 61 tab-separated columns in GDELT's
 * order, no header. What the engine knows fills its column (actor codes, country and sector, the
 * CAMEO code at its three depths, quad class, Goldstein, one mention in one article, the source
 * URL); the rest (known groups, ethnicity, religion, tone, every geography column, the time GDELT
 * added the row) is left empty. Negated events ("did not attack") are not written: GDELT's layout
 * cannot say that an act did not happen. Stateless.
 */
public final class GdeltEventRows {
    /** GDELT 2.0 event table: 61 columns. */
    public static final int COLUMNS = 61;
    /** Codes that name a body without a country: they go to the type column, not the country column. */
    private static final Set<String> STATELESS = Set.of("IGO", "NGO", "IMG", "MNC");

    private GdeltEventRows() {}

    /**
     * The rows of one record's events, numbered from {@code firstId} (GDELT's GLOBALEVENTID is a
     * number; an export numbers its rows in order).
     */
    public static List<String> rows(NewsRecord record, long firstId) {
        List<String> out = new ArrayList<>();
        long id = firstId;
        for (Event e : record.events()) {
            if (!e.negated()) {
                out.add(row(record, e, id++));
            }
        }
        return out;
    }

    static String row(NewsRecord record, Event e, long id) {
        String[] c = new String[COLUMNS];
        Arrays.fill(c, "");
        c[0] = Long.toString(id);
        LocalDate d = e.date() != null ? e.date() : record.article().publishedDate();
        if (d != null) {
            c[1] = String.format(Locale.ROOT, "%04d%02d%02d", d.getYear(), d.getMonthValue(), d.getDayOfMonth());
            c[2] = c[1].substring(0, 6);
            c[3] = c[1].substring(0, 4);
            c[4] = String.format(Locale.ROOT, "%.4f", d.getYear() + (d.getDayOfYear() - 1) / (double) d.lengthOfYear());
        }
        actor(record, e.actor(), c, 5);
        actor(record, e.recipient(), c, 15);
        c[25] = rootEvent(record, e.evidence()) ? "1" : "0";
        c[26] = e.cameo();
        c[27] = e.cameo().length() > 3 ? e.cameo().substring(0, 3) : e.cameo();
        c[28] = e.cameo().substring(0, 2);
        c[29] = Integer.toString(e.quadClass());
        c[30] = String.format(Locale.ROOT, "%.1f", e.goldstein());
        c[31] = "1"; // NumMentions, NumSources, NumArticles: this article, once
        c[32] = "1";
        c[33] = "1";
        c[60] = clean(record.article().url() != null ? record.article().url() : record.id());
        return String.join("\t", c);
    }

    /** Code, name, country code, then (known group, ethnic, two religions left empty) the sector as first type code. */
    private static void actor(NewsRecord record, Actor a, String[] c, int at) {
        if (a == null || a.code() == null) {
            return;
        }
        String code = a.code();
        c[at] = clean(code);
        Entity entity = a.entity() == null ? null : record.entity(a.entity());
        c[at + 1] = clean(a.name() != null ? a.name() : entity != null ? entity.name() : "");
        String head = code.length() >= 3 ? code.substring(0, 3) : code;
        boolean stateless = STATELESS.contains(head);
        c[at + 2] = stateless ? "" : head;
        String type = stateless ? head : code.length() >= 6 ? code.substring(3, 6) : "";
        c[at + 7] = type;
    }

    /** GDELT marks an event reported in the lead paragraph as a root event. */
    private static boolean rootEvent(NewsRecord record, Span evidence) {
        List<Span> paragraphs = record.article().paragraphs();
        return evidence != null && !paragraphs.isEmpty() && evidence.start() < paragraphs.get(0).end();
    }

    private static String clean(String s) {
        return s.replaceAll("[\\t\\r\\n]+", " ");
    }
}
