package org.newsgraph.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.entities.DocumentEntities;
import org.newsgraph.entities.EntityMention;
import org.newsgraph.entities.ReferenceResolver;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * The quote stage. Direct quotes come from paired quotation marks; their cue is looked for after
 * the closing mark, then before the opening one ({@link CueFinder}); a quote interrupted by its
 * cue ("The victory," he said, "was ours.") is one quote in parts; a quote without a cue
 * continues the speaker of the quote just before it. Reported speech comes from
 * {@link IndirectSpeechFinder}; a quoted phrase inside reported speech ("said that “race still
 * matters” in America") belongs to the reported speech. Speakers are resolved through
 * {@link ReferenceResolver}. Stateless between documents and thread-safe.
 */
public final class QuoteFinder {
    private static final int MIN_UNCUED_WORDS = 5;
    /** Most words of a name in marks: “This Week With George Stephanopoulos”. */
    private static final int MAX_TITLE_WORDS = 7;
    /** Words a title keeps in lower case: "Face the Nation", "Fox and Friends". */
    private static final Set<String> SMALL_WORDS = Set.of("the", "and", "of", "a", "an", "in", "on",
            "for", "to", "at", "with");
    /** Most characters between the parts of one interrupted quote (the cue and its source, with an appositive). */
    private static final int MAX_SPLIT_GAP = 250;

    private final ReportingVerbs verbs;

    public QuoteFinder(ReportingVerbs verbs) {
        this.verbs = verbs;
    }

    public List<Quote> find(Article article, AnnotatedText text, DocumentEntities entities) {
        // Marks inside a person's name (Marcia “Cia” Price) are a nickname: no quotation, nor a break
        // between two parts of one.
        List<QuotedSpan> marks = mergeContinued(article.body(), QuoteMarks.find(article.body(), article.paragraphs()),
                article.paragraphs()).stream().filter(q -> !insideName(text, entities, q)).toList();
        ReferenceResolver refs = new ReferenceResolver(text, entities, offset -> inside(marks, offset), Narrator.of(article.byline(), article.body()));
        CueFinder cues = new CueFinder(verbs, text, entities, offset -> inside(marks, offset));
        List<Quote> direct = new ArrayList<>();
        for (QuotedSpan q : marks) {
            Quote turn = TranscriptTurns.turn(article, q, refs, entities);
            if (turn != null) {
                direct.add(turn);
                continue;
            }
            Quote quote = direct(article, text, entities, refs, cues, q);
            if (quote != null) {
                direct.add(quote);
            }
        }
        IndirectSpeechFinder reported = new IndirectSpeechFinder(verbs, text, entities, refs, cues, offset -> inside(marks, offset));
        List<Quote> indirect = new ArrayList<>(reported.find(marks));
        // Marks that the cue before them reaches through the writer's words ("Cruz warned against the
        // “fevered dreams” of a brokered convention") hold a phrase of reported speech: the clause is the quote.
        for (Quote d : List.copyOf(direct)) {
            if (d.cue() == null || d.cue().end() >= d.start() || !phraseInClause(text, d)) {
                continue;
            }
            Quote phrase = reported.quotedPhrase(d.start(), d.end());
            if (phrase != null && phrase.speaker() != null && phrase.speaker().equals(d.speaker())
                    && indirect.stream().noneMatch(i -> i.start() < phrase.end() && phrase.start() < i.end())) {
                direct.remove(d);
                indirect.add(phrase);
            }
        }
        // A quotation inside reported speech belongs to it, and joins no other quote.
        direct.removeIf(d -> indirect.stream().anyMatch(i -> i.start() <= d.start() && d.end() <= i.end()));
        List<Quote> quotes = new ArrayList<>(joinInterrupted(article, text, direct, indirect));
        // Marks with no cue that joined no quote hold speech only when they stand as sentences of their
        // own; a short phrase, or one inside a sentence of the writer's ("into “a living room in
        // Pennsylvania” to watch"), is a scare quote or a title.
        List<Quote> scare = quotes.stream().filter(q -> q.cue() == null && q.parts() == null && q.source() == null
                && (words(q.text()) < MIN_UNCUED_WORDS || insideSentence(text, q))).toList();
        quotes.removeAll(scare);
        continueReported(article, quotes, indirect);
        inheritAttribution(article, quotes);
        // A phrase in marks inside someone's clause is attributed to them: "Cruz exhorted
        // Republicans to “vote your conscience”", "Reid has been pounding Trump as a “con artist”".
        // Marks inside a sentence that hold whole sentences of speech are quotations whose cue was not
        // found ("“... That’s Hillary Clinton,” said the man who built his career on ..."); they keep
        // the speaker of the passage rather than being lost.
        for (Quote q : scare) {
            Quote phrase = reported.quotedPhrase(q.start(), q.end());
            if (phrase != null && indirect.stream().noneMatch(i -> i.start() < phrase.end() && phrase.start() < i.end())) {
                indirect.add(phrase);
            } else if (phrase == null && (isSpeech(q.text()) || standsAsSentence(text, q))) {
                quotes.add(q);
            }
        }
        // Reported speech that is mostly the words of a quote already attributed is that quote.
        indirect.removeIf(i -> quotes.stream().anyMatch(d -> d.cue() != null && mostlyWithin(i, d)));
        quotes.addAll(indirect);
        quotes.sort(Comparator.comparingInt(Quote::start));
        return quotes;
    }

    /**
     * A quote left open at a paragraph's end whose next paragraph opens a quote with the same mark is
     * one speech running over paragraphs (a different mark starts another quotation).
     */
    private static List<QuotedSpan> mergeContinued(String body, List<QuotedSpan> marks, List<Span> paragraphs) {
        List<QuotedSpan> out = new ArrayList<>();
        for (QuotedSpan q : marks) {
            if (!out.isEmpty()) {
                QuotedSpan last = out.get(out.size() - 1);
                if (!last.closed() && nextParagraphStart(last.end(), paragraphs) == q.open()
                        && body.charAt(last.open()) == body.charAt(q.open())
                        && !TranscriptTurns.opensTurn(body, q)) { // a transcript's next turn
                    out.set(out.size() - 1, new QuotedSpan(last.open(), last.start(), q.end(), q.close()));
                    continue;
                }
            }
            out.add(q);
        }
        return out;
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
            CueFinder cues, QuotedSpan q) {
        String body = article.body();
        String content = body.substring(q.start(), q.end());
        Cue cue = q.closed() ? cues.after(q.close()) : null;
        // "HEADLINE “...” [Mother Jones.]": a newsletter names the outlet it quotes in brackets
        boolean bracketed = cue != null && text.token(cue.cueFirst()).text().equals("[");
        int openMark = text.firstTokenAtOrAfter(q.open());
        if (bracketed && openMark >= 2 && text.token(openMark - 1).text().equals(":") && entities.at(openMark - 2) != null) {
            cue = null; // "Carl Bialik: “...” [538.]": the one named before the colon speaks; the brackets name the outlet
            bracketed = false;
        }
        // “Face the Nation,” “Fox and Friends”: a programme or a book in marks, not speech; but a
        // word that opens its sentence and is followed by its cue is an answer (“Absolutely,” he said).
        if (isTitle(content) && !isShouted(content) && !isAnswer(text, cues, q, content, cue)) {
            return new Quote(content, q.start(), q.end(), Quote.QuoteKind.direct, null, null, null);
        }
        int lead = leadIn(text, q);
        // The cue shares the quote's sentence when it follows the closing mark in one sentence, even
        // when the quotation holds sentences of its own ("... same stuff. That’s Hillary Clinton,” said ...").
        boolean cueInSentence = cue != null && (sameSentence(text, q.open(), cue) || sameSentence(text, q.close(), cue));
        boolean closesSentence = content.strip().matches(".*[.!?]");
        if (cue != null && closesSentence && introducesNextQuote(text, cue)) {
            cue = null; // '“... out of it.” Smith agreed: “It’s a different job ...”': the colon gives Smith the next one
        }
        if (cue != null && (!cueInSentence || closesSentence) && reportsAClause(text, cue)) {
            cue = null; // "“... That has no place in a campaign.” Ohio Gov. John Kasich said he would have fired him"
        }
        if (cue != null && (!cueInSentence || lead >= 0)) {
            // A cue after the quote yields to one before it in its own sentence: "Clinton says
            // Trump’s “latest meltdown is unhinged.” She says ..." is Clinton's.
            Cue before = cues.before(q.open());
            if (before != null && !(cueInSentence && relativeClause(text, before, q))) {
                return attributed(body, text, entities, refs, before, q.start(), q.end(), Quote.QuoteKind.direct, content);
            }
            if (!cueInSentence && lead >= 0 && !bracketed) {
                cue = null; // the next sentence's cue has speech of its own; this phrase is the writer's
            }
        }
        if (cue != null && lead < 0 && cueInSentence) {
            // 'Trump said: “There will always be exceptions,” the Times reported': the one said to
            // speak right before the marks speaks; the cue after names who reported it.
            Cue before = cues.before(q.open());
            int mark = text.firstTokenAtOrAfter(q.open());
            if (before != null && before.cueEnd() >= mark - 2 && before.cueEnd() <= mark && mark - 1 >= 0
                    && (text.token(mark - 1).text().equals(":") || text.token(mark - 1).text().equals(","))) {
                return attributed(body, text, entities, refs, before, q.start(), q.end(), Quote.QuoteKind.direct, content);
            }
        }
        boolean asFrame = cue != null && cue.sourceFirst() > text.firstTokenAtOrAfter(q.close())
                && text.token(cue.sourceFirst() - 1).text().equalsIgnoreCase("as");
        if (cue != null && lead >= 0 && !asFrame) {
            // (not '... a “new Gannett,” as Reed dubbed it': the frame gives the marked words alone)
            // 'With thousands of systems, “there is no single point of failure,” he said': the
            // words before the marks are the speaker's too, reported rather than quoted.
            Quote inner = attributed(body, text, entities, refs, cue, q.start(), q.end(), Quote.QuoteKind.direct, content);
            return new Quote(body.substring(lead, q.end()), lead, q.end(), Quote.QuoteKind.indirect, inner.speaker(),
                    inner.source(), inner.cue());
        }
        if (cue == null) {
            cue = cues.before(q.open());
            if (cue != null && text.token(cue.cueFirst()).lemma().equals("put") && !marksBetween(text, cue.cueEnd(), q.open())) {
                // (only the first marks after the frame: 'As he put it, “A” and “B.”' gives the sentence once)
                Span framed = framedWords(body, text, cue, q);
                if (framed != null) {
                    Quote inner = attributed(body, text, entities, refs, cue, q.start(), q.end(), Quote.QuoteKind.direct, content);
                    return new Quote(framed.text(), framed.start(), framed.end(), Quote.QuoteKind.indirect, inner.speaker(),
                            inner.source(), inner.cue());
                }
            }
        }
        if (cue == null) {
            // A quotation standing alone continues the conversation: its speaker is the one who spoke
            // last ("“X,” Trump said. / “Y.”"), else the person the sentences before it are about (a
            // paragraph about Clinton followed by her words).
            int first = text.firstTokenAtOrAfter(q.open());
            String subject = first < text.tokens().size() ? refs.speakerBefore(first, Span.bounds(q.start(), q.end())) : null;
            return new Quote(content, q.start(), q.end(), Quote.QuoteKind.direct, speaker(entities, subject), null, null);
        }
        return attributed(body, text, entities, refs, cue, q.start(), q.end(), Quote.QuoteKind.direct, content);
    }

    /**
     * The words an "as X put it" frame gives to X when they reach beyond the marks: the rest of the
     * sentence after the frame ("As Ruth Marcus puts it, Obama is trying to make Republicans “an
     * offer ...”", 'as he puts it, “the best thing we have going for us” is that she kept rates low').
     * Null when the marked words are all there is. (Words before a frame in mid-sentence are the
     * writer's: 'being seen, as The New Yorker put it, “the operator.”')
     */
    private static Span framedWords(String body, AnnotatedText text, Cue frame, QuotedSpan q) {
        Sentence s = text.sentenceAt(q.open());
        if (s == null || frame.cueEnd() > text.firstTokenAtOrAfter(q.open())) {
            return null;
        }
        int from = frame.cueEnd();
        while (from < s.endToken() - 1 && (text.token(from).text().equals(",") || text.token(from).text().equals(":"))) {
            from++;
        }
        int last = s.endToken() - 1;
        while (last > from && CueFinder.isPunct(text.token(last)) && !text.token(last).isQuotationMark()) {
            last--; // the sentence's full stop is not said
        }
        int start = Math.min(text.token(from).start(), q.start());
        int end = Math.max(text.token(last).end(), q.end());
        if (start >= q.open() - 1 && end <= q.end() + 2) {
            return null;
        }
        return Span.of(body, start, end);
    }

    /** Whether the marks stand inside a person's name the entities hold: a nickname. */
    private static boolean insideName(AnnotatedText text, DocumentEntities entities, QuotedSpan q) {
        EntityMention m = entities.at(text.firstTokenAtOrAfter(q.open()));
        return m != null && m.span().start() < q.open() && q.close() >= 0 && q.close() < m.span().end();
    }

    /** Whether a quotation mark stands between token {@code from} and the character offset {@code open}. */
    private static boolean marksBetween(AnnotatedText text, int from, int open) {
        for (int i = from; i < text.tokens().size() && text.token(i).start() < open; i++) {
            if (text.token(i).isQuotationMark()) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether words in marks that look like a title are an answer: closed by punctuation, and opening
     * the sentence their cue closes (“Absolutely,” he said) or following their cue ('said, “Probably.”').
     * Asked only of title-like words, since looking for a cue before the marks is not free.
     */
    private static boolean isAnswer(AnnotatedText text, CueFinder cues, QuotedSpan q, String content, Cue cue) {
        if (!content.strip().matches(".*[,.!?]")) {
            return false;
        }
        return cue != null ? !insideSentence(text, q.open()) && sameSentence(text, q.close(), cue)
                : introducedByCue(text, cues, q.open());
    }

    /** Whether a cue ends right before the opening mark, across a comma or colon: 'Priebus said, “Probably.”' */
    private static boolean introducedByCue(AnnotatedText text, CueFinder cues, int open) {
        int mark = text.firstTokenAtOrAfter(open);
        if (mark < 1 || !(text.token(mark - 1).text().equals(",") || text.token(mark - 1).text().equals(":"))) {
            return false;
        }
        Cue before = cues.before(open);
        int cueEnd = before == null ? -1 : Math.max(before.cueEnd(), before.sourceEnd());
        return cueEnd == mark - 1 || cueEnd == mark; // ('Clinton: “Absolutely.”': the colon is the cue)
    }

    private static Quote attributed(String body, AnnotatedText text, DocumentEntities entities, ReferenceResolver refs,
            Cue cue, int start, int end, Quote.QuoteKind kind, String content) {
        ReferenceResolver.Reference ref = refs.resolveSpeaker(cue.sourceFirst(), cue.sourceEnd(), Span.bounds(start, end), cue.cueEnd());
        if ((ref.pronoun() || entities.at(cue.sourceFirst()) == null) && !countryThey(entities, ref)) {
            // a "she" or "the actress" resolved here is a mention a later pronoun can follow
            refs.remember(cue.sourceFirst(), ref.entity());
        }
        Span cueSpan = Span.of(body, text.token(cue.cueFirst()).start(), text.token(cue.cueEnd() - 1).end());
        return new Quote(content, start, end, kind, speaker(entities, ref), ref.source(), cueSpan);
    }

    /** Words a relative clause before a quotation hangs on: "Nothing the president said “...”". */
    private static final Set<String> RELATIVE_HEADS = Set.of("nothing", "everything", "something", "anything", "all",
            "what", "whatever");

    /**
     * Whether a cue right before the opening mark is a relative clause of the words leading into the
     * quotation rather than a cue: 'Nothing the president said “will assuage fears,” the senator
     * said', 'The plan he unveiled “will cost jobs,” she said'. No comma, colon or "that" stands
     * between its verb and the marks, and its subject follows the noun the clause describes, which
     * the source phrase may have taken in ("Nothing the president").
     */
    private static boolean relativeClause(AnnotatedText text, Cue before, QuotedSpan q) {
        int mark = text.firstTokenAtOrAfter(q.open());
        if (before.cueEnd() != mark || before.sourceFirst() > before.cueFirst()) {
            return false;
        }
        Sentence s = text.sentenceOfToken(mark);
        int first = s == null ? 0 : s.firstToken();
        for (int i = Math.max(first + 1, before.sourceFirst()); i < before.sourceEnd(); i++) {
            Token head = text.token(i - 1);
            String pos = text.token(i).pos();
            boolean subject = i == before.sourceFirst() || pos.equals("DT") || pos.equals("PRP");
            if (subject && RELATIVE_HEADS.contains(head.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (subject && (head.pos().equals("NN") || head.pos().equals("NNS"))) {
                // (not a noun of a phrase opening with a preposition: "During the debate Clinton said “...”")
                int p = i - 1;
                while (p > first && (text.token(p - 1).isNoun() || text.token(p - 1).pos().startsWith("JJ")
                        || text.token(p - 1).pos().equals("DT") || text.token(p - 1).pos().equals("PRP$"))) {
                    p--;
                }
                return p == first || !text.token(p - 1).pos().equals("IN") && !text.token(p - 1).pos().equals("TO");
            }
        }
        return false;
    }

    /**
     * Where the speaker's words begin when the sentence runs into the quotation ("Clinton “is the
     * only candidate ...,” the general said"), or -1 when the quotation opens its sentence, follows a
     * colon, or follows another quotation.
     */
    private static int leadIn(AnnotatedText text, QuotedSpan q) {
        Sentence s = text.sentenceAt(q.open());
        int markToken = text.firstTokenAtOrAfter(q.open());
        if (s == null || markToken <= s.firstToken()) {
            return -1;
        }
        int after = s.firstToken();
        for (int k = after; k < Math.min(s.firstToken() + 3, markToken); k++) {
            if (CueWords.thatSaid(text, k)) {
                after = k + 1; // past "That said" / "That being said"
            }
        }
        boolean connectiveOnly = true;
        for (int i = s.firstToken(); i < markToken; i++) {
            String w = text.token(i).text();
            if (w.equals(":") || w.equals("“") || w.equals("”") || w.equals("\"") || w.equals("―") || w.equals("—")) {
                return -1;
            }
            String pos = text.token(i).pos();
            connectiveOnly &= i < after || pos.startsWith("RB") || pos.equals("CC") || w.equals(",");
        }
        // 'Still, “we are not worried,” she said', 'That said, “...”': a turn of the writer's
        // argument before the marks is not speech reported around them.
        return connectiveOnly ? -1 : text.token(s.firstToken()).start();
    }

    /**
     * A quotation with no cue of its own that goes on with the speaker of the quote before it, in
     * the same or the next paragraph, is attributed by that quote's cue and source.
     */
    private static void inheritAttribution(Article article, List<Quote> quotes) {
        for (int k = 1; k < quotes.size(); k++) {
            Quote q = quotes.get(k);
            Quote previous = quotes.get(k - 1);
            if (q.cue() == null && q.source() == null && q.speaker() != null && q.speaker().equals(previous.speaker())
                    && previous.cue() != null
                    && paragraphsApart(article, previous.end(), q.start()) <= 1) {
                quotes.set(k, new Quote(q.text(), q.start(), q.end(), q.kind(), q.speaker(), previous.source(),
                        previous.cue(), q.parts()));
            }
        }
    }

    /**
     * “The victory,” he said, “was ours.”: the uncued part after a cue joins the quote before it,
     * unless reported speech of the same speaker comes between them (“...,” he said, adding that ... “...”), which the
     * uncued part goes on with instead ({@link #continueReported}).
     */
    private List<Quote> joinInterrupted(Article article, AnnotatedText text, List<Quote> direct, List<Quote> indirect) {
        List<Quote> out = new ArrayList<>();
        for (Quote q : direct) {
            Quote last = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean sharesCue = (q.cue() == null && !isTitle(q.text()) && (last == null
                    || indirect.stream().noneMatch(i -> i.start() >= last.end() && i.end() <= q.start()
                            && i.speaker() != null && i.speaker().equals(last.speaker()))))
                    || (last != null && q.cue() != null && q.cue().equals(last.cue()));
            if (last != null && leadsInto(article, last, q)) {
                // “I don't think the conventional wisdom” -- an aside -- “is going to last,” he said.
                out.set(out.size() - 1, joined(last, q, q));
            } else if (last != null && sharesCue && last.cue() != null && last.cue().start() >= last.end()
                    && last.cue().end() <= q.start() && q.start() - last.end() <= MAX_SPLIT_GAP
                    && paragraphsApart(article, last.end(), q.start()) == 0
                    && resumesAfterCue(text, last.cue(), q)) {
                out.set(out.size() - 1, joined(last, q, last));
            } else {
                out.add(q);
            }
        }
        return out;
    }

    /** Whether a colon and an opening mark follow the cue: it introduces the quotation after it. */
    private static boolean introducesNextQuote(AnnotatedText text, Cue cue) {
        int colon = Math.max(cue.cueEnd(), cue.sourceEnd()); // "Smith agreed:" and "agreed Smith:"
        return colon + 1 < text.tokens().size() && text.token(colon).text().equals(":")
                && text.token(colon + 1).pos().equals("``");
    }

    /**
     * Whether an uncued part resumes the quote before it: it goes on in the cue's sentence (“The
     * victory,” he said, “was ours.”), opens the sentence right after the cue's (“...,” he said.
     * “...”; not after a sentence of the writer's own between them), or sits in
     * a later sentence of the writer's that no other reporting verb governs ('That makes her “by
     * definition a trustworthy ... person”'). Under a verb of its own ('But, Carson added, he did not
     * support quarantines “willy-nilly.”') it is a phrase of that report.
     */
    private boolean resumesAfterCue(AnnotatedText text, Span cue, Quote part) {
        Sentence s = text.sentenceAt(Math.max(0, part.start() - 1));
        if (s != null && !insideSentence(text, part) && s.index() > 0
                && text.token(text.sentences().get(s.index() - 1).firstToken()).start() > cue.end()) {
            return false; // “...,” said Minga. He learned ... . “...”: the writer's sentence between ends the quotation
        }
        if (s == null || text.token(s.firstToken()).start() <= cue.end() || !insideSentence(text, part)) {
            return true;
        }
        int mark = text.firstTokenAtOrAfter(part.start() - 1);
        for (int i = s.firstToken(); i < mark; i++) {
            if (text.token(i).isVerb() && verbs.of(text.token(i)) != null) {
                return false;
            }
        }
        return true;
    }

    /**
     * An uncued quotation right after reported speech of the same speaker, in its paragraph, goes on
     * with it: 'She says people should be able to use the bathroom they prefer. “It is their life ...”'
     * is one attribution in two parts, as in PolNeAR. In the next paragraph it is a quote of its own.
     */
    private static void continueReported(Article article, List<Quote> quotes, List<Quote> indirect) {
        for (Quote q : List.copyOf(quotes)) {
            if (q.cue() != null || q.source() != null || q.parts() != null || q.speaker() == null) {
                continue; // (a transcript's turn has its label for a source)
            }
            Quote before = null;
            for (Quote i : indirect) {
                if (i.end() <= q.start() && (before == null || i.end() > before.end())) {
                    before = i;
                }
            }
            if (before == null || !q.speaker().equals(before.speaker()) || q.start() - before.end() > MAX_SPLIT_GAP
                    || paragraphsApart(article, before.end(), q.start()) > 0) {
                continue;
            }
            Quote reported = before;
            if (quotes.stream().anyMatch(d -> d != q && d.start() < q.start() && d.end() > reported.end())) {
                continue; // another quotation stands between them
            }
            indirect.set(indirect.indexOf(reported), joined(reported, q, reported));
            quotes.remove(q);
        }
    }

    /** One quote in parts: the words of {@code next} after those of {@code first}, attributed as {@code by} is. */
    private static Quote joined(Quote first, Quote next, Quote by) {
        List<Span> parts = new ArrayList<>(first.spans());
        parts.add(Span.bounds(next.start(), next.end()));
        return new Quote(first.text() + " " + next.text(), first.start(), next.end(), by.kind(), by.speaker(), by.source(),
                by.cue(), parts);
    }

    /**
     * Whether an uncued quotation is the first part of the next one, whose cue follows it: the
     * sentence runs on through a short aside between them, with no sentence ending in between.
     */
    static boolean leadsInto(Article article, Quote first, Quote next) {
        if (first.cue() != null || first.parts() != null || next.cue() == null || next.cue().start() < next.end()
                || next.start() < first.end() || next.start() - first.end() > MAX_SPLIT_GAP || paragraphsApart(article, first.end(), next.start()) > 0) {
            return false;
        }
        String gap = article.body().substring(first.end(), next.start());
        String tail = first.text().strip();
        return !gap.matches("(?s).*[.!?].*") && !tail.isEmpty() && !".!?".contains(tail.substring(tail.length() - 1));
    }

    /**
     * Whether a reported clause of its own follows the cue ("Kasich said he would ...", "said that
     * ..."), rather than the cue's listener or circumstances ("told ITV when asked ...").
     */
    private static boolean reportsAClause(AnnotatedText text, Cue cue) {
        Sentence s = text.sentenceOfToken(cue.cueFirst());
        int from = Math.max(cue.cueEnd(), cue.sourceEnd());
        if (s == null || from + 1 >= s.endToken()) {
            return false;
        }
        Token next = text.token(from);
        return next.text().equalsIgnoreCase("that") || (next.pos().equals("PRP") && text.token(from + 1).isVerb());
    }

    private static boolean sameSentence(AnnotatedText text, int offset, Cue cue) {
        Sentence s = text.sentenceAt(offset);
        return s != null && s.containsToken(cue.cueFirst());
    }

    private static boolean mostlyWithin(Quote inner, Quote outer) {
        int covered = 0;
        for (Span p : outer.spans()) {
            covered += Math.max(0, Math.min(p.end(), inner.end()) - Math.max(p.start(), inner.start()));
        }
        return covered * 2 > inner.end() - inner.start();
    }

    /** Words the speaker says of themselves or to the listener: speech, not a phrase of the writer's. */
    private static final Pattern FIRST_OR_SECOND_PERSON = Pattern.compile(
            "(?i)\\b(I|I['’](m|ve|ll|d)|me|my|we|we['’](re|ve|ll|d)|us|our|you|your)\\b");
    /** A sentence ending after a word of four letters or more (not "Mr." or "St.") with another after it. */
    private static final Pattern SENTENCE_AFTER_WORD = Pattern.compile("\\p{L}{4,}[.!?]\\s+\\p{Lu}");
    /** A sentence ending inside the marks with more words after it. */
    private static final Pattern SENTENCE_BREAK = Pattern.compile("[.!?][’'\")]?\\s+\\p{Lu}");

    /**
     * Whether uncued words in marks read as speech: more than one sentence, or a sentence of some
     * length in the first or second person. A writer's scare quote is a phrase.
     */
    static boolean isSpeech(String content) {
        int n = words(content);
        return n >= MIN_UNCUED_WORDS && (SENTENCE_BREAK.matcher(content).find()
                || (n >= 8 && FIRST_OR_SECOND_PERSON.matcher(content).find()));
    }

    /** “Building it? Not negotiable.”: short words in marks standing as a sentence of their own are speech. */
    private static boolean standsAsSentence(AnnotatedText text, Quote q) {
        String content = q.text().strip();
        return !insideSentence(text, q) && words(content) >= 2 && content.matches("(?s).*[.!?]") && !isTitle(content);
    }

    /** A short run of capitalised words (a longer one not closed as a sentence): a title or a name in marks. */
    static boolean isTitle(String content) {
        String[] words = content.strip().split("\\s+");
        if (words.length > MAX_TITLE_WORDS || (words.length >= MIN_UNCUED_WORDS && content.strip().matches(".*[.!?]"))
                || SENTENCE_AFTER_WORD.matcher(content).find()) {
            return false; // (nor “The Donald. Big Daddy.”: two sentences)
        }
        for (String w : words) {
            String letters = w.replaceAll("^[^\\p{L}]+", "");
            if (!letters.isEmpty() && !Character.isUpperCase(letters.charAt(0)) && !SMALL_WORDS.contains(letters)) {
                return false;
            }
        }
        return true;
    }

    /** “GROWING PARTY,” he declared: capitals throughout are a shout, not a title. */
    private static boolean isShouted(String content) {
        return content.chars().anyMatch(Character::isLetter) && content.equals(content.toUpperCase(Locale.ROOT));
    }

    /**
     * Whether the marks hold a phrase of a clause: the word right before them is one of the sentence's,
     * not a colon or comma, nor a verb or "that" whose clause the marks hold whole (but 'testified
     * “thousands” of emails ...', where the clause goes on past them).
     */
    private static boolean phraseInClause(AnnotatedText text, Quote q) {
        int mark = text.firstTokenAtOrAfter(q.start() - 1);
        Sentence s = text.sentenceAt(Math.max(0, q.start() - 1));
        if (s == null || mark - 1 < s.firstToken()) {
            return false;
        }
        String before = text.token(mark - 1).text();
        // (not "“...,” she said, and “clear consequences ...”": the quotation goes on after its cue)
        boolean goesOn = text.token(mark - 1).pos().equals("CC") && mark - 2 >= s.firstToken()
                && text.token(mark - 2).text().equals(",") && q.cue() != null && q.cue().end() <= text.token(mark - 2).start();
        // After a verb or "that" the marks hold the whole clause, unless the clause goes on past them:
        // 'Comey testified “thousands” of emails had not been turned over'.
        boolean opensClause = before.equalsIgnoreCase("that") || text.token(mark - 1).isVerb();
        return before.chars().anyMatch(Character::isLetter) && (!opensClause || clauseGoesOnAfter(text, q, s)) && !goesOn;
    }

    /**
     * Whether a word of the sentence follows the quote's closing mark, the marks closing mid-clause
     * (not '“distasteful,” Santilli expressed', where the comma in the marks ends the clause).
     */
    private static boolean clauseGoesOnAfter(AnnotatedText text, Quote q, Sentence s) {
        int close = text.firstTokenAtOrAfter(q.end());
        return close + 1 < s.endToken() && text.token(close).isQuotationMark() && !q.text().strip().matches(".*\\p{Punct}")
                && Character.isLetter(text.token(close + 1).text().charAt(0));
    }

    /** Whether words of the same sentence stand before the quote's opening mark. */
    private static boolean insideSentence(AnnotatedText text, Quote q) {
        return insideSentence(text, q.start() - 1);
    }

    private static boolean insideSentence(AnnotatedText text, int open) {
        int i = text.firstTokenAtOrAfter(open) - 1;
        Sentence s = text.sentenceAt(Math.max(0, open));
        if (s == null || i < s.firstToken()) {
            return false;
        }
        String before = text.token(i).text();
        return !before.equals(":") && !before.equals("―") && !before.equals("—");
    }

    /** The speaker a reference names: its entity, or the bare name of someone no entity stands for. */
    static Quote.Speaker speaker(DocumentEntities entities, ReferenceResolver.Reference ref) {
        if (ref.entity() == null) {
            return ref.name() == null ? null : new Quote.Speaker(null, ref.name());
        }
        return countryThey(entities, ref) ? null : speaker(entities, ref.entity());
    }

    /**
     * Whether the source is a bare "they" (or "them") that the pronoun reading took to a country: a
     * "they" who speaks is people or a body ("Pubs across Ireland closed. “...,” they said" is some
     * of its people, unnamed), though an event's "they" may still be two states.
     */
    private static boolean countryThey(DocumentEntities entities, ReferenceResolver.Reference ref) {
        boolean they = ref.pronoun() && ref.entity() != null && ref.source() != null
                && PLURAL_PRONOUNS.contains(ref.source().text().toLowerCase(Locale.ROOT));
        return they && entities.entity(ref.entity()).type() == EntityType.COUNTRY;
    }

    private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "them");

    static Quote.Speaker speaker(DocumentEntities entities, String entityId) {
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
