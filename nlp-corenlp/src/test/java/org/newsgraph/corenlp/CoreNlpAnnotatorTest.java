package org.newsgraph.corenlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/** Loads the real models once for this JVM and checks the conversion into Newsgraph's records. */
class CoreNlpAnnotatorTest {
    private static final CoreNlpAnnotator ANNOTATOR = new CoreNlpAnnotator(CoreNlpSettings.DEFAULT);

    private static final String TEXT = "President Ilham Aliyev received General Nadeem Raza in Baku.\n\n"
            + "“We will win,” he said. Azerbaijan-Pakistan relations are old.";

    @Test
    void tokenOffsetsIndexTheTextAndKeepTypographicQuotes() {
        AnnotatedText a = ANNOTATOR.annotate(TEXT);
        for (Token t : a.tokens()) {
            assertEquals(TEXT.substring(t.start(), t.end()), t.text());
        }
        assertTrue(a.tokens().stream().anyMatch(t -> t.text().equals("“")));
    }

    @Test
    void namesAreTaggedAndVerbsLemmatized() {
        AnnotatedText a = ANNOTATOR.annotate(TEXT);
        Token aliyev = a.tokens().stream().filter(t -> t.text().equals("Aliyev")).findFirst().orElseThrow();
        assertEquals("PERSON", aliyev.ner());
        Token received = a.tokens().stream().filter(t -> t.text().equals("received")).findFirst().orElseThrow();
        assertEquals("receive", received.lemma());
        assertTrue(received.isVerb());
    }

    @Test
    void aTitleAbbreviationTheTokenizerDoesNotKnowEndsNoSentenceBeforeAName() {
        String text = "\"It is a waste of time,\" said Del. Stacey Plaskett of the Virgin Islands. Dover, Del. The vote is on.";
        AnnotatedText a = ANNOTATOR.annotate(text);
        // the delegate's title stays in her sentence; the state's abbreviation before "The" still ends one
        assertEquals(List.of(text.substring(0, text.indexOf("Dover") - 1), "Dover, Del.", "The vote is on."),
                a.sentences().stream().map(x -> text.substring(x.start(), x.end())).toList());
        Token del = a.tokens().stream().filter(t -> t.text().startsWith("Del")).findFirst().orElseThrow();
        assertEquals("Del.", del.text());
        for (int i = 0; i < a.tokens().size(); i++) {
            assertEquals(i, a.tokens().get(i).index());
            assertEquals(text.substring(a.tokens().get(i).start(), a.tokens().get(i).end()), a.tokens().get(i).text());
        }
    }

    @Test
    void aPartyTagsPeriodEndsNoSentenceBeforeAComma() {
        String text = "Sen. Lindsey Graham, R-S.C., a long-shot candidate, said Obama is wrong. He left.";
        AnnotatedText a = ANNOTATOR.annotate(text);
        assertEquals(List.of(text.substring(0, text.indexOf(" He")), "He left."),
                a.sentences().stream().map(x -> text.substring(x.start(), x.end())).toList());
        assertTrue(a.tokens().stream().anyMatch(t -> t.text().equals("R-S.C.")), a.tokens().toString());
        for (int i = 0; i < a.tokens().size(); i++) {
            assertEquals(i, a.tokens().get(i).index());
            assertEquals(text.substring(a.tokens().get(i).start(), a.tokens().get(i).end()), a.tokens().get(i).text());
        }
    }

    @Test
    void aSentenceNeverCrossesAParagraphAndHyphenatedCompoundsAreSplit() {
        AnnotatedText a = ANNOTATOR.annotate(TEXT);
        List<Sentence> s = a.sentences();
        assertEquals(3, s.size(), s.toString());
        int breakAt = TEXT.indexOf("\n\n");
        for (Sentence sentence : s) {
            assertTrue(sentence.end() <= breakAt || sentence.start() > breakAt);
        }
        assertTrue(a.tokens().stream().anyMatch(t -> t.text().equals("Pakistan")));
    }

    @Test
    void emptyTextGivesNoTokens() {
        AnnotatedText a = ANNOTATOR.annotate("");
        assertTrue(a.tokens().isEmpty());
        assertTrue(a.sentences().isEmpty());
    }
}
