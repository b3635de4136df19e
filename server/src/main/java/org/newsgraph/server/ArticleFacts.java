package org.newsgraph.server;

import java.util.Locale;
import org.newsgraph.model.Actor;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;
import org.newsgraph.model.NewsRecord;
import org.newsgraph.model.Quote;

/** The column beside an article's body: its quotes, entities and events, each as the record gives them. */
final class ArticleFacts {
    private ArticleFacts() {}

    static String render(NewsRecord record) {
        StringBuilder out = new StringBuilder(2048);
        out.append("<aside class=\"facts\">\n");
        quotes(out, record);
        entities(out, record);
        events(out, record);
        out.append("</aside>\n");
        return out.toString();
    }

    private static void quotes(StringBuilder out, NewsRecord record) {
        heading(out, "Quotes", record.quotes().size());
        if (record.quotes().isEmpty()) {
            out.append("<p class=\"none\">No quotes found.</p>\n</section>\n");
            return;
        }
        out.append("<ol class=\"quote-list\">\n");
        for (Quote q : record.quotes()) {
            String kind = q.kind() == null ? "unknown" : q.kind().name();
            String speaker = ArticleMarks.speakerName(q);
            out.append("<li class=\"quote-item quote-").append(Html.escape(kind)).append("\">")
                    .append("<blockquote>").append(Html.escape(q.text())).append("</blockquote>")
                    .append("<p class=\"speaker\">— ");
            if (speaker == null) {
                out.append("<span class=\"speaker-name unknown\">speaker unknown</span>");
            } else {
                out.append("<span class=\"speaker-name\">").append(Html.escape(speaker)).append("</span>");
            }
            if (q.cue() != null && q.cue().text() != null) {
                out.append(" <span class=\"cue\">").append(Html.escape(q.cue().text())).append("</span>");
            }
            out.append(" <span class=\"tag\">").append(Html.escape(kind)).append("</span></p></li>\n");
        }
        out.append("</ol>\n</section>\n");
    }

    private static void entities(StringBuilder out, NewsRecord record) {
        heading(out, "Entities", record.entities().size());
        if (record.entities().isEmpty()) {
            out.append("<p class=\"none\">No entities found.</p>\n</section>\n");
            return;
        }
        out.append("<table class=\"entities\">\n<thead><tr><th>Name</th><th>Type</th><th>Country</th>")
                .append("<th>Sector</th><th class=\"num\">Mentions</th></tr></thead>\n<tbody>\n");
        for (Entity e : record.entities()) {
            String type = ArticleMarks.typeName(e);
            out.append("<tr data-entity=\"").append(Html.escape(e.id())).append("\"><td><span class=\"ent ent-")
                    .append(Html.escape(type)).append("\">").append(Html.escape(e.name())).append("</span>");
            if (!e.titles().isEmpty()) {
                out.append("<div class=\"titles\">").append(Html.escape(String.join(", ", e.titles())))
                        .append("</div>");
            }
            out.append("</td><td>").append(Html.escape(type.toLowerCase(Locale.ROOT)))
                    .append("</td><td>").append(Html.escape(e.country()))
                    .append("</td><td>").append(Html.escape(e.sector()))
                    .append("</td><td class=\"num\">").append(e.mentions().size()).append("</td></tr>\n");
        }
        out.append("</tbody>\n</table>\n</section>\n");
    }

    private static void events(StringBuilder out, NewsRecord record) {
        heading(out, "Events", record.events().size());
        if (record.events().isEmpty()) {
            out.append("<p class=\"none\">No events found.</p>\n</section>\n");
            return;
        }
        out.append("<ol class=\"event-list\">\n");
        for (Event e : record.events()) {
            out.append("<li class=\"event quad-").append(e.quadClass()).append("\">\n<p class=\"event-head\">")
                    .append("<span class=\"plover\">").append(Html.escape(e.plover())).append("</span>");
            if (e.cameo() != null) {
                out.append(" <span class=\"cameo\">CAMEO ").append(Html.escape(e.cameo())).append("</span>");
            }
            out.append(" <span class=\"goldstein\" title=\"Goldstein scale, -10 to +10\">")
                    .append(String.format(Locale.ROOT, "%+.1f", e.goldstein())).append("</span></p>\n")
                    .append("<p class=\"event-actors\">").append(actor(e.actor())).append(" → ")
                    .append(actor(e.recipient())).append("</p>\n<p class=\"event-meta\">");
            if (e.date() != null) {
                out.append("<time datetime=\"").append(e.date()).append("\">").append(e.date()).append("</time> ");
            }
            flag(out, e.historical(), "historical");
            flag(out, e.negated(), "negated");
            if (e.mode() != null) {
                out.append("<span class=\"tag\">mode: ").append(Html.escape(e.mode())).append("</span> ");
            }
            if (e.context() != null) {
                out.append("<span class=\"tag\">context: ").append(Html.escape(e.context())).append("</span>");
            }
            out.append("</p>\n");
            if (e.evidence() != null && e.evidence().text() != null) {
                out.append("<p class=\"evidence\">“").append(Html.escape(e.evidence().text())).append("”</p>\n");
            }
            out.append("</li>\n");
        }
        out.append("</ol>\n</section>\n");
    }

    private static String actor(Actor a) {
        if (a == null) {
            return "<span class=\"actor none\">—</span>";
        }
        StringBuilder out = new StringBuilder("<span class=\"actor\">");
        if (a.code() != null) {
            out.append("<code>").append(Html.escape(a.code())).append("</code> ");
        }
        out.append(Html.escape(a.name())).append("</span>");
        return out.toString();
    }

    private static void flag(StringBuilder out, boolean on, String name) {
        if (on) {
            out.append("<span class=\"flag flag-").append(name).append("\">").append(name).append("</span> ");
        }
    }

    private static void heading(StringBuilder out, String name, int count) {
        out.append("<section class=\"facts-").append(name.toLowerCase(Locale.ROOT)).append("\">\n<h2>")
                .append(name).append(" <span class=\"count\">").append(count).append("</span></h2>\n");
    }
}
