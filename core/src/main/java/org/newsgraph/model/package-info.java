/**
 * The record that Newsgraph makes of a news page, as immutable values.
 *
 * <p>Every stage hands the next one of these records; every fact carries the character span
 * ({@link org.newsgraph.model.Span}) of the text it came from, as Java {@code String} indices into
 * {@link org.newsgraph.model.Article#body()}. The JSON form is documented in {@code docs/record.md}.
 */
package org.newsgraph.model;
