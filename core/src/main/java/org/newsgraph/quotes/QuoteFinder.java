package org.newsgraph.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.newsgraph.entities.DocumentEntities;
import org.newsgraph.entities.ReferenceResolver;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * The quote stage. Direct quotes come from paired quotation marks; their cue is looked for after
 * the closing mark ("...,” he said"), then before the opening one ("He said: “..."), and a quote
 * without a cue continues the speaker of the quote just before it. Indirect speech is a reporting
 * verb with a source before it and a clause after it ("The president said relations have ...").
 * Speakers are resolved through {@link ReferenceResolver}. Stateless between documents and
 * thread-safe.
 */
public final class QuoteFinder {
    private static final int MAX_SOURCE_TOKENS = 8;
    private static final int MIN_UNCUED_WORDS = 5;
    /** Prepositions inside a source phrase: "a spokesman for the ministry", "an official at the embassy". */
    private static final java.util.Set<String> SOURCE_PREPOSITIONS = java.util.Set.of("of", "for", "at", "from");

    private final ReportingVerbs verbs;

    public QuoteFinder(ReportingVerbs verbs) {
        this.verbs = verbs;
    }

    public List<Quote> find(Article article, AnnotatedText text, DocumentEntities entities) {
        List<QuotedSpan> marks = mergeContinued(article.body(), QuoteMarks.find(article.body(), article.paragraphs()),
                article.paragraphs());
        ReferenceResolver refs = new ReferenceResolver(text, entities, offset -> inside(marks, offset));
        List<Quote> quotes = new ArrayList<>();
        Quote previous = null;
        for (QuotedSpan q : marks) {
            Quote quote = direct(article, text, entities, refs, q, previous);
            if (quote != null) {
                quotes.add(quote);
                previous = quote;
            }
        }
        for (Sentence s : text.sentences()) {
            Quote indirect = indirect(text, entities, refs, marks, s);
            if (indirect != null) {
                quotes.add(indirect);
            }
        }
        quotes.sort(Comparator.comparingInt(Quote::start));
        return quotes;
    }

    /** A quote left open at a paragraph's end whose next paragraph opens a quote is one speech. */
    private static List<QuotedSpan> mergeContinued(String body, List<QuotedSpan> marks, List<Span> paragraphs) {
        List<QuotedSpan> out = new ArrayList<>();
        for (QuotedSpan q : marks) {
            if (!out.isEmpty()) {
                QuotedSpan last = out.get(out.size() - 1);
                if (!last.closed() && startsParagraph(q.open(), paragraphs) && nextParagraphStart(last.end(), paragraphs) == q.open()) {
                    out.set(out.size() - 1, new QuotedSpan(last.open(), last.start(), q.end(), q.close()));
                    continue;
                }
            }
            out.add(q);
        }
        return out;
    }

    private static boolean startsParagraph(int offset, List<Span> paragraphs) {
        return paragraphs.stream().anyMatch(p -> p.start() == offset);
    }

    private static int nextParagraphStart(int offset, List<Span> paragraphs) {
        for (Span p : paragraphs) {
            if (p.start() >= offset) {
                return p.start();
            }
        }
        return -1;
    }

    private static boolean inside(List<QuotedSpan> marks, int offset) {
        for (QuotedSpan q : marks) {
            if (q.contains(offset)) {
                return true;
            }
        }
        return false;
    }

    private Quote direct(Article article, AnnotatedText text, DocumentEntities entities, ReferenceResolver refs,
            QuotedSpan q, Quote previous) {
        String body = article.body();
        String content = body.substring(q.start(), q.end());
        Cue cue = q.closed() ? cueAfter(text, q.close()) : null;
        if (cue == null) {
            cue = cueBefore(text, q.open());
        }
        Quote.Speaker speaker = null;
        Span source = null;
        Span cueSpan = null;
        if (cue != null) {
            ReferenceResolver.Reference ref = refs.resolve(cue.sourceFirst(), cue.sourceEnd());
            if (ref.pronoun()) {
                refs.remember(cue.sourceFirst(), ref.entity());
            }
            speaker = speaker(entities, ref.entity());
            source = ref.source();
            cueSpan = Span.of(body, text.token(cue.verb()).start(), text.token(cue.verb()).end());
        } else {
            if (words(content) < MIN_UNCUED_WORDS) {
                return null; // a scare quote or a title in marks, not speech
            }
            if (previous != null && previous.speaker() != null && paragraphsApart(article, previous.end(), q.start()) <= 1) {
                speaker = previous.speaker();
            }
        }
        return new Quote(content, q.start(), q.end(), Quote.QuoteKind.direct, speaker, source, cueSpan);
    }

    /** A cue's tokens: the source phrase {@code [sourceFirst, sourceEnd)} and the reporting verb. */
    private record Cue(int sourceFirst, int sourceEnd, int verb) {}

    /** "...,” he said." / "...,” said the minister." */
    private Cue cueAfter(AnnotatedText text, int closeOffset) {
        int i = text.firstTokenAtOrAfter(closeOffset + 1);
        Sentence s = text.sentenceAt(closeOffset);
        int end = s == null ? text.tokens().size() : Math.max(s.endToken(), i);
        if (s != null && i >= s.endToken()) {
            return null; // the sentence ends with the quote: no cue after it
        }
        end = Math.min(end, text.tokens().size());
        while (i < end && isPunct(text.token(i)) && !text.token(i).text().equals("“")) {
            i++;
        }
        if (i >= end) {
            return null;
        }
        if (isReportingVerb(text.token(i))) {
            int srcEnd = sourceForward(text, i + 1, end);
            return srcEnd > i + 1 ? new Cue(i + 1, srcEnd, i) : null;
        }
        int srcEnd = sourceForward(text, i, end);
        int v = skipAdverbs(text, srcEnd, end);
        if (srcEnd > i && v < end && isReportingVerb(text.token(v))) {
            return new Cue(i, srcEnd, v);
        }
        return null;
    }

    /** "He said: “...” / "President Aliyev added, “...”" */
    private Cue cueBefore(AnnotatedText text, int openOffset) {
        int j = text.firstTokenAtOrAfter(openOffset) - 1;
        Sentence s = text.sentenceAt(openOffset);
        int first = s == null ? 0 : s.firstToken();
        while (j >= first && (text.token(j).text().equals(":") || text.token(j).text().equals(",")
                || text.token(j).lemma().equals("that"))) {
            j--;
        }
        if (j < first || !isReportingVerb(text.token(j))) {
            return null;
        }
        int verb = j;
        int k = j - 1;
        while (k >= first && text.token(k).pos().startsWith("RB")) {
            k--;
        }
        int srcStart = sourceBackward(text, k, first);
        return srcStart <= k ? new Cue(srcStart, k + 1, verb) : null;
    }

    private Quote indirect(AnnotatedText text, DocumentEntities entities, ReferenceResolver refs, List<QuotedSpan> marks,
            Sentence s) {
        for (QuotedSpan q : marks) {
            if (q.open() < text.token(s.endToken() - 1).end() && s.start() < Math.max(q.end(), q.close() + 1)) {
                return null; // a sentence with quotation marks is direct speech, handled above
            }
        }
        for (int v = s.firstToken(); v < s.endToken(); v++) {
            Token verbToken = text.token(v);
            ReportingVerbs.Verb verb = verbs.get(verbToken.lemma().toLowerCase(Locale.ROOT));
            if (verb == null || !verbToken.isVerb() || verb.clause() == ReportingVerbs.Clause.QUOTE_ONLY) {
                continue;
            }
            int after = v + 1;
            int cueEnd = v;
            if (!verb.objects().isEmpty()) {
                if (after >= s.endToken() || !verb.objects().contains(text.token(after).text().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                cueEnd = after;
                after++;
            }
            boolean that = after < s.endToken() && text.token(after).text().equalsIgnoreCase("that");
            if (that) {
                after++;
            } else if (verb.clause() != ReportingVerbs.Clause.BARE || !clauseFollows(text, after, s.endToken())) {
                continue;
            }
            int contentEnd = s.endToken();
            while (contentEnd > after && isPunct(text.token(contentEnd - 1))) {
                contentEnd--;
            }
            if (contentEnd - after < 3) {
                continue;
            }
            int k = skipAdverbsBack(text, v - 1, s.firstToken());
            int srcStart = sourceBackward(text, k, s.firstToken());
            if (srcStart > k) {
                continue;
            }
            ReferenceResolver.Reference ref = refs.resolve(srcStart, k + 1);
            String body = text.text();
            int start = text.token(after).start();
            int end = text.token(contentEnd - 1).end();
            Span cue = Span.of(body, verbToken.start(), text.token(cueEnd).end());
            return new Quote(body.substring(start, end), start, end, Quote.QuoteKind.indirect,
                    speaker(entities, ref.entity()), ref.source(), cue);
        }
        return null;
    }

    /** Whether a clause (a run with a verb of its own) follows a bare "said". */
    private static boolean clauseFollows(AnnotatedText text, int from, int end) {
        if (from >= end || isPunct(text.token(from))) {
            return false;
        }
        String first = text.token(from).pos();
        if (first.equals("IN") || first.equals("TO") || first.startsWith("VB")) {
            return false;
        }
        for (int i = from + 1; i < end; i++) {
            if (text.token(i).isVerb()) {
                return true;
            }
        }
        return false;
    }

    /** End (exclusive) of a source phrase starting at {@code i}: a mention, a pronoun or a short noun phrase. */
    private static int sourceForward(AnnotatedText text, int i, int end) {
        int j = i;
        while (j < end && j - i < MAX_SOURCE_TOKENS && isSourceWord(text.token(j), j == i)) {
            j++;
        }
        return j;
    }

    /** Start of a source phrase ending at token {@code k} (inclusive), or k+1 when there is none. */
    private static int sourceBackward(AnnotatedText text, int k, int first) {
        int j = k;
        while (j >= first && k - j < MAX_SOURCE_TOKENS && isSourceWord(text.token(j), false)) {
            if (ReferenceResolver.isPronoun(text.token(j)) && j < k) {
                break;
            }
            j--;
        }
        return j + 1;
    }

    private static boolean isSourceWord(Token t, boolean first) {
        if (ReferenceResolver.isPronoun(t)) {
            return true;
        }
        String pos = t.pos();
        return pos.startsWith("NN") || pos.equals("DT") || pos.startsWith("JJ") || pos.equals("POS")
                || pos.equals("CD") || (!first && (SOURCE_PREPOSITIONS.contains(t.text()) || pos.equals("CC")));
    }

    private static int skipAdverbs(AnnotatedText text, int i, int end) {
        while (i < end && text.token(i).pos().startsWith("RB")) {
            i++;
        }
        return i;
    }

    private static int skipAdverbsBack(AnnotatedText text, int k, int first) {
        while (k >= first && text.token(k).pos().startsWith("RB")) {
            k--;
        }
        return k;
    }

    private boolean isReportingVerb(Token t) {
        return t.isVerb() && verbs.get(t.lemma().toLowerCase(Locale.ROOT)) != null;
    }

    private static boolean isPunct(Token t) {
        return !Character.isLetterOrDigit(t.text().charAt(0));
    }

    private static Quote.Speaker speaker(DocumentEntities entities, String entityId) {
        if (entityId == null) {
            return null;
        }
        Entity e = entities.entity(entityId);
        return new Quote.Speaker(e.id(), e.name());
    }

    private static int paragraphsApart(Article article, int from, int to) {
        int n = 0;
        for (Span p : article.paragraphs()) {
            if (p.start() > from && p.start() <= to) {
                n++;
            }
        }
        return n;
    }

    private static int words(String s) {
        String t = s.strip();
        return t.isEmpty() ? 0 : t.split("\\s+").length;
    }
}
