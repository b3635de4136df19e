package org.newsgraph.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.json.RecordJson;
import org.newsgraph.model.Actor;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;
import org.newsgraph.model.NewsRecord;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;

/**
 * Replaces the rows of documents in every table. It runs inside the caller's transaction and never
 * commits, so that the store decides how many documents one commit covers.
 *
 * <p>Dates travel as ISO strings cast in SQL: binding {@code java.sql.Date} would shift a date by
 * the JVM's time zone, and a published date is a calendar day, not an instant.
 */
final class RecordWriter implements AutoCloseable {
    private final List<PreparedStatement> deletes;
    private final PreparedStatement document;
    private final PreparedStatement entity;
    private final PreparedStatement quote;
    private final PreparedStatement event;

    RecordWriter(Connection connection) throws SQLException {
        deletes = new ArrayList<>();
        deletes.add(connection.prepareStatement("DELETE FROM documents WHERE id = ?"));
        for (String table : Schema.FACT_TABLES) {
            deletes.add(connection.prepareStatement("DELETE FROM " + table + " WHERE doc_id = ?"));
        }
        document = connection.prepareStatement("""
                INSERT INTO documents (id, url, title, byline, source, published_date, language,
                    ingested_at, first_words, record_json)
                VALUES (?, ?, ?, ?, ?, CAST(? AS DATE), ?, CAST(? AS TIMESTAMP), ?, ?)""");
        entity = connection.prepareStatement("""
                INSERT INTO entities (doc_id, entity_id, name, type, country, sector, code, mention_count)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""");
        quote = connection.prepareStatement("""
                INSERT INTO quotes (doc_id, quote_idx, kind, text, start_offset, end_offset,
                    speaker_entity, speaker_name)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""");
        event = connection.prepareStatement("""
                INSERT INTO events (doc_id, event_idx, plover, mode, context, cameo, quad_class, goldstein,
                    actor_code, actor_name, actor_entity, recipient_code, recipient_name, recipient_entity,
                    event_date, historical, negated, evidence_start, evidence_end, evidence_text)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, CAST(? AS DATE), ?, ?, ?, ?, ?)""");
    }

    /** Deletes whatever the store holds under the record's id, then inserts the record's rows. */
    void replace(NewsRecord record, LocalDateTime ingestedAt) throws SQLException {
        String id = record.id();
        for (PreparedStatement delete : deletes) {
            delete.setString(1, id);
            delete.executeUpdate();
        }
        insertDocument(record, ingestedAt);
        for (Entity e : record.entities()) {
            insertEntity(id, e);
        }
        int idx = 0;
        for (Quote q : record.quotes()) {
            insertQuote(id, idx++, q);
        }
        idx = 0;
        for (Event e : record.events()) {
            insertEvent(id, idx++, e);
        }
    }

    private void insertDocument(NewsRecord record, LocalDateTime ingestedAt) throws SQLException {
        Article a = record.article();
        document.setString(1, record.id());
        document.setString(2, a.url());
        document.setString(3, a.title());
        document.setString(4, a.byline());
        document.setString(5, a.source());
        document.setString(6, iso(a.publishedDate()));
        document.setString(7, a.language());
        document.setString(8, ingestedAt.toString());
        document.setString(9, FirstWords.of(a.body()));
        document.setString(10, RecordJson.toLine(record));
        document.executeUpdate();
    }

    private void insertEntity(String docId, Entity e) throws SQLException {
        entity.setString(1, docId);
        entity.setString(2, e.id());
        entity.setString(3, e.name());
        entity.setString(4, e.type() == null ? null : e.type().name());
        entity.setString(5, e.country());
        entity.setString(6, e.sector());
        entity.setString(7, e.code());
        entity.setInt(8, e.mentions().size());
        entity.executeUpdate();
    }

    private void insertQuote(String docId, int idx, Quote q) throws SQLException {
        quote.setString(1, docId);
        quote.setInt(2, idx);
        quote.setString(3, q.kind() == null ? null : q.kind().name());
        quote.setString(4, q.text());
        quote.setInt(5, q.start());
        quote.setInt(6, q.end());
        quote.setString(7, q.speaker() == null ? null : q.speaker().entity());
        quote.setString(8, q.speaker() == null ? null : q.speaker().name());
        quote.executeUpdate();
    }

    private void insertEvent(String docId, int idx, Event e) throws SQLException {
        event.setString(1, docId);
        event.setInt(2, idx);
        event.setString(3, e.plover());
        event.setString(4, e.mode());
        event.setString(5, e.context());
        event.setString(6, e.cameo());
        event.setInt(7, e.quadClass());
        event.setDouble(8, e.goldstein());
        setActor(9, e.actor());
        setActor(12, e.recipient());
        event.setString(15, iso(e.date()));
        event.setBoolean(16, e.historical());
        event.setBoolean(17, e.negated());
        Span evidence = e.evidence();
        setInteger(event, 18, evidence == null ? null : evidence.start());
        setInteger(event, 19, evidence == null ? null : evidence.end());
        event.setString(20, evidence == null ? null : evidence.text());
        event.executeUpdate();
    }

    /** Code, name and entity of one side of an event, in the three columns from {@code first}. */
    private void setActor(int first, Actor actor) throws SQLException {
        event.setString(first, actor == null ? null : actor.code());
        event.setString(first + 1, actor == null ? null : actor.name());
        event.setString(first + 2, actor == null ? null : actor.entity());
    }

    private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    @Override
    public void close() throws SQLException {
        SQLException first = null;
        List<PreparedStatement> all = new ArrayList<>(deletes);
        all.addAll(List.of(document, entity, quote, event));
        for (PreparedStatement statement : all) {
            try {
                statement.close();
            } catch (SQLException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
