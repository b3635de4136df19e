package org.newsgraph.quotes;

import java.time.LocalDate;
import java.util.List;
import org.newsgraph.entities.EntityResolver;
import org.newsgraph.model.Quote;
import org.newsgraph.testing.TaggedText;
import org.newsgraph.testing.TestVocabulary;

/** Runs the entity and quote stages on a hand-tagged passage, as the pipeline does after annotation. */
final class QuotesOf {
    private static final EntityResolver RESOLVER = new EntityResolver(TestVocabulary.VOCABULARY);
    private static final QuoteFinder FINDER = new QuoteFinder(TestVocabulary.REPORTING);

    private QuotesOf() {}

    static List<Quote> find(TaggedText t) {
        return FINDER.find(t.article(LocalDate.of(2024, 1, 1)), t.annotated(), RESOLVER.resolve(t.annotated()));
    }

    /** The first quote whose words hold {@code part}; fails the test when there is none. */
    static Quote holding(List<Quote> qs, String part) {
        return qs.stream().filter(q -> q.text().contains(part)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote holding " + part + " in " + qs));
    }

    /** The name of the quote's speaker, or null when it has none. */
    static String speakerName(Quote q) {
        return q.speaker() == null ? null : q.speaker().name();
    }

    /** The first quote whose words start with {@code start}; fails the test when there is none. */
    static Quote starting(List<Quote> qs, String start) {
        return qs.stream().filter(q -> q.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting " + start + " in " + qs));
    }
}
