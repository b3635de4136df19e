package org.newsgraph.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.newsgraph.model.NewsRecord;

/**
 * The tables of a store and the version check that guards them. The version is the record schema
 * ({@value NewsRecord#SCHEMA}) because the tables only repeat the record's fields: when the record
 * changes shape, so do they.
 */
final class Schema {
    static final String VERSION = NewsRecord.SCHEMA;

    /*
     * No foreign keys and no indexes beyond the documents key: an upsert deletes and re-inserts a
     * document's rows, and DuckDB's ART indexes make that slower and have had bugs with it. DuckDB's
     * zone maps keep the scans by doc_id cheap at the sizes this store is meant for.
     */
    private static final List<String> TABLES = List.of(
            "CREATE TABLE IF NOT EXISTS meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL)",
            """
            CREATE TABLE IF NOT EXISTS documents (
                id VARCHAR PRIMARY KEY,
                url VARCHAR,
                title VARCHAR,
                byline VARCHAR,
                source VARCHAR,
                published_date DATE,
                language VARCHAR,
                ingested_at TIMESTAMP NOT NULL,
                first_words VARCHAR NOT NULL,
                record_json VARCHAR NOT NULL)""",
            """
            CREATE TABLE IF NOT EXISTS entities (
                doc_id VARCHAR NOT NULL,
                entity_id VARCHAR,
                name VARCHAR,
                type VARCHAR,
                country VARCHAR,
                sector VARCHAR,
                code VARCHAR,
                mention_count INTEGER NOT NULL)""",
            """
            CREATE TABLE IF NOT EXISTS quotes (
                doc_id VARCHAR NOT NULL,
                quote_idx INTEGER NOT NULL,
                kind VARCHAR,
                text VARCHAR,
                start_offset INTEGER NOT NULL,
                end_offset INTEGER NOT NULL,
                speaker_entity VARCHAR,
                speaker_name VARCHAR)""",
            """
            CREATE TABLE IF NOT EXISTS events (
                doc_id VARCHAR NOT NULL,
                event_idx INTEGER NOT NULL,
                plover VARCHAR,
                mode VARCHAR,
                context VARCHAR,
                cameo VARCHAR,
                quad_class INTEGER NOT NULL,
                goldstein DOUBLE NOT NULL,
                actor_code VARCHAR,
                actor_name VARCHAR,
                actor_entity VARCHAR,
                recipient_code VARCHAR,
                recipient_name VARCHAR,
                recipient_entity VARCHAR,
                event_date DATE,
                historical BOOLEAN NOT NULL,
                negated BOOLEAN NOT NULL,
                evidence_start INTEGER,
                evidence_end INTEGER,
                evidence_text VARCHAR)""");

    /** The tables that hold one row or more per document, keyed by {@code doc_id}. */
    static final List<String> FACT_TABLES = List.of("entities", "quotes", "events");

    private Schema() {}

    /**
     * Creates the tables of a new store, or checks the version of an existing one. Returns the
     * version found in a store that belongs to another schema (whose tables are then left alone),
     * or {@code null} when the store is this one's.
     */
    static String createOrCheck(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(TABLES.get(0));
        }
        String found = storedVersion(connection);
        if (found != null && !VERSION.equals(found)) {
            return found;
        }
        try (Statement statement = connection.createStatement()) {
            for (String ddl : TABLES.subList(1, TABLES.size())) {
                statement.execute(ddl);
            }
        }
        if (found == null) {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO meta (key, value) VALUES ('schema', ?)")) {
                insert.setString(1, VERSION);
                insert.executeUpdate();
            }
        }
        return null;
    }

    private static String storedVersion(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("SELECT value FROM meta WHERE key = 'schema'")) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
