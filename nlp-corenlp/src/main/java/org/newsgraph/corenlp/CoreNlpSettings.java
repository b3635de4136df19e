package org.newsgraph.corenlp;

import java.util.Properties;

/**
 * The CoreNLP configuration Newsgraph needs, typed. The defaults are chosen for speed: the
 * 4-class CoNLL CRF tagger alone, without the default pipeline's fine-grained NER, SUTime, numeric
 * classifiers and regex rules (1.4 s of CoreNLP's 2 s per article), and no coreference, which
 * Newsgraph resolves itself over its entity groups.
 *
 * @param nerModel        classpath of the CRF model
 * @param dependencyParse run the neural dependency parser (for clause-level argument finding)
 * @param maxSentenceTokens sentences longer than this are not parsed (cost grows fast with length)
 */
public record CoreNlpSettings(String nerModel, boolean dependencyParse, int maxSentenceTokens) {
    public static final CoreNlpSettings DEFAULT = new CoreNlpSettings(
            "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz", false, 80);

    Properties toProperties() {
        Properties p = new Properties();
        p.setProperty("annotators", dependencyParse ? "tokenize,ssplit,pos,lemma,ner,depparse" : "tokenize,ssplit,pos,lemma,ner");
        // Paragraphs are separated by blank lines in the body; a sentence never crosses one.
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.model", nerModel);
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("ner.combinationMode", "NORMAL");
        p.setProperty("depparse.maxLength", Integer.toString(maxSentenceTokens));
        p.setProperty("tokenize.options", "invertible=true,splitHyphenated=true");
        return p;
    }
}
