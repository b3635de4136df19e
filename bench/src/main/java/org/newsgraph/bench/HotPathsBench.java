package org.newsgraph.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.newsgraph.corenlp.CoreNlpAnnotator;
import org.newsgraph.corenlp.CoreNlpSettings;
import org.newsgraph.entities.DocumentEntities;
import org.newsgraph.entities.EntityResolver;
import org.newsgraph.events.EventCoder;
import org.newsgraph.events.EventVocabulary;
import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.ingest.DocumentSource;
import org.newsgraph.ingest.InputLimits;
import org.newsgraph.ingest.InputSources;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.model.Article;
import org.newsgraph.model.Quote;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.quotes.QuoteFinder;
import org.newsgraph.quotes.ReportingVerbs;
import org.newsgraph.vocab.Vocabulary;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * JMH benchmarks of Newsgraph's own hot paths: extraction, entity grouping, quote finding and
 * event coding. CoreNLP annotates the articles once, in setup, so its models and their run time
 * never enter the timed code and a change to one of these stages shows as itself. One operation is
 * one pass over every article of the corpus (by default the project's {@code samples/}: six
 * articles of 830 to 1,190 words); a stage's input is what the stage before it made of them.
 *
 * <p>Run from the project folder (a fork, 3 warm-up and 5 measured iterations of 2 s each: about
 * two minutes with the model load):
 * <pre>
 * mvn -q -B install -Dmaven.test.skip=true -pl bench -am
 * java -cp "bench/target/newsgraph-bench.jar:bench/target/lib/*" org.openjdk.jmh.Main HotPathsBench
 * </pre>
 * Add {@code -p corpus=DIR} for other articles, {@code -prof gc} for allocation per pass.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xmx2g", "-XX:+UseParallelGC"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class HotPathsBench {
    /** A folder or file of articles, as {@code newsgraph analyze} takes them. */
    @Param("samples")
    public String corpus;

    private final ArticleExtractor extractor = new ArticleExtractor();
    private final EntityResolver entities = new EntityResolver(Vocabulary.builtIn());
    private final QuoteFinder quotes = new QuoteFinder(ReportingVerbs.builtIn());
    private final EventCoder events = new EventCoder(EventVocabulary.builtIn());

    private final List<RawDocument> pages = new ArrayList<>();
    private final List<Article> articles = new ArrayList<>();
    private final List<AnnotatedText> annotated = new ArrayList<>();
    private final List<DocumentEntities> grouped = new ArrayList<>();
    private final List<List<Quote>> quoted = new ArrayList<>();

    @Setup(Level.Trial)
    public void prepare() {
        InputSources inputs = new InputSources(InputLimits.DEFAULT, System.in);
        for (DocumentSource s : inputs.expand(List.of(Path.of(corpus).toString()))) {
            pages.add(s.load());
        }
        if (pages.isEmpty()) {
            throw new IllegalStateException(corpus + ": no article (run from the project folder or give -p corpus=DIR)");
        }
        CoreNlpAnnotator annotator = new CoreNlpAnnotator(CoreNlpSettings.DEFAULT);
        for (RawDocument page : pages) {
            Article a = extractor.extract(page);
            AnnotatedText text = annotator.annotate(a.body());
            DocumentEntities found = entities.resolve(text);
            articles.add(a);
            annotated.add(text);
            grouped.add(found);
            quoted.add(quotes.find(a, text, found));
        }
    }

    /** Page to article: HTML parsing and cleaning, body and metadata, language detection. */
    @Benchmark
    public void extract(Blackhole out) {
        for (RawDocument page : pages) {
            out.consume(extractor.extract(page));
        }
    }

    /** Tagged tokens to entities: vocabulary matching, grouping by name, titles and references. */
    @Benchmark
    public void entities(Blackhole out) {
        for (AnnotatedText text : annotated) {
            out.consume(entities.resolve(text));
        }
    }

    /** Direct and indirect quotes with their cues and speakers. */
    @Benchmark
    public void quotes(Blackhole out) {
        for (int i = 0; i < articles.size(); i++) {
            out.consume(quotes.find(articles.get(i), annotated.get(i), grouped.get(i)));
        }
    }

    /** Event patterns, actors, recipients, dates and codes. */
    @Benchmark
    public void events(Blackhole out) {
        for (int i = 0; i < articles.size(); i++) {
            out.consume(events.code(articles.get(i), annotated.get(i), grouped.get(i), quoted.get(i)));
        }
    }

    /** Everything after annotation, as the pipeline runs it: entities, then quotes, then events. */
    @Benchmark
    public void coding(Blackhole out) {
        for (int i = 0; i < articles.size(); i++) {
            DocumentEntities found = entities.resolve(annotated.get(i));
            List<Quote> q = quotes.find(articles.get(i), annotated.get(i), found);
            out.consume(events.code(articles.get(i), annotated.get(i), found, q));
        }
    }
}
