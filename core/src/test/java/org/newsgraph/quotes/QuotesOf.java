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
}
