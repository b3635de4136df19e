package org.newsgraph.server;

import java.time.LocalDate;
import java.util.List;
import org.newsgraph.model.Actor;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.NewsRecord;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;

/** Hand-built records for the server's tests; offsets are looked up in the body, never counted. */
final class TestRecords {
    static final String SCRIPT = "<script>alert(1)</script>";
    static final String IMG = "\"><img src=x onerror=alert(1)>";

    private TestRecords() {}

    /** Aliyev meets Putin: a quote that overlaps a mention, an event, two paragraphs. */
    static NewsRecord meeting(String id) {
        String body = "President Ilham Aliyev met Vladimir Putin in Moscow on Monday. \"Ilham Aliyev and I agreed"
                + " on trade,\" Putin said.\n\nThe talks follow a war that ended in 2020.";
        Span aliyev = span(body, "Ilham Aliyev", 0);
        Span putin = span(body, "Vladimir Putin", 0);
        // The quote starts inside nothing but contains a whole mention; a second mention crosses its end.
        Span quoted = span(body, "Ilham Aliyev and I agreed on trade,", 0);
        Entity e1 = new Entity("e1", "Ilham Aliyev", EntityType.PERSON, "AZE", "GOV", "AZEGOV",
                List.of("President"), List.of(aliyev, span(body, "Ilham Aliyev", aliyev.end())));
        Entity e2 = new Entity("e2", "Vladimir Putin", EntityType.PERSON, "RUS", "GOV", "RUSGOV",
                List.of(), List.of(putin, span(body, "trade,\" Putin", 0)));
        Entity e3 = new Entity("e3", "Moscow", EntityType.LOCATION, "RUS", null, null, List.of(),
                List.of(span(body, "Moscow", 0)));
        Quote q = new Quote(quoted.text(), quoted.start(), quoted.end(), Quote.QuoteKind.direct,
                new Quote.Speaker("e2", "Vladimir Putin"), span(body, "Putin said", 0), span(body, "said", 0));
        Event met = new Event("CONSULT", "visit", null, "043", 1, 2.8,
                new Actor("e1", "Ilham Aliyev", "AZEGOV", aliyev), new Actor("e2", "Vladimir Putin", "RUSGOV", putin),
                LocalDate.of(2024, 2, 26), false, false, span(body, "met", 0));
        Event war = new Event("FIGHT", null, "military", "190", 4, -10.0,
                new Actor(null, "Azerbaijan", "AZE", null), null, null, true, true, span(body, "war", 0));
        int para = body.indexOf("\n\n");
        Article article = new Article("https://news.example/aliyev-putin", "Aliyev meets Putin", "By A. Writer",
                LocalDate.of(2024, 2, 26), "news.example", "en", body,
                List.of(Span.bounds(0, para), Span.bounds(para + 2, body.length())));
        return new NewsRecord(id, article, List.of(e1, e2, e3), List.of(q), List.of(met, war));
    }

    /** Every field a page shows carries markup that must come out as text. */
    static NewsRecord hostile(String id) {
        String body = "Intro " + SCRIPT + " said " + IMG + " and " + "\"" + SCRIPT + "\" end.";
        Span name = span(body, IMG, 0);
        Span quoted = span(body, SCRIPT, body.indexOf("\"" + SCRIPT) + 1);
        Entity e = new Entity(IMG, SCRIPT, EntityType.ORGANIZATION, IMG, SCRIPT, IMG, List.of(SCRIPT),
                List.of(name));
        Quote q = new Quote(quoted.text(), quoted.start(), quoted.end(), Quote.QuoteKind.direct,
                new Quote.Speaker(IMG, SCRIPT + IMG), null, span(body, "said", 0));
        Event ev = new Event(SCRIPT, IMG, SCRIPT, IMG, 3, -2.0, new Actor(IMG, SCRIPT, IMG, null),
                new Actor(SCRIPT, IMG, SCRIPT, null), null, false, false, name);
        Article article = new Article("javascript:alert(1)", SCRIPT + IMG, IMG, LocalDate.of(2024, 3, 1),
                SCRIPT, IMG, body, List.of(Span.bounds(0, body.length())));
        return new NewsRecord(id, article, List.of(e), List.of(q), List.of(ev));
    }

    static Span span(String body, String text, int from) {
        int start = body.indexOf(text, from);
        if (start < 0) {
            throw new IllegalArgumentException("not in body after " + from + ": " + text);
        }
        return Span.of(body, start, start + text.length());
    }
}
