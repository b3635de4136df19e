package org.newsgraph.store;

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

/** Hand-built records; offsets are found in the body so that the text can change without recounting. */
final class SampleRecords {
    private SampleRecords() {}

    static NewsRecord full(String id, String title, LocalDate date, String body) {
        int para = body.indexOf("\n\n");
        List<Span> paragraphs = para < 0
                ? List.of(Span.bounds(0, body.length()))
                : List.of(Span.bounds(0, para), Span.bounds(para + 2, body.length()));
        Article article = new Article("https://news.example/" + id, title, "By A. Writer", date,
                "news.example", "en", body, paragraphs);
        Span aliyev = span(body, "Ilham Aliyev");
        Span putin = span(body, "Vladimir Putin");
        Entity e1 = new Entity("e1", "Ilham Aliyev", EntityType.PERSON, "AZE", "GOV", "AZEGOV",
                List.of("President"), List.of(aliyev, span(body, "Aliyev said")));
        Entity e2 = new Entity("e2", "Vladimir Putin", EntityType.PERSON, "RUS", "GOV", "RUSGOV",
                List.of(), List.of(putin));
        Entity e3 = new Entity("e3", "Moscow", EntityType.LOCATION, null, null, null, List.of(),
                List.of(span(body, "Moscow")));
        Span quoted = span(body, "We agreed on trade");
        Quote q = new Quote(quoted.text(), quoted.start(), quoted.end(), Quote.QuoteKind.direct,
                new Quote.Speaker("e1", "Ilham Aliyev"), span(body, "Aliyev"), span(body, "said"));
        Quote unattributed = new Quote("talks follow", 0, 0, Quote.QuoteKind.indirect, null, null, null);
        Event met = new Event("CONSULT", "visit", null, "043", 1, 2.8,
                new Actor("e1", "Ilham Aliyev", "AZEGOV", aliyev),
                new Actor("e2", "Vladimir Putin", "RUSGOV", putin),
                date, false, false, span(body, "met"));
        Event war = new Event("FIGHT", null, "military", "190", 4, -10.0,
                new Actor(null, "Azerbaijan", "AZE", null), null, null, true, true, null);
        return new NewsRecord(id, article, List.of(e1, e2, e3), List.of(q, unattributed),
                List.of(met, war));
    }

    static NewsRecord full(String id, LocalDate date) {
        return full(id, "Aliyev meets Putin", date, standardBody());
    }

    static String standardBody() {
        return "President Ilham Aliyev met Vladimir Putin in Moscow on Monday. \"We agreed on trade,\""
                + " Aliyev said.\n\nThe talks follow a war that ended in 2020.";
    }

    /** A record with a body only: no title, no date, no facts. */
    static NewsRecord bare(String id, String body) {
        Article article = new Article(null, null, null, null, null, null, body,
                List.of(Span.bounds(0, body.length())));
        return new NewsRecord(id, article, List.of(), List.of(), List.of());
    }

    static Span span(String body, String text) {
        int start = body.indexOf(text);
        if (start < 0) {
            throw new IllegalArgumentException("not in body: " + text);
        }
        return Span.of(body, start, start + text.length());
    }
}
