package org.newsgraph.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.newsgraph.json.RecordJson;
import org.newsgraph.model.NewsRecord;

/**
 * Analyzed records kept in one DuckDB file, {@value #FILE_NAME}, inside a directory.
 *
 * <p>Each write is one transaction, so a crash mid-write leaves the store as it was before the
 * write, never with half a document. DuckDB lets one process at a time open a file for writing:
 * opening a store that another process holds fails with a {@link StoreException} that says so.
 * Within one process, calls are serialized on a single connection, which makes the store safe to
 * share between threads (a web server's request threads) at the cost of one query at a time.
 */
public final class RecordStore implements AutoCloseable {
    public static final String FILE_NAME = "newsgraph.duckdb";

    private final Path file;
    private final Connection connection;
    private final Clock clock;
    private boolean closed;

    private RecordStore(Path file, Connection connection, Clock clock) {
        this.file = file;
        this.connection = connection;
        this.clock = clock;
    }

    /** Opens the store in {@code dir}, creating the directory, the file and the tables if missing. */
    public static RecordStore open(Path dir) {
        return open(dir, Clock.systemUTC());
    }

    /** As {@link #open(Path)}, with the clock that stamps {@code ingested_at} (tests fix it). */
    static RecordStore open(Path dir, Clock clock) {
        Objects.requireNonNull(dir, "dir");
        Path file = dir.toAbsolutePath().normalize().resolve(FILE_NAME);
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new StoreException("cannot create store directory " + file.getParent() + ": " + e, e);
        }
        Connection connection;
        try {
            connection = DriverManager.getConnection("jdbc:duckdb:" + file);
        } catch (SQLException e) {
            throw StoreErrors.onOpen(file, e);
        }
        RecordStore store = new RecordStore(file, connection, clock);
        String otherVersion;
        try {
            otherVersion = store.inTransaction("create the tables", () -> Schema.createOrCheck(connection));
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        if (otherVersion != null) {
            store.close();
            throw new StoreException("store " + file + " has schema '" + otherVersion
                    + "'; this version of newsgraph reads '" + Schema.VERSION + "'");
        }
        return store;
    }

    /** The database file of this store. */
    public Path file() {
        return file;
    }

    /** Stores the record, replacing any record with the same id, in one transaction. */
    public synchronized void put(NewsRecord record) {
        Objects.requireNonNull(record, "record");
        putAll(List.of(record));
    }

    /**
     * Stores the records in one transaction: all of them or, on failure, none. A later record
     * replaces an earlier one with the same id.
     */
    public synchronized void putAll(List<NewsRecord> records) {
        List<NewsRecord> batch = List.copyOf(records);
        if (batch.isEmpty()) {
            return;
        }
        String what = batch.size() == 1
                ? "write record '" + batch.get(0).id() + "'"
                : "write " + batch.size() + " records (from '" + batch.get(0).id() + "')";
        LocalDateTime now = LocalDateTime.now(clock);
        inTransaction(what, () -> {
            try (RecordWriter writer = new RecordWriter(connection)) {
                for (NewsRecord record : batch) {
                    writer.replace(record, now);
                }
            }
            return null;
        });
    }

    /** The record stored under {@code id}, read back from its JSON. */
    public synchronized Optional<NewsRecord> get(String id) {
        Objects.requireNonNull(id, "id");
        String json = query("read record '" + id + "'", "SELECT record_json FROM documents WHERE id = ?",
                statement -> statement.setString(1, id),
                rs -> rs.next() ? rs.getString(1) : null);
        if (json == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(RecordJson.fromJson(json));
        } catch (IllegalArgumentException e) {
            throw new StoreException("store " + file + ": record '" + id + "' is unreadable: " + e.getMessage(), e);
        }
    }

    /**
     * Summaries of stored articles, newest published first; undated articles come last, and
     * articles of the same day are ordered newest ingested first, then by id, so that pages are stable.
     */
    public synchronized List<ArticleSummary> list(int limit, int offset) {
        if (limit < 0 || offset < 0) {
            throw new IllegalArgumentException("limit and offset must be >= 0, got " + limit + " and " + offset);
        }
        String sql = """
                SELECT d.id, d.title, d.source, CAST(d.published_date AS VARCHAR), d.language,
                    (SELECT count(*) FROM quotes q WHERE q.doc_id = d.id),
                    (SELECT count(*) FROM events e WHERE e.doc_id = d.id),
                    d.first_words
                FROM documents d
                ORDER BY d.published_date DESC NULLS LAST, d.ingested_at DESC, d.id
                LIMIT ? OFFSET ?""";
        return query("list articles", sql, statement -> {
            statement.setInt(1, limit);
            statement.setInt(2, offset);
        }, rs -> {
            List<ArticleSummary> out = new ArrayList<>();
            while (rs.next()) {
                String date = rs.getString(4);
                out.add(new ArticleSummary(rs.getString(1), rs.getString(2), rs.getString(3),
                        date == null ? null : LocalDate.parse(date), rs.getString(5),
                        rs.getInt(6), rs.getInt(7), rs.getString(8)));
            }
            return out;
        });
    }

    /** How many documents the store holds. */
    public synchronized int count() {
        return query("count documents", "SELECT count(*) FROM documents", statement -> {},
                rs -> {
                    rs.next();
                    return rs.getInt(1);
                });
    }

    /** Closes the database file, releasing its lock for other processes. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            connection.close();
        } catch (SQLException e) {
            throw new StoreException("store " + file + ": could not close: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return "RecordStore[" + file + "]";
    }

    private <T> T inTransaction(String what, SqlWork<T> work) {
        ensureOpen(what);
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                rollbackQuietly(e);
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new StoreException("store " + file + ": could not " + what + ": " + e.getMessage(), e);
        }
    }

    private <T> T query(String what, String sql, Binder binder, RowsReader<T> reader) {
        ensureOpen(what);
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            try (ResultSet rs = statement.executeQuery()) {
                return reader.read(rs);
            }
        } catch (SQLException e) {
            throw new StoreException("store " + file + ": could not " + what + ": " + e.getMessage(), e);
        }
    }

    private void rollbackQuietly(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private void ensureOpen(String what) {
        if (closed) {
            throw new StoreException("store " + file + " is closed: cannot " + what);
        }
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    @FunctionalInterface
    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    @FunctionalInterface
    private interface RowsReader<T> {
        T read(ResultSet rs) throws SQLException;
    }
}
