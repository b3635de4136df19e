package org.newsgraph.quotes;

import java.util.function.IntPredicate;
import org.newsgraph.entities.DocumentEntities;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Token;

/**
 * Finds who a quote is attributed to, on tokens: after the closing mark ("...,” he said",
 * "...,” said the minister", "...,” according to officials"), before the opening mark ("He said:
 * “..."), and before a reporting verb for reported speech. A participle cue with no source of its
 * own ("..., saying “...”") takes the sentence's subject.
 *
 * <p>The entry point: the cue after the closing mark is {@link CueAfterQuote}'s, the cue before the
 * opening one {@link CueBeforeQuote}'s, the phrase naming a verb's speaker {@link SourcePhrases}'s,
 * and what a token is to a cue (a reporting verb, an auxiliary) {@link CueWords}'.
 */
final class CueFinder {
    private final CueWords words;
    private final SourcePhrases sources;
    private final CueAfterQuote afterQuote;
    private final CueBeforeQuote beforeQuote;

    /** @param insideQuote whether a character offset lies inside quoted words */
    CueFinder(ReportingVerbs verbs, AnnotatedText text, DocumentEntities entities, IntPredicate insideQuote) {
        SentenceSubject subjects = new SentenceSubject(text, entities, insideQuote);
        this.words = new CueWords(verbs, text, entities);
        this.sources = new SourcePhrases(verbs, text, entities, subjects, words);
        this.afterQuote = new CueAfterQuote(verbs, text, entities, words, sources);
        this.beforeQuote = new CueBeforeQuote(text, entities, subjects, words, sources);
    }

    /** "...,” he said." / "...,” said the minister." / "...,” according to officials." */
    Cue after(int closeOffset) {
        return afterQuote.after(closeOffset);
    }

    /** "He said: “...”" / "President Aliyev added, “...”" / "..., saying “...”" */
    Cue before(int openOffset) {
        return beforeQuote.before(openOffset);
    }

    /**
     * "As John Cornyn, the No. 2 in the GOP leadership, put it: “...”": a sentence opening with "As
     * X put it", or a clause opening so after a comma, gives what follows, before {@code limit}, to X.
     */
    Cue asPutIt(int first, int limit) {
        return beforeQuote.asPutIt(first, limit);
    }

    /** The source of the reporting verb at {@code verb}: the phrase before it, or the sentence's subject. */
    Cue sourceOf(int verb, int sentenceFirst) {
        return sources.sourceOf(verb, sentenceFirst);
    }

    /** Whether a finite reporting verb stands before this token in its clause (back to a comma), outside quotation marks. */
    boolean reportingVerbBefore(int token, int sentenceFirst) {
        return sources.reportingVerbBefore(token, sentenceFirst);
    }

    /** A verb that can introduce a direct quotation (not one that labels an object with a phrase). */
    boolean isReportingVerb(Token t) {
        return words.isReportingVerb(t);
    }

    /** A token with no letter or digit: "," or "”", but not "'s" or "n't". */
    static boolean isPunct(Token t) {
        return t.text().chars().noneMatch(Character::isLetterOrDigit);
    }
}
