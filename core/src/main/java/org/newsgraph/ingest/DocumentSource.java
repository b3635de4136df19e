package org.newsgraph.ingest;

/**
 * One input to be read: named up front so that a failure can be reported by name, loaded only when
 * the batch reaches it.
 */
public interface DocumentSource {
    /** The path, URL, {@code -} or {@code file:line} the user knows this input by. */
    String name();

    /** Reads the input; throws {@link InputException} naming it when it cannot be read. */
    RawDocument load();
}
