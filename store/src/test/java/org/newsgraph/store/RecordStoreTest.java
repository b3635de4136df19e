package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.NewsRecord;

class RecordStoreTest {
    @TempDir
    Path dir;

    @Test
    void openCreatesTheDirectoryTheFileAndTheSchemaVersion() throws SQLException {
        Path nested = dir.resolve("a/b");
        try (RecordStore store = RecordStore.open(nested)) {
            assertEquals(0, store.count());
            assertEquals(nested.resolve(RecordStore.FILE_NAME).toAbsolutePath(), store.file());
        }
        assertTrue(Files.isRegularFile(nested.resolve("newsgraph.duckdb")));
        assertEquals("newsgraph/1", scalar(nested, "SELECT value FROM meta WHERE key = 'schema'"));
    }

    @Test
    void aRecordComesBackEqualWithEntitiesQuotesEventsAndDates() {
        NewsRecord record = SampleRecords.full("samples/a.txt", LocalDate.of(2024, 2, 29));
        try (RecordStore store = RecordStore.open(dir)) {
            store.put(record);
            assertEquals(record, store.get("samples/a.txt").orElseThrow());
            assertTrue(store.get("samples/b.txt").isEmpty());
            assertEquals(1, store.count());
        }
    }

    @Test
    void factTablesHoldOneRowPerFact() throws SQLException {
        try (RecordStore store = RecordStore.open(dir)) {
            store.put(SampleRecords.full("a", LocalDate.of(2024, 2, 29)));
        }
        assertEquals("3", scalar(dir, "SELECT count(*) FROM entities WHERE doc_id = 'a'"));
        assertEquals("2", scalar(dir, "SELECT mention_count FROM entities WHERE entity_id = 'e1'"));
        assertEquals("2", scalar(dir, "SELECT count(*) FROM quotes WHERE doc_id = 'a'"));
        assertEquals("Ilham Aliyev", scalar(dir, "SELECT speaker_name FROM quotes WHERE quote_idx = 0"));
        assertEquals("2024-02-29", scalar(dir, "SELECT CAST(published_date AS VARCHAR) FROM documents"));
        assertEquals("AZEGOV->RUSGOV 2024-02-29 met", scalar(dir,
                "SELECT actor_code || '->' || recipient_code || ' ' || event_date || ' ' || evidence_text"
                        + " FROM events WHERE event_idx = 0"));
        assertEquals("true true null", scalar(dir,
                "SELECT historical || ' ' || negated || ' ' || coalesce(CAST(evidence_start AS VARCHAR), 'null')"
                        + " FROM events WHERE event_idx = 1"));
    }

    @Test
    void putWithTheSameIdReplacesTheOldRowsInEveryTable() throws SQLException {
        NewsRecord first = SampleRecords.full("a", LocalDate.of(2024, 1, 1));
        NewsRecord second = SampleRecords.bare("a", "Only a body now.");
        try (RecordStore store = RecordStore.open(dir)) {
            store.put(first);
            store.put(second);
            assertEquals(1, store.count());
            assertEquals(second, store.get("a").orElseThrow());
            ArticleSummary summary = store.list(10, 0).get(0);
            assertEquals(0, summary.quoteCount());
            assertEquals(0, summary.eventCount());
        }
        for (String table : List.of("documents", "entities", "quotes", "events")) {
            String expected = table.equals("documents") ? "1" : "0";
            assertEquals(expected, scalar(dir, "SELECT count(*) FROM " + table), table);
        }
    }

    @Test
    void putAllWritesEveryRecordAndALaterDuplicateWins() {
        try (RecordStore store = RecordStore.open(dir)) {
            store.putAll(List.of(
                    SampleRecords.full("a", LocalDate.of(2024, 1, 1)),
                    SampleRecords.full("b", LocalDate.of(2024, 1, 2)),
                    SampleRecords.bare("a", "replaced")));
            assertEquals(2, store.count());
            assertEquals("replaced", store.get("a").orElseThrow().article().body());
        }
    }

    @Test
    void putAllWithANullRecordWritesNothing() {
        try (RecordStore store = RecordStore.open(dir)) {
            ArrayList<NewsRecord> batch = new ArrayList<>();
            batch.add(SampleRecords.bare("a", "text"));
            batch.add(null);
            assertThrows(NullPointerException.class, () -> store.putAll(batch));
            assertEquals(0, store.count());
        }
    }

    @Test
    void threadsCanShareOneStore() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try (RecordStore store = RecordStore.open(dir)) {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int thread = t;
                work.add(pool.submit(() -> {
                    for (int i = 0; i < 20; i++) {
                        String id = "t" + thread + "-" + (i % 5);
                        store.put(SampleRecords.full(id, LocalDate.of(2024, 1, 1 + i % 5)));
                        assertEquals(id, store.get(id).orElseThrow().id());
                        store.list(10, 0);
                    }
                    return null;
                }));
            }
            for (Future<?> f : work) {
                f.get();
            }
            assertEquals(20, store.count());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void dataSurvivesCloseAndReopen() {
        NewsRecord record = SampleRecords.full("https://x.org/a?b=1", LocalDate.of(2023, 12, 31));
        try (RecordStore store = RecordStore.open(dir)) {
            store.put(record);
        }
        try (RecordStore store = RecordStore.open(dir)) {
            assertEquals(record, store.get("https://x.org/a?b=1").orElseThrow());
        }
    }

    @Test
    void listIsNewestPublishedFirstThenUndatedAndPages() {
        Clock clock = Clock.fixed(Instant.parse("2025-01-01T00:00:00Z"), ZoneOffset.UTC);
        try (RecordStore store = RecordStore.open(dir, clock)) {
            store.put(SampleRecords.full("old", LocalDate.of(2020, 5, 1)));
            store.put(SampleRecords.bare("undated", "No date here at all, just words."));
            store.put(SampleRecords.full("new", LocalDate.of(2024, 5, 1)));
            store.put(SampleRecords.full("mid", LocalDate.of(2022, 5, 1)));
            assertEquals(List.of("new", "mid", "old", "undated"), ids(store.list(10, 0)));
            assertEquals(List.of("mid", "old"), ids(store.list(2, 1)));
            assertEquals(List.of(), store.list(0, 0));
            assertEquals(List.of(), store.list(10, 10));
            assertThrows(IllegalArgumentException.class, () -> store.list(-1, 0));
        }
    }

    @Test
    void sameDayArticlesAreNewestIngestedFirst() {
        MutableClock clock = new MutableClock();
        try (RecordStore store = RecordStore.open(dir, clock)) {
            store.put(SampleRecords.full("first", LocalDate.of(2024, 5, 1)));
            clock.advance(Duration.ofSeconds(1));
            store.put(SampleRecords.full("second", LocalDate.of(2024, 5, 1)));
            assertEquals(List.of("second", "first"), ids(store.list(10, 0)));
        }
    }

    @Test
    void summaryCarriesCountsMetadataAndFirstWords() {
        try (RecordStore store = RecordStore.open(dir)) {
            store.put(SampleRecords.full("a", LocalDate.of(2024, 2, 29)));
            store.put(SampleRecords.bare("b", "One two three."));
            ArticleSummary a = store.list(10, 0).get(0);
            assertEquals(new ArticleSummary("a", "Aliyev meets Putin", "news.example", LocalDate.of(2024, 2, 29),
                    "en", 2, 2, a.firstWords()), a);
            assertTrue(a.firstWords().startsWith("President Ilham Aliyev met"), a.firstWords());
            ArticleSummary b = store.list(10, 0).get(1);
            assertNull(b.title());
            assertNull(b.publishedDate());
            assertEquals("One two three.", b.firstWords());
        }
    }

    @Test
    void oddTextIsStoredExactly() {
        String body = "\"Quoted\" and 'single' \\ back\\slash; <script>alert(1)</script> \"><img src=x onerror=alert(1)>"
                + " — ünïcödé 中文 عربى 😀 e\u0301 tab\there\r\nNUL\u0000end '; DROP TABLE documents; --";
        NewsRecord record = SampleRecords.bare("id with 'quote\" and ; <b>", body);
        try (RecordStore store = RecordStore.open(dir)) {
            store.put(record);
            assertEquals(record, store.get("id with 'quote\" and ; <b>").orElseThrow());
            assertEquals(1, store.count());
        }
    }

    @Test
    void aStoreFromAnotherSchemaIsRefusedWithBothVersions() throws SQLException {
        RecordStore.open(dir).close();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(RecordStore.FILE_NAME));
                Statement s = c.createStatement()) {
            s.execute("UPDATE meta SET value = 'newsgraph/0' WHERE key = 'schema'");
        }
        StoreException e = assertThrows(StoreException.class, () -> RecordStore.open(dir));
        assertTrue(e.getMessage().contains("newsgraph/0") && e.getMessage().contains("newsgraph/1"), e.getMessage());
        assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
    }

    @Test
    void aStorePathThatIsAFileIsRefusedNamingIt() throws Exception {
        Path file = Files.writeString(dir.resolve("plain"), "x");
        StoreException e = assertThrows(StoreException.class, () -> RecordStore.open(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void aClosedStoreSaysSo() {
        RecordStore store = RecordStore.open(dir);
        store.close();
        store.close();
        StoreException e = assertThrows(StoreException.class, store::count);
        assertTrue(e.getMessage().contains("closed"), e.getMessage());
        assertFalse(e.getMessage().isBlank());
    }

    private static List<String> ids(List<ArticleSummary> summaries) {
        return summaries.stream().map(ArticleSummary::id).toList();
    }

    /** One value from a store that is closed, read over plain JDBC so the test sees the real tables. */
    private static String scalar(Path storeDir, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + storeDir.resolve(RecordStore.FILE_NAME));
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static final class MutableClock extends Clock {
        private Instant now = Instant.parse("2025-01-01T00:00:00Z");

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
