package org.newsgraph.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Finds where the event patterns match in a sentence: the anchor word with the right part of
 * speech, then the pattern's other lemmas in order, each within a few words of the last. A verb
 * form used as a modifier ("Jordan's visiting king", "the proposed changes") anchors nothing.
 */
final class AnchorFinder {
    /** A pattern matched at tokens {@code [anchor, end)}. */
    record Anchor(EventPattern pattern, int anchor, int end) {}

    /** How far the next lemma of a pattern may stand from the last: a few words, more inside one noun phrase. */
    private static final int PATTERN_GAP = 3;
    private static final int NOUN_PHRASE_GAP = 6;

    private final EventVocabulary vocab;

    AnchorFinder(EventVocabulary vocab) {
        this.vocab = vocab;
    }

    List<Anchor> find(AnnotatedText text, Sentence s) {
        List<Anchor> out = new ArrayList<>();
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            Anchor a = match(text, s, i);
            if (a != null) {
                out.add(a);
                i = a.end() - 1;
            }
        }
        return out;
    }

    private Anchor match(AnnotatedText text, Sentence s, int i) {
        Token t = text.token(i);
        for (EventPattern p : vocab.patterns(t.lemma().toLowerCase(Locale.ROOT))) {
            // A noun pattern may start at its modifier: "military cooperation", "economic cooperation".
            boolean nounAnchor = t.isNoun() || (p.lemmas().size() > 1 && t.pos().startsWith("JJ"));
            if (p.verb() ? !t.isVerb() || modifier(text, s, i) : !nounAnchor) {
                continue;
            }
            int last = i;
            boolean ok = true;
            for (int k = 1; k < p.lemmas().size() && ok; k++) {
                ok = false;
                for (int j = last + 1; j < s.endToken() && j <= last + NOUN_PHRASE_GAP; j++) {
                    if (text.token(j).lemma().equalsIgnoreCase(p.lemmas().get(k))) {
                        last = j;
                        ok = true;
                        break;
                    }
                    // "welcomed President Reagan's latest policy statement": beyond a few words only within a noun phrase.
                    if (j >= last + PATTERN_GAP && !nounPhraseWord(text.token(j))) {
                        break;
                    }
                }
            }
            if (ok) {
                return new Anchor(p, i, last + 1);
            }
        }
        return null;
    }

    private static boolean nounPhraseWord(Token t) {
        String pos = t.pos();
        return pos.equals("DT") || pos.startsWith("JJ") || pos.startsWith("NN") || pos.equals("CD") || pos.equals("PRP$")
                || pos.equals("POS") || pos.equals("HYPH") || t.text().equals("of");
    }

    /** A participle between a determiner or possessive and a noun describes the noun; it reports no act. */
    private static boolean modifier(AnnotatedText text, Sentence s, int i) {
        String pos = text.token(i).pos();
        if (!pos.equals("VBG") && !pos.equals("VBN") || i == s.firstToken() || i + 1 >= s.endToken()) {
            return false;
        }
        String before = text.token(i - 1).pos();
        boolean determined = before.equals("DT") || before.equals("POS") || before.equals("PRP$") || before.startsWith("JJ");
        return determined && text.token(i + 1).isNoun();
    }
}
