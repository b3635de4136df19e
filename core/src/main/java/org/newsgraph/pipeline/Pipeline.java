package org.newsgraph.pipeline;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.newsgraph.entities.DocumentEntities;
import org.newsgraph.entities.EntityResolver;
import org.newsgraph.events.EventCoder;
import org.newsgraph.events.EventVocabulary;
import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.extract.Paragraphs;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.model.Article;
import org.newsgraph.model.Event;
import org.newsgraph.model.NewsRecord;
import org.newsgraph.model.Quote;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.quotes.QuoteFinder;
import org.newsgraph.quotes.ReportingVerbs;
import org.newsgraph.vocab.Vocabulary;

/**
 * The whole engine for one document: extract, annotate, entities, quotes, events. Built once with
 * its models and vocabularies, then safe to call from several threads.
 */
public final class Pipeline {
    private final ArticleExtractor extractor;
    private final Annotator annotator;
    private final EntityResolver entities;
    private final QuoteFinder quotes;
    private final EventCoder events;
    private final StageTimes times = new StageTimes();

    public Pipeline(ArticleExtractor extractor, Annotator annotator, EntityResolver entities, QuoteFinder quotes,
            EventCoder events) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.annotator = Objects.requireNonNull(annotator, "annotator");
        this.entities = Objects.requireNonNull(entities, "entities");
        this.quotes = Objects.requireNonNull(quotes, "quotes");
        this.events = Objects.requireNonNull(events, "events");
    }

    /** The standard pipeline over the built-in vocabularies and the given annotator. */
    public static Pipeline standard(Annotator annotator) {
        return standard(annotator, Vocabulary.builtIn());
    }

    /** The standard pipeline over a given entity vocabulary (a user's actor dictionary added, say). */
    public static Pipeline standard(Annotator annotator, Vocabulary vocabulary) {
        return new Pipeline(new ArticleExtractor(), annotator, new EntityResolver(vocabulary),
                new QuoteFinder(ReportingVerbs.builtIn()), new EventCoder(EventVocabulary.builtIn()));
    }

    public NewsRecord analyze(RawDocument doc) {
        long t0 = System.nanoTime();
        Article article = extractor.extract(doc);
        long t1 = System.nanoTime();
        return understand(doc.id(), article, t1 - t0);
    }

    /**
     * Analyzes text as it stands, without extraction: the body is the text itself, its paragraphs
     * the blocks between blank lines, so every offset indexes the given text. For gold data whose
     * annotations are offsets into a text.
     */
    public NewsRecord analyzeText(String id, String text, LocalDate date) {
        return understand(id, new Article(null, null, null, date, null, null, text, Paragraphs.of(text)), 0);
    }

    private NewsRecord understand(String id, Article article, long extractNs) {
        long t1 = System.nanoTime();
        AnnotatedText text = annotate(article.body());
        long t2 = System.nanoTime();
        DocumentEntities found = entities.resolve(text);
        long t3 = System.nanoTime();
        List<Quote> quoted = quotes.find(article, text, found);
        long t4 = System.nanoTime();
        List<Event> coded = events.code(article, text, found, quoted);
        long t5 = System.nanoTime();
        times.add(extractNs, t2 - t1, t3 - t2, t4 - t3, t5 - t4, text.tokens().size());
        return new NewsRecord(id, article, found.entities(), quoted, coded);
    }

    /** A page without text (a video page, a paywall stub) never asks the annotator, so never loads its models. */
    private AnnotatedText annotate(String body) {
        return body.isBlank() ? new AnnotatedText(body, List.of(), List.of()) : annotator.annotate(body);
    }

    /** Time spent in each stage so far, for {@code bench}. */
    public StageTimes times() {
        return times;
    }
}
