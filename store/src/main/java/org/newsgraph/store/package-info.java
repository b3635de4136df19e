/**
 * Embedded storage of analyzed records: one DuckDB file in a directory, no server to install.
 *
 * <p>{@link org.newsgraph.store.RecordStore} is the facade. The whole record, as
 * {@link org.newsgraph.json.RecordJson} writes it, is the source of truth for reads; the
 * {@code entities}, {@code quotes} and {@code events} tables repeat its facts in columns so that
 * they can be queried with SQL. Failures surface as the unchecked
 * {@link org.newsgraph.store.StoreException}, whose message names the store file.
 */
package org.newsgraph.store;
