/**
 * Newsgraph's own annotation records (tokens, sentences, dependencies) and the contract of an
 * annotator that makes them. Entity, quote and event coding read only these, so they run in unit
 * tests on hand-built values and any NLP backend can stand behind them.
 */
package org.newsgraph.nlp;
