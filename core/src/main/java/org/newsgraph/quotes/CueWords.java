package org.newsgraph.quotes;

import java.util.Locale;
import java.util.Map;
import org.newsgraph.entities.DocumentEntities;
import org.newsgraph.entities.ReferenceResolver;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * What a token near a quotation is to its cue: a reporting verb (with the phrasal ones, "went on",
 * "shot back"), a verb that only labels a phrase, an auxiliary, a closing mark, a line break before
 * it; and whether a phrase names someone. {@link CueFinder} and the classes it hands work to share
 * these.
 */
final class CueWords {
    private final ReportingVerbs verbs;
    private final AnnotatedText text;
    private final DocumentEntities entities;

    CueWords(ReportingVerbs verbs, AnnotatedText text, DocumentEntities entities) {
        this.verbs = verbs;
        this.text = text;
        this.entities = entities;
    }

    static boolean isAuxiliary(Token t) {
        return t.pos().equals("MD") || (t.isVerb() && (t.lemma().equals("be") || t.lemma().equals("have")
                || t.lemma().equals("do")));
    }

    /** Whether the phrase holds a name, a description of someone or a pronoun. */
    boolean namesSomeone(int from, int to) {
        for (int i = from; i < to; i++) {
            if (entities.at(i) != null || ReferenceResolver.isPronoun(text.token(i))) {
                return true;
            }
        }
        return false;
    }

    boolean isPhraseVerb(Token t) {
        ReportingVerbs.Verb v = t.isVerb() ? verbs.of(t) : null;
        return v != null && v.clause() == ReportingVerbs.Clause.PHRASE;
    }

    /** A verb that can introduce a direct quotation (not one that labels an object with a phrase). */
    boolean isReportingVerb(Token t) {
        if (t.text().equals("Said") || t.text().equals("Says")) {
            return true; // "Said Comey, “...”": the tagger reads an opening "Said" as a name
        }
        ReportingVerbs.Verb v = t.isVerb() && !attributive(text, t.index()) && !thatSaid(text, t.index()) ? verbs.of(t) : null;
        return v != null && v.clause() != ReportingVerbs.Clause.PHRASE || closingPhrasalVerb(t);
    }

    /** "That said, ...", "That being said, ...": a turn in the writer's argument, no one's words. */
    static boolean thatSaid(AnnotatedText text, int i) {
        int that = i - 1;
        if (that >= 0 && (text.token(that).lemma().equals("be") || text.token(that).text().equalsIgnoreCase("being"))) {
            // (the tagger reads "being" there as a noun as often as a verb)
            that--;
        }
        return that >= 0 && i + 1 < text.tokens().size() && text.token(i).lemma().equals("say")
                && text.token(that).text().equalsIgnoreCase("that") && text.token(i + 1).text().equals(",")
                && (that == 0 || !Character.isLetterOrDigit(text.token(that - 1).text().charAt(0))
                        || text.sentenceOfToken(that) != null && text.sentenceOfToken(that).firstToken() == that);
    }

    /** Whether the participle at token {@code i} is an adjective before a noun: "in a written statement", "his prepared remarks". */
    static boolean attributive(AnnotatedText text, int i) {
        String pos = text.token(i).pos();
        return (pos.equals("VBN") || pos.equals("VBG")) && i > 0 && i + 1 < text.tokens().size()
                && (text.token(i - 1).pos().equals("DT") || text.token(i - 1).pos().equals("PRP$"))
                && text.token(i + 1).pos().startsWith("NN");
    }

    /** Verbs of speech only with their particle, which ends the clause: "she went on.", "he shot back:". */
    private static final Map<String, String> PHRASAL_SAYING = Map.of("go", "on", "chime", "in", "fire", "back",
            "hit", "back", "sum", "up", "pipe", "up");

    boolean closingPhrasalVerb(Token t) {
        String particle = PHRASAL_SAYING.get(t.lemma().toLowerCase(Locale.ROOT));
        int p = t.index() + 1;
        if (particle == null || !t.isVerb() || p >= text.tokens().size() || !text.token(p).text().equalsIgnoreCase(particle)) {
            return false;
        }
        Sentence s = text.sentenceOfToken(t.index());
        if (s == null || p >= s.endToken()) {
            return false; // "... he went. On Tuesday": the particle is the next sentence's
        }
        return p + 1 >= s.endToken() || CueFinder.isPunct(text.token(p + 1)); // not "went on Fox News", "hit back at"
    }

    /** Whether token {@code i} touches the tokens on both sides, as a hyphen inside a word does ("op-ed", "Ki-moon"). */
    boolean gluedToBoth(int i) {
        return i > 0 && i + 1 < text.tokens().size() && text.token(i - 1).end() == text.token(i).start()
                && text.token(i).end() == text.token(i + 1).start();
    }

    boolean lineBreakBefore(int token) {
        return text.text().substring(text.token(token - 1).end(), text.token(token).start()).contains("\n");
    }

    static boolean isClosingMark(Token t) {
        return t.text().equals("”") || t.text().equals("''") || t.text().equals("’") || t.pos().equals("''");
    }
}
