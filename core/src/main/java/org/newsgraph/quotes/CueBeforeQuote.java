package org.newsgraph.quotes;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.entities.DocumentEntities;
import org.newsgraph.entities.EntityMention;
import org.newsgraph.model.EntityType;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.nlp.VerbGroups;

/**
 * The cue before a quotation's opening mark: "He said: “...", "President Aliyev added, “...",
 * "..., saying “...", a speaker's label ("Clinton: “..."), a frame ("As Cornyn put it, “...")
 * and a closing "X continued:" paragraph that introduces the quotation.
 */
final class CueBeforeQuote {
    /** Most words of a source's name after a digest headline's dash ("- Carl Bialik:"). */
    private static final int MAX_LABEL_WORDS = 4;

    /**
     * Where the colon stands when the token at {@code dash} is a spaced dash followed by one to
     * {@link #MAX_LABEL_WORDS} capitalised words and a colon ("caucus - HuffPollster:", "- Carl
     * Bialik:"), the label of a newsletter's quoted source; else -1.
     */
    static int labelAfterDash(AnnotatedText text, int dash) {
        if (dash < 1 || dash >= text.tokens().size()) {
            return -1;
        }
        Token d = text.token(dash);
        if (!text.isDash(dash) || text.token(dash - 1).end() >= d.start()
                || dash + 1 >= text.tokens().size() || d.end() >= text.token(dash + 1).start()) {
            return -1;
        }
        int j = dash + 1;
        while (j < text.tokens().size() && j - dash <= MAX_LABEL_WORDS && text.token(j).isCapitalized()) {
            j++;
        }
        return j > dash + 1 && j < text.tokens().size() && text.token(j).text().equals(":") ? j : -1;
    }

    /** Words that open a circumstance between a cue and its quotation: "told Congress when asked ...:". */
    private static final Set<String> CIRCUMSTANCE = Set.of("when", "after", "if", "as", "once");

    private final AnnotatedText text;
    private final DocumentEntities entities;
    private final SentenceSubject subjects;
    private final CueWords words;
    private final SourcePhrases sources;

    CueBeforeQuote(AnnotatedText text, DocumentEntities entities, SentenceSubject subjects, CueWords words,
            SourcePhrases sources) {
        this.text = text;
        this.entities = entities;
        this.subjects = subjects;
        this.words = words;
        this.sources = sources;
    }

    /** "He said: “...”" / "President Aliyev added, “...”" / "..., saying “...”" */
    Cue before(int openOffset) {
        int j = text.firstTokenAtOrAfter(openOffset) - 1;
        Sentence s = text.sentenceAt(openOffset);
        int first = s == null ? 0 : s.firstToken();
        Cue frame = asPutIt(first, j + 1);
        if (frame != null) {
            return frame;
        }
        if (j >= 0 && j < first && text.token(j).text().equals(":")) {
            // "Caddell continued:" closing the paragraph before the quotation introduces it.
            first = text.sentenceOfToken(j).firstToken();
            Cue introduction = introduction(first, j);
            if (introduction != null) {
                return introduction;
            }
        }
        if (j > first && text.token(j).text().equals(":")) {
            // "Polls did predict the caucus - HuffPollster: “...”": a digest's headline, a dash, then
            // the name of the one quoted (a name the tagger may not know)
            for (int dash = j - 2; dash > first && dash >= j - 1 - MAX_LABEL_WORDS; dash--) {
                if (labelAfterDash(text, dash) == j) {
                    EntityMention m = entities.at(dash + 1);
                    return m != null && m.firstToken() == dash + 1 ? new Cue(m.firstToken(), m.endToken(), j, j + 1)
                            : new Cue(dash + 1, j, j, j + 1);
                }
            }
            // "Clinton: “Our goal is ...”", "Here’s Clinton in December 1992: “...”": a speaker's label.
            EntityMention label = entities.at(j - 1);
            if (label != null && entities.typeOf(label) != EntityType.LOCATION
                    && !reportingVerbBetween(first, label.firstToken())) {
                return new Cue(label.firstToken(), label.endToken(), j, j + 1);
            }
            if (text.token(j - 1).isProperNoun() && j - 1 == first) {
                return new Cue(j - 1, j, j, j + 1);
            }
        }
        while (j >= first && (text.token(j).text().equals(":") || text.token(j).text().equals(",")
                || text.token(j).lemma().equals("that"))) {
            j--;
        }
        // "says of Clinton, “...", "told reporters: “...", "said on its website that “...": a short
        // phrase without a verb may stand between the cue and the quotation.
        if (j >= first && words.isPhraseVerb(text.token(j))) {
            return sources.sourceOf(j, first); // "what it called “a clear threat”"
        }
        int limit = j - SourcePhrases.MAX_CUE_GAP;
        for (int k = j; k >= first && k >= limit; k--) {
            Token t = text.token(k);
            if (t.pos().equals("VBN") && k - 1 >= first && CIRCUMSTANCE.contains(text.token(k - 1).text().toLowerCase(Locale.ROOT))) {
                // "Lynch, who told Congress when asked last month about the inquiry: “...”": the one
                // asked is the one telling; look on before the circumstance.
                k--;
                limit = k - 1 - SourcePhrases.MAX_CUE_GAP;
                continue;
            }
            if (words.isReportingVerb(t)) {
                if (s != null && VerbGroups.negated(text, s, k)) {
                    return null; // 'Comey cannot say that “from his perspective,” Lewandowski added': no one says it here
                }
                Cue cue = sources.sourceOf(k, first);
                if (cue != null && cuesQuoteBefore(cue, first)) {
                    return null; // '“...,” Sanders said at a rally in Binghamton, N.Y. “...”': the part goes on with that quote
                }
                if (cue == null && k == first) {
                    int srcEnd = sources.sourceForward(k + 1, j + 1); // "Said Comey, “...”"
                    if (srcEnd > k + 1) {
                        return new Cue(k + 1, srcEnd, k, k + 1);
                    }
                }
                return cue;
            }
            if (t.isVerb() && !CueWords.attributive(text, k) || (CueFinder.isPunct(t) && !t.text().equals(",") && !joinsAWord(k))) {
                return null; // (a participle describing a noun is no verb of its own: "told ... in a written statement, “...”")
            }
        }
        return null;
    }

    /** Whether the cue follows a quotation's closing mark in its sentence, and so belongs to that quotation. */
    private boolean cuesQuoteBefore(Cue cue, int first) {
        if (cue.sourceEnd() != cue.cueFirst() && cue.cueEnd() != cue.sourceFirst()) {
            return false; // '“...,” she said, adding, “...”': a cue of its own
        }
        int k = Math.min(cue.sourceFirst(), cue.cueFirst()) - 1;
        if (k >= first && text.token(k).text().equals(",")) {
            k--;
        }
        return k >= first && CueWords.isClosingMark(text.token(k));
    }

    /** Whether token {@code i} is a hyphen inside a word ("op-ed"), not a dash between words. */
    private boolean joinsAWord(int i) {
        return text.token(i).text().equals("-") && words.gluedToBoth(i);
    }

    /**
     * "As John Cornyn, the No. 2 in the GOP leadership, put it: “...”": a sentence opening with "As
     * X put it", or a clause opening so after a comma ("But at the time, as the prosecutor put it,
     * “...”"), gives what follows, before {@code limit}, to X.
     */
    Cue asPutIt(int first, int limit) {
        int opening = first;
        while (opening < limit && (text.token(opening).pos().equals("CC") || text.token(opening).pos().startsWith("RB")
                || text.token(opening).text().equals(","))) {
            opening++; // "But as ...": conjunctions and adverbs before the opening "as" (others need a comma before it)
        }
        for (int as = opening; as + 3 < limit; as++) {
            if (text.token(as).text().equalsIgnoreCase("as") && (as == opening || text.token(as - 1).text().equals(","))) {
                Cue cue = putIt(as, limit);
                if (cue != null) {
                    return cue;
                }
            }
        }
        return null;
    }

    /** The frame "as X put it" opening at {@code as}, when its source names someone. */
    private Cue putIt(int as, int limit) {
        for (int v = as + 2; v + 1 < limit && v <= as + 2 + SourcePhrases.MAX_SOURCE_TOKENS; v++) {
            Token t = text.token(v);
            if (t.lemma().equals("put") && text.token(v + 1).text().equalsIgnoreCase("it")) {
                int k = v - 1;
                while (k > as && (text.token(k).pos().startsWith("RB") || CueWords.isAuxiliary(text.token(k)))) {
                    k--; // "as Trump has put it"
                }
                int srcEnd = sources.sourceForward(as + 1, k + 1);
                return srcEnd > as + 1 && words.namesSomeone(as + 1, srcEnd) ? new Cue(as + 1, srcEnd, v, v + 2) : null;
            }
            if (CueFinder.isPunct(t) && !t.text().equals(",")) {
                return null;
            }
        }
        return null;
    }

    /**
     * A sentence closing its paragraph with a colon before a quotation ("When Wallace died, President
     * Clinton released the following statement:"): its last reporting verb with a source, else, when
     * it announces words (a statement, a tweet), the subject of its last clause.
     */
    private Cue introduction(int first, int colon) {
        for (int v = colon - 1; v >= first; v--) {
            if (words.isReportingVerb(text.token(v)) && !text.token(v).pos().equals("VBG")) {
                Cue cue = sources.sourceOf(v, first);
                if (cue != null) {
                    return cue;
                }
            }
        }
        boolean announces = false;
        for (int i = first; i < colon; i++) {
            announces |= ANNOUNCED_WORDS.contains(text.token(i).text().toLowerCase(Locale.ROOT));
        }
        if (!announces) {
            return null;
        }
        int clause = first;
        for (int i = first; i < colon; i++) {
            if (text.token(i).text().equals(",") && i + 1 < colon && entities.at(i + 1) != null) {
                clause = i + 1; // "When Wallace died in 1998, President Clinton released ..."
            }
        }
        Cue subject = subjects.find(clause, colon);
        return subject == null || !words.namesSomeone(subject.sourceFirst(), subject.sourceEnd()) ? null
                : new Cue(subject.sourceFirst(), subject.sourceEnd(), colon, colon + 1);
    }

    /** Nouns that announce words to follow a colon: "released the following statement:". */
    private static final Set<String> ANNOUNCED_WORDS = Set.of("statement", "following", "tweet", "message",
            "remarks", "post", "note", "letter", "email");

    private boolean reportingVerbBetween(int from, int to) {
        for (int i = from; i < to; i++) {
            if (words.isReportingVerb(text.token(i))) {
                return true;
            }
        }
        return false;
    }
}
