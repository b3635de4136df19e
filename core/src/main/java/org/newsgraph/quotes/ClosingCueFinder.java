package org.newsgraph.quotes;

import java.util.List;
import org.newsgraph.entities.DocumentEntities;
import org.newsgraph.entities.MentionKind;
import org.newsgraph.entities.ReferenceResolver;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Reported speech whose cue comes after the words or inside them: "According to Y, X." and "X,
 * according to Y."; "X is ready, the minister added."; "The nominee, he said, watched ...".
 * Tried on a sentence where no reporting verb opens a clause.
 */
final class ClosingCueFinder {

    private final AnnotatedText text;
    private final DocumentEntities entities;
    private final ReferenceResolver refs;
    private final CueFinder cues;
    private final ReportedClauses clauses;

    ClosingCueFinder(AnnotatedText text, DocumentEntities entities, ReferenceResolver refs, CueFinder cues,
            ReportedClauses clauses) {
        this.text = text;
        this.entities = entities;
        this.refs = refs;
        this.cues = cues;
        this.clauses = clauses;
    }

    /** The sentence's speech with a cue after it or set inside it, or null. */
    Quote find(Sentence s, List<QuotedSpan> marks) {
        Quote q = accordingTo(s, marks);
        if (q == null) {
            q = cueAtTheEnd(s, marks);
        }
        if (q == null) {
            q = beforeParticiple(s, marks);
        }
        return q != null ? q : parenthetical(s, marks);
    }

    /** "According to Y, X." and "X, according to Y.": X is Y's account. */
    private Quote accordingTo(Sentence s, List<QuotedSpan> marks) {
        for (int i = s.firstToken(); i + 2 < s.endToken(); i++) {
            if (!text.token(i).text().equalsIgnoreCase("according") || !text.token(i + 1).text().equals("to")
                    || ReportedClauses.quotedAt(marks, text.token(i).start()) != null) {
                continue;
            }
            int end = clauses.lastWord(s);
            if (i == s.firstToken()) {
                int comma = nextComma(i + 2, end);
                if (comma < 0 || comma + 1 > end) {
                    return null;
                }
                return clauses.attributed(i + 2, comma, i, i + 2, comma + 1, Math.max(end + 1, quoteEnd(comma + 1, marks)));
            }
            if (!text.token(i - 1).text().equals(",") || i - 1 - s.firstToken() < ReportedClauses.MIN_CONTENT_TOKENS
                    || speakerNamedBefore(s.firstToken(), i - 1, marks) && !isPerson(i + 2, Math.min(end + 1, i + 6))) {
                return null; // (as in cueAtTheEnd)
            }
            int sourceEnd = nextComma(i + 2, end);
            return clauses.attributed(i + 2, sourceEnd < 0 ? end + 1 : sourceEnd, i, i + 2, s.firstToken(), i - 1);
        }
        return null;
    }

    /**
     * Past the closing mark of a quotation that opens at this token and runs over more sentences
     * ("According to the newspaper, “... Very few ... are not.”"), or -1.
     */
    private int quoteEnd(int token, List<QuotedSpan> marks) {
        if (token >= text.tokens().size() || !text.token(token).isQuotationMark()) {
            return -1;
        }
        QuotedSpan q = ReportedClauses.quotedAt(marks, text.token(token).start());
        return q == null || !q.closed() ? -1 : Math.min(text.tokens().size(), text.firstTokenAtOrAfter(q.close()) + 1);
    }

    /**
     * "A cashier who steals is held accountable, Warren said." and "X is ready, the minister added.":
     * the cue and its source close the sentence and the words before the comma are the speech.
     */
    private Quote cueAtTheEnd(Sentence s, List<QuotedSpan> marks) {
        return cueClosing(s, clauses.lastWord(s), marks);
    }

    /**
     * "Trump’s “excesses” are sickening, Hollande said Tuesday in Paris, noting the nominee “...”":
     * the participle's clause is speech of its own, and the words before the cue it goes on from
     * are speech too.
     */
    Quote beforeParticiple(Sentence s, List<QuotedSpan> marks) {
        for (int i = s.firstToken() + 2; i < s.endToken(); i++) {
            Token t = text.token(i);
            if (t.pos().equals("VBG") && text.token(i - 1).text().equals(",") && cues.isReportingVerb(t)
                    && ReportedClauses.quotedAt(marks, t.start()) == null) {
                Quote q = cueClosing(s, i - 2, marks);
                return q != null && statement(q, i - 1) ? q : null;
            }
        }
        return null;
    }

    /**
     * Whether the words before the cue make a statement and the cue reaches the comma before the
     * participle: not "Earlier this week, Todd pressed Priebus ..., insisting" (an adverbial and a
     * clause that is no cue), nor "When her lead slipped, Clinton's boosters insisted ...".
     */
    private boolean statement(Quote q, int comma) {
        int from = text.firstTokenAtOrAfter(q.start());
        int to = text.firstTokenAtOrAfter(q.end());
        String opener = text.token(from).pos();
        if (opener.equals("IN") || opener.equals("WRB") || opener.equals("TO") || opener.startsWith("VB")
                || !clauses.hasFiniteVerb(from, to)) {
            return false;
        }
        for (int i = text.firstTokenAtOrAfter(q.cue().end()); i < comma; i++) {
            if (text.token(i).isVerb() || text.token(i).text().equals(",")) {
                return false; // the cue ends before more of the sentence: another clause
            }
        }
        return true;
    }

    /** The speech before a cue whose source and verb end the words up to {@code end}. */
    private Quote cueClosing(Sentence s, int end, List<QuotedSpan> marks) {
        if (end < s.firstToken() || ReportedClauses.quotedAt(marks, text.token(end).start()) != null) {
            return null;
        }
        for (int comma = end - 1; comma > s.firstToken() && comma >= end - 28; comma--) {
            if (!text.token(comma).text().equals(",")) {
                continue;
            }
            Cue cue = cues.after(text.token(comma).start() - 1);
            if (cue == null && comma >= end - 14) {
                // "..., said Steve Elmendorf, deputy campaign manager for ...": the last comma may open
                // the source's appositive; the cue stands before an earlier one.
                continue;
            }
            var named = entities.at(comma - 1);
            if (cue != null && cue.sourceFirst() < cue.cueFirst() && named != null && entities.typeOf(named) == EntityType.PERSON) {
                // "“...,” Anne Richards, assistant secretary of state, said": the words after the comma
                // are the name's appositive, not the source of what stands before the name
                return null;
            }
            if (cue == null || cue.sourceFirst() <= comma || comma - s.firstToken() < ReportedClauses.MIN_CONTENT_TOKENS
                    || ReportedClauses.quotedAt(marks, text.token(comma - 1).start()) != null || adjunctOnly(s.firstToken(), comma)
                    || speakerNamedBefore(s.firstToken(), comma, marks) && !isPerson(cue.sourceFirst(), cue.sourceEnd())) {
                // (in "“...,” Sanders said, according to CNN" the words are Sanders's and CNN reports
                // them; "..., Grayson said, according to Frankel" is Frankel's account)
                return null;
            }
            return clauses.attributed(cue.sourceFirst(), cue.sourceEnd(), cue.cueFirst(), cue.cueEnd(), s.firstToken(), comma);
        }
        return null;
    }

    /**
     * "The Republican nominee, he said, watched the Olympics to see ...": a cue set off by commas
     * inside the reported sentence; the words on both sides of it are the speech.
     */
    private Quote parenthetical(Sentence s, List<QuotedSpan> marks) {
        int end = clauses.lastWord(s);
        var subject = entities.at(s.firstToken());
        // (one word before the comma only when it is a name or a noun: "Trump, Sexton said, has
        // created ...", "Loyalty, he noted, has long been ..."; not "However, he said, ...")
        boolean opensWithNoun = subject != null && subject.kind() == MentionKind.NAME || text.token(s.firstToken()).isNoun();
        for (int comma = s.firstToken() + 1; comma + 3 < end; comma++) {
            boolean oneWord = comma == s.firstToken() + 1;
            if (oneWord && !opensWithNoun
                    || !text.token(comma).text().equals(",") || ReportedClauses.quotedAt(marks, text.token(comma - 1).start()) != null
                    || ReportedClauses.quotedAt(marks, text.token(comma).start()) != null) {
                continue;
            }
            Cue cue = cues.after(text.token(comma).start() - 1);
            if (cue == null || cue.sourceFirst() <= comma || cue.cueFirst() <= comma) {
                continue;
            }
            int close = Math.max(cue.sourceEnd(), cue.cueEnd());
            // "Anthony Anton, president of X, said": a name and its appositive, not a cue set inside
            // speech ("Trump, Sexton said, has created ...", "The nominee, he said, watched ...")
            var source = entities.at(cue.sourceFirst());
            boolean namedSource = ReferenceResolver.isPronoun(text.token(cue.sourceFirst()))
                    || source != null && source.kind() == MentionKind.NAME && source.endToken() >= cue.sourceEnd();
            boolean nameOnly = subject != null && subject.endToken() >= comma && !namedSource;
            if (close + 2 > end || !text.token(close).text().equals(",") || !clauses.hasVerb(s.firstToken(), comma)
                    && !clauses.hasVerb(close + 1, end + 1) || reportingVerbIn(s.firstToken(), comma) || nameOnly
                    || ReportedClauses.quotedAt(marks, text.token(close + 1).start()) != null || text.token(close + 1).pos().equals("VBG")) {
                // (a quotation after the cue is direct speech; "..., Spicer said, adding ...", "..., she
                // said, referencing ..." go on with a participle, not with the speech)
                continue;
            }
            ReferenceResolver.Reference ref = refs.resolve(cue.sourceFirst(), cue.sourceEnd());
            String body = text.text();
            Span before = Span.of(body, text.token(s.firstToken()).start(), text.token(comma - 1).end());
            Span after = Span.of(body, text.token(close + 1).start(), text.token(end).end());
            Span cueSpan = Span.of(body, text.token(cue.cueFirst()).start(), text.token(cue.cueEnd() - 1).end());
            return new Quote(before.text() + " " + after.text(), before.start(), after.end(), Quote.QuoteKind.indirect,
                    QuoteFinder.speaker(entities, ref), ref.source(), cueSpan, List.of(before, after));
        }
        return null;
    }

    /**
     * Whether the words are a phrase that opens a sentence rather than a clause: "In his campaign
     * speech, he tells one joke", "Asked about that vote, Mark-Viverito pointed to ...". (Only the
     * opening word is trusted: the tagger reads "the treaty signals" as a noun before marks.)
     */
    private boolean adjunctOnly(int from, int end) {
        String pos = text.token(from).pos();
        boolean opensPhrase = pos.equals("IN") || pos.equals("TO") || pos.equals("VBN") || pos.equals("VBG");
        return opensPhrase && !clauses.hasFiniteVerb(from, end);
    }

    /**
     * Whether the words {@code [from, comma)} close on a person's cue of their own, outside quotation
     * marks: "“...,” Sanders said", "O’Malley said at a press conference" (no other verb after it);
     * not "Apple added 2,000 jobs in March".
     */
    private boolean speakerNamedBefore(int from, int comma, List<QuotedSpan> marks) {
        for (int i = comma - 1; i > from; i--) {
            Token t = text.token(i);
            if (ReportedClauses.quotedAt(marks, t.start()) != null) {
                return false;
            }
            boolean determiner = i + 1 < comma && text.token(i + 1).isNoun(); // "said at that time"
            if (t.text().equalsIgnoreCase("that") && !determiner
                    || t.pos().equals("TO") && i + 1 < comma && text.token(i + 1).pos().equals("VB")) {
                return false; // "... and he finds that in government work, he said": a verb with a clause of its own is the speech's
            }
            if (!cues.isReportingVerb(t)) {
                if (t.isVerb()) {
                    return false;
                }
                continue;
            }
            int k = i - 1;
            while (k > from && (text.token(k).pos().startsWith("RB") || text.token(k).pos().equals("MD"))) {
                k--; // "the two-term president will say"
            }
            var m = entities.at(k);
            return m != null && entities.typeOf(m) == EntityType.PERSON || ReferenceResolver.isPronoun(text.token(k));
        }
        return false;
    }

    /** Whether a person is named in tokens {@code [from, to)}. */
    private boolean isPerson(int from, int to) {
        for (int i = from; i < Math.min(to, text.tokens().size()); i++) {
            var m = entities.at(i);
            if (m != null && entities.typeOf(m) == EntityType.PERSON) {
                return true;
            }
        }
        return false;
    }

    private boolean reportingVerbIn(int from, int to) {
        for (int i = from; i < to; i++) {
            if (cues.isReportingVerb(text.token(i))) {
                return true;
            }
        }
        return false;
    }

    private int nextComma(int from, int end) {
        for (int i = from; i <= end; i++) {
            if (text.token(i).text().equals(",")) {
                return i;
            }
        }
        return -1;
    }
}
