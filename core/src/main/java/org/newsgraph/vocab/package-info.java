/**
 * The vocabulary the coders read: countries (names, formal names, adjectives, capitals),
 * organisations, personal titles and event verb patterns. Each lives in a tab-separated data file
 * under {@code org/newsgraph/vocab/} that a user can extend or replace.
 */
package org.newsgraph.vocab;
