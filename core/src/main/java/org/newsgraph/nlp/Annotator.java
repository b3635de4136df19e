package org.newsgraph.nlp;

/**
 * Turns text into {@link AnnotatedText}. Implementations load their models once and must be safe
 * to call from several threads.
 */
public interface Annotator {
    AnnotatedText annotate(String text);

    /** A short name for logs and benchmarks. */
    String name();
}
