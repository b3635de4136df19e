package org.newsgraph.server;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Entity;
import org.newsgraph.model.NewsRecord;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;

/**
 * The marks of an article body: its quotes and every mention of its entities. A quote is the outer
 * layer, so a name inside a quote nests inside the quote's tag.
 */
final class ArticleMarks {
    static final int QUOTE_LAYER = 0;
    static final int ENTITY_LAYER = 1;

    private ArticleMarks() {}

    static List<BodyMarkup.Mark> of(NewsRecord record) {
        List<BodyMarkup.Mark> marks = new ArrayList<>();
        for (Quote q : record.quotes()) {
            if (q.start() < q.end()) {
                marks.add(new BodyMarkup.Mark(q.start(), q.end(), QUOTE_LAYER, quoteTag(q)));
            }
        }
        for (Entity e : record.entities()) {
            String tag = entityTag(e);
            for (Span mention : e.mentions()) {
                marks.add(new BodyMarkup.Mark(mention.start(), mention.end(), ENTITY_LAYER, tag));
            }
        }
        return marks;
    }

    static String quoteTag(Quote q) {
        String kind = q.kind() == null ? "unknown" : q.kind().name();
        String speaker = speakerName(q);
        String title = speaker == null ? "Quote, speaker unknown" : "Quote by " + speaker;
        return "<span class=\"quote quote-" + Html.escape(kind) + "\" data-speaker=\"" + Html.escape(speaker)
                + "\" title=\"" + Html.escape(title) + "\">";
    }

    static String entityTag(Entity e) {
        return "<span class=\"ent ent-" + Html.escape(typeName(e)) + "\" data-entity=\"" + Html.escape(e.id())
                + "\" title=\"" + Html.escape(e.name() + " (" + typeName(e) + ")") + "\">";
    }

    /** The speaker's name as the record gives it, else the local mention next to the cue, else null. */
    static String speakerName(Quote q) {
        if (q.speaker() != null && q.speaker().name() != null) {
            return q.speaker().name();
        }
        return q.source() == null ? null : q.source().text();
    }

    static String typeName(Entity e) {
        return e.type() == null ? "OTHER" : e.type().name();
    }
}
