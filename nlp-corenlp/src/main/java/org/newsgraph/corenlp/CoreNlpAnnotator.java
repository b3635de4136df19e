package org.newsgraph.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Annotator;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Runs CoreNLP and converts its output to Newsgraph's records, so no CoreNLP type leaves this
 * module. The pipeline is built once in the constructor (models load there, so a bad setting fails
 * at start) and {@code StanfordCoreNLP.annotate} is safe to call from several threads.
 */
public final class CoreNlpAnnotator implements Annotator {
    private final StanfordCoreNLP pipeline;
    private final CoreNlpSettings settings;

    public CoreNlpAnnotator(CoreNlpSettings settings) {
        this.settings = settings;
        this.pipeline = new StanfordCoreNLP(settings.toProperties());
    }

    @Override
    public String name() {
        return describe(settings);
    }

    /** The name an annotator with these settings has, known without loading its models. */
    public static String describe(CoreNlpSettings settings) {
        return "corenlp(" + settings.toProperties().getProperty("annotators") + ")";
    }

    @Override
    public AnnotatedText annotate(String text) {
        // The tokenizer keeps a no-break space inside a token ("Stu\u00a0Burguiere" is one word to it,
        // and then no name); spaces of the same length keep every offset.
        Annotation doc = new Annotation(text.replaceAll("[\u00a0\u2007\u202f]", " "));
        pipeline.annotate(doc);
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            int sentenceStart = tokens.size();
            List<Dependency> deps = new ArrayList<>();
            boolean title = !labels.isEmpty() && endsInTitleAbbreviation(text, tokens, labels.get(0));
            if (title || !labels.isEmpty() && !sentences.isEmpty() && opensWithComma(text, tokens, labels.get(0))) {
                // "said Del. Stacey Plaskett", "Sen. Lindsey Graham, R-S.C., said": the splitter took an
                // abbreviation's period for a sentence end; the period joins the word it ends
                Sentence before = sentences.remove(sentences.size() - 1);
                sentenceStart = before.firstToken();
                Token period = tokens.get(tokens.size() - 1);
                Token word = tokens.get(tokens.size() - 2);
                boolean glued = period.text().equals(".") && word.end() == period.start() && word.index() >= sentenceStart;
                if (glued) {
                    tokens.remove(tokens.size() - 1);
                    tokens.set(word.index(), new Token(word.index(), text.substring(word.start(), period.end()), word.start(),
                            period.end(), word.pos(), word.lemma() + ".", word.ner()));
                }
                before.dependencies().stream()
                        .filter(d -> !glued || d.governor() != period.index() && d.dependent() != period.index())
                        .forEach(deps::add);
            }
            int first = tokens.size();
            for (CoreLabel t : labels) {
                String ner = t.ner() == null ? "O" : t.ner();
                String lemma = t.lemma() == null ? t.word() : t.lemma();
                tokens.add(new Token(tokens.size(), text.substring(t.beginPosition(), t.endPosition()),
                        t.beginPosition(), t.endPosition(), t.tag(), lemma, ner));
            }
            SemanticGraph g = s.get(SemanticGraphCoreAnnotations.EnhancedPlusPlusDependenciesAnnotation.class);
            if (g == null) {
                g = s.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
            }
            if (g != null) {
                for (SemanticGraphEdge e : g.edgeIterable()) {
                    deps.add(new Dependency(first + e.getGovernor().index() - 1, first + e.getDependent().index() - 1,
                            e.getRelation().toString()));
                }
                for (var root : g.getRoots()) {
                    deps.add(new Dependency(-1, first + root.index() - 1, "root"));
                }
            }
            int end = tokens.size();
            if (end > sentenceStart) {
                sentences.add(new Sentence(sentences.size(), tokens.get(sentenceStart).start(), tokens.get(end - 1).end(),
                        sentenceStart, end, deps));
            }
        }
        return new AnnotatedText(text, tokens, sentences);
    }

    /**
     * Whether the next sentence opens with a comma or semicolon, which no sentence does: the one
     * before ended in an abbreviation the splitter did not know ("Sen. Lindsey Graham, R-S.C., a
     * candidate, said"), on the same line.
     */
    private static boolean opensWithComma(String text, List<Token> tokens, CoreLabel next) {
        int n = tokens.size();
        return n >= 2 && (next.word().equals(",") || next.word().equals(";"))
                && tokens.get(n - 1).text().equals(".")
                && !text.substring(tokens.get(n - 1).end(), next.beginPosition()).contains("\n");
    }

    /** Titles written short that CoreNLP's tokenizer does not know: "Del." (a delegate), "Sec." (secretary). */
    private static final Set<String> TITLE_ABBREVIATIONS = Set.of("Del", "Sec");

    /**
     * Whether the sentence so far ends in a title abbreviation's period that a person's name follows
     * on the same line ("Del. Stacey Plaskett"; "Dover, Del. The state ..." has no person after it).
     */
    private static boolean endsInTitleAbbreviation(String text, List<Token> tokens, CoreLabel next) {
        int n = tokens.size();
        if (n < 2 || !"PERSON".equals(next.ner()) || !Character.isUpperCase(next.word().charAt(0))) {
            return false;
        }
        Token period = tokens.get(n - 1);
        Token title = tokens.get(n - 2);
        return period.text().equals(".") && title.end() == period.start() && TITLE_ABBREVIATIONS.contains(title.text())
                && !text.substring(period.end(), next.beginPosition()).contains("\n");
    }
}
