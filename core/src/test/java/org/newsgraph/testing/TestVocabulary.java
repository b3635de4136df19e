package org.newsgraph.testing;

import org.newsgraph.events.EventVocabulary;
import org.newsgraph.quotes.ReportingVerbs;
import org.newsgraph.vocab.Vocabulary;

/** The built-in vocabularies, loaded once for all unit tests of a JVM (they are immutable). */
public final class TestVocabulary {
    public static final Vocabulary VOCABULARY = Vocabulary.builtIn();
    public static final ReportingVerbs REPORTING = ReportingVerbs.builtIn();
    public static final EventVocabulary EVENTS = EventVocabulary.builtIn();

    private TestVocabulary() {}
}
