/**
 * The only code that imports {@code edu.stanford.nlp}: builds the CoreNLP pipeline once per JVM
 * from typed settings and converts its output to Newsgraph's own annotation records.
 */
package org.newsgraph.corenlp;
