/**
 * Where documents come from: files, folders, URLs, standard input and JSON Lines batches, read
 * with size limits and checked at the edge so that one bad input is reported by name and the
 * rest of the batch goes on.
 */
package org.newsgraph.ingest;
