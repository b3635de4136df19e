package org.newsgraph.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Actor;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.NewsRecord;
import org.newsgraph.model.Span;

class GdeltEventRowsTest {
    private static final String BODY = "Aliyev received Raza.\n\nThe UN did not attack Armenia.";

    private static NewsRecord record(Event... events) {
        Article a = new Article("https://example.org/a", "T", null, LocalDate.of(2021, 3, 3), "News.Az", "en", BODY,
                List.of(Span.bounds(0, 21), Span.bounds(23, BODY.length())));
        Entity aliyev = new Entity("e1", "Ilham Aliyev", EntityType.PERSON, "AZE", "GOV", "AZEGOV", List.of("President"), List.of());
        return new NewsRecord("doc", a, List.of(aliyev), List.of(), List.of(events));
    }

    private static Event event(String cameo, Actor actor, Actor recipient, int evidenceStart, boolean negated) {
        return new Event("CONSULT", "visit", null, cameo, 1, 2.8, actor, recipient, LocalDate.of(2021, 3, 1), false, negated,
                Span.of(BODY, evidenceStart, evidenceStart + 3));
    }

    @Test
    void anEventFillsTheSixtyOneColumnsItKnowsInGdeltOrder() {
        Event e = event("0431", new Actor("e1", "Ilham Aliyev", "AZEGOV", null), new Actor(null, "Pakistan", "PAK", null), 7, false);
        String[] c = GdeltEventRows.rows(record(e), 41).get(0).split("\t", -1);
        assertEquals(GdeltEventRows.COLUMNS, c.length);
        assertEquals("41", c[0]);
        assertEquals(List.of("20210301", "202103", "2021", "2021.1616"), List.of(c[1], c[2], c[3], c[4]));
        assertEquals(List.of("AZEGOV", "Ilham Aliyev", "AZE", "GOV"), List.of(c[5], c[6], c[7], c[12]));
        assertEquals(List.of("PAK", "Pakistan", "PAK", ""), List.of(c[15], c[16], c[17], c[22]));
        assertEquals(List.of("1", "0431", "043", "04", "1", "2.8", "1", "1", "1", ""),
                List.of(c[25], c[26], c[27], c[28], c[29], c[30], c[31], c[32], c[33], c[34]));
        assertEquals("https://example.org/a", c[60]);
        for (int i = 35; i < 60; i++) {
            assertEquals("", c[i], "geography, DATEADDED: unknown, left empty (column " + (i + 1) + ")");
        }
    }

    @Test
    void aStatelessBodyIsATypeNotACountryAndALaterParagraphIsNoRootEvent() {
        Event e = event("18", new Actor(null, "United Nations", "IGO", null), new Actor(null, "Armenia", "ARM", null), 30, false);
        String[] c = GdeltEventRows.rows(record(e), 1).get(0).split("\t", -1);
        assertEquals(List.of("IGO", "", "IGO"), List.of(c[5], c[7], c[12]));
        assertEquals("0", c[25]);
        assertEquals(List.of("18", "18", "18"), List.of(c[26], c[27], c[28]));
    }

    @Test
    void negatedEventsAreNotWrittenAndRowsAreNumberedInOrder() {
        Actor a = new Actor(null, "Azerbaijan", "AZE", null);
        Actor b = new Actor(null, "Armenia", "ARM", null);
        List<String> rows = GdeltEventRows.rows(record(event("190", a, b, 0, true), event("040", a, b, 0, false),
                event("041", b, a, 0, false)), 7);
        assertEquals(2, rows.size());
        assertEquals(List.of("7", "8"), rows.stream().map(r -> r.substring(0, r.indexOf('\t'))).toList());
    }
}
