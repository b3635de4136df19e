package org.newsgraph.quotes;

import java.util.List;
import org.newsgraph.entities.DocumentEntities;
import org.newsgraph.entities.ReferenceResolver;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * What the finders of reported speech share: the shape of a clause (its last word, whether it has a
 * verb, where quotation marks stand) and the making of an indirect quote from token spans, with
 * its speaker resolved.
 */
final class ReportedClauses {
    /** Fewest words of reported speech: shorter runs are fragments, not what someone said. */
    static final int MIN_CONTENT_TOKENS = 3;

    private final AnnotatedText text;
    private final DocumentEntities entities;
    private final ReferenceResolver refs;

    ReportedClauses(AnnotatedText text, DocumentEntities entities, ReferenceResolver refs) {
        this.text = text;
        this.entities = entities;
        this.refs = refs;
    }

    /** An indirect quote of tokens {@code [from, to)} attributed to the source and cue tokens given. */
    Quote attributed(int sourceFirst, int sourceEnd, int cueFirst, int cueEnd, int from, int to) {
        if (sourceEnd <= sourceFirst || to <= from) {
            return null;
        }
        ReferenceResolver.Reference ref = refs.resolve(sourceFirst, sourceEnd);
        String body = text.text();
        int start = text.token(from).start();
        int end = text.token(to - 1).end();
        Span cueSpan = Span.of(body, text.token(cueFirst).start(), text.token(cueEnd - 1).end());
        return new Quote(body.substring(start, end), start, end, Quote.QuoteKind.indirect,
                QuoteFinder.speaker(entities, ref), ref.source(), cueSpan);
    }

    boolean namesSomeone(Cue cue) {
        if (text.token(cue.sourceFirst()).text().equalsIgnoreCase("the")
                && refs.resolve(cue.sourceFirst(), cue.sourceEnd()).entity() != null) {
            return true; // "The Republican nominee vowed to ...": a description of someone named before
        }
        for (int i = cue.sourceFirst(); i < cue.sourceEnd(); i++) {
            if (ReferenceResolver.isPronoun(text.token(i))) {
                return true;
            }
            var m = entities.at(i);
            if (m != null && entities.typeOf(m) != EntityType.LOCATION) {
                return true;
            }
        }
        return false;
    }

    int lastWord(Sentence s) {
        int e = s.endToken() - 1;
        while (e >= s.firstToken() && CueFinder.isPunct(text.token(e)) && !closesQuote(text.token(e))) {
            e--;
        }
        return e;
    }

    boolean hasFiniteVerb(int from, int end) {
        for (int i = from; i < end; i++) {
            if (text.token(i).isFiniteVerb()) {
                return true;
            }
        }
        return false;
    }

    boolean hasVerb(int from, int end) {
        for (int i = from; i < end; i++) {
            if (text.token(i).isVerb()) {
                return true;
            }
        }
        return false;
    }

    static QuotedSpan quotedAt(List<QuotedSpan> marks, int offset) {
        for (QuotedSpan q : marks) {
            if (q.open() <= offset && offset < Math.max(q.end(), q.close() + 1)) {
                return q;
            }
        }
        return null;
    }

    static boolean opensQuote(Token t) {
        return t.text().equals("“") || t.text().equals("\"") || t.text().equals("«") || t.text().equals("„");
    }

    static boolean closesQuote(Token t) {
        return t.text().equals("”") || t.text().equals("\"") || t.text().equals("»");
    }
}
