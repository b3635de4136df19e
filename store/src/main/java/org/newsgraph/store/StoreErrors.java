package org.newsgraph.store;

import java.nio.file.Path;
import java.sql.SQLException;

/** Turns DuckDB's failures to open a file into messages that tell a user what to do. */
final class StoreErrors {
    private StoreErrors() {}

    static StoreException onOpen(Path file, SQLException e) {
        String detail = String.valueOf(e.getMessage());
        // DuckDB's words for a file that another process has open ("Could not set lock on file ...:
        // Conflicting lock is held in <program> (PID n)"); they name the other process, so keep them.
        if (detail.contains("Could not set lock") || detail.contains("Conflicting lock")) {
            return new StoreException("store " + file + " is locked by another process: DuckDB lets only one"
                    + " process open a store for writing. Stop the other newsgraph process (a running"
                    + " 'newsgraph serve', an ingest) or use another store directory. DuckDB said: " + detail, e);
        }
        return new StoreException("cannot open store " + file + ": " + detail, e);
    }
}
