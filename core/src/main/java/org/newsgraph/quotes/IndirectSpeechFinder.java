package org.newsgraph.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import org.newsgraph.entities.DocumentEntities;
import org.newsgraph.entities.ReferenceResolver;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Reported speech: a reporting verb with a source before it and a clause after it ("The president
 * said relations have a long history", "She warned that ...", "expressed confidence that ...").
 * The clause may hold a quoted phrase (a mixed quote); a clause that is wholly one quotation is
 * direct speech and left to the direct-quote path. Verbs inside quotation marks are the quoted
 * person's words, not the article's attributions, and are skipped. A sentence with no such clause
 * is handed to {@link ClosingCueFinder} ("..., the minister added.").
 */
final class IndirectSpeechFinder {
    private static final int MAX_GAP_BEFORE_THAT = 10;

    private final ReportingVerbs verbs;
    private final AnnotatedText text;
    private final DocumentEntities entities;
    private final ReferenceResolver refs;
    private final CueFinder cues;
    private final IntPredicate insideQuote;
    private final ReportedClauses clauses;
    private final ClosingCueFinder closing;

    /** @param insideQuote whether a character offset lies inside quoted words */
    IndirectSpeechFinder(ReportingVerbs verbs, AnnotatedText text, DocumentEntities entities, ReferenceResolver refs,
            CueFinder cues, IntPredicate insideQuote) {
        this.insideQuote = insideQuote;
        this.verbs = verbs;
        this.text = text;
        this.entities = entities;
        this.refs = refs;
        this.cues = cues;
        this.clauses = new ReportedClauses(text, entities, refs);
        this.closing = new ClosingCueFinder(text, entities, refs, cues, clauses);
    }

    List<Quote> find(List<QuotedSpan> marks) {
        List<Quote> out = new ArrayList<>();
        for (Sentence s : text.sentences()) {
            List<Quote> reported = inSentence(s, marks);
            if (!reported.isEmpty()) {
                Quote before = closing.beforeParticiple(s, marks);
                if (before != null && before.end() <= reported.get(0).start()) {
                    out.add(before); // "..., Smith said, adding that ...": the words before the cue as well
                }
                out.addAll(reported);
                continue;
            }
            Quote q = closing.find(s, marks);
            if (q != null) {
                out.add(q);
            }
        }
        return out;
    }

    /**
     * The clause that holds a quoted phrase, attributed to its subject: from the verb that governs
     * the phrase to the end of the sentence. Null when no person, organisation or pronoun is the
     * verb's subject (a writer's scare quote).
     */
    Quote quotedPhrase(int start, int end) {
        Sentence s = text.sentenceAt(start);
        int open = text.firstTokenAtOrAfter(start) - 1;
        if (s == null || open <= s.firstToken() || nickname(open, start, end)) {
            return null; // Rep. Robert C. "Bobby" Scott: a name, not words said
        }
        // The clause ends with its sentence, or with the quotation when that runs on past it.
        int clauseLast = Math.max(clauses.lastWord(s), text.firstTokenAtOrAfter(end) - 1);
        Cue frame = cues.asPutIt(s.firstToken(), open);
        if (frame != null) {
            // "As The Post's Ruth Marcus puts it, Obama is trying to make Republicans “an offer ...”"
            int from = frame.cueEnd() < open && text.token(frame.cueEnd()).text().equals(",") ? frame.cueEnd() + 1 : frame.cueEnd();
            return clauses.attributed(frame.sourceFirst(), frame.sourceEnd(), frame.cueFirst(), frame.cueEnd(), from, clauseLast + 1);
        }
        for (int v = governingStart(open, s.firstToken()); v >= s.firstToken(); v--) {
            Token t = text.token(v);
            // (the tagger may read a plural owner's curly apostrophe as a closing mark: "Americans’ liberties")
            boolean pluralOwner = (t.text().equals("’") || t.text().equals("'")) && v > s.firstToken()
                    && text.token(v - 1).text().endsWith("s") && text.token(v - 1).end() == t.start();
            if (CueFinder.isPunct(t) && !t.text().equals(",") && !t.pos().equals("POS") && !pluralOwner) {
                return null; // (but "Americans’ liberties": an owner's apostrophe ends nothing)
            }
            Quote claim = claimOf(v, s.firstToken(), clauseLast);
            if (claim != null) {
                return claim;
            }

            if (!t.isVerb() || t.pos().equals("MD") || t.lemma().equals("be") || t.lemma().equals("have")
                    || t.lemma().equals("do") || CueWords.attributive(text, v)) {
                continue; // (nor "in a written statement": a participle that describes a noun)
            }
            int before = v - 1;
            while (before > s.firstToken() && text.token(before).pos().startsWith("RB")) {
                before--;
            }
            if (before > s.firstToken() && text.token(before).pos().equals("TO")) {
                continue; // "Sanders promised to end “the ... regime”", "vowed to harshly punish “...”"
            }
            Cue cue = sourceGoingOn(v, s.firstToken());
            // Only a verb with its subject right before it governs the phrase, or a participle that
            // takes the sentence's subject ("Collins published an op-ed hammering his “unsuitability”").
            int k = Math.max(pastAuxiliaries(v, s.firstToken()), s.firstToken()); // (a verb opening the sentence has nothing before it)
            boolean coordinated = text.token(k).pos().equals("CC"); // "Trump has made ... and has boasted of ..."
            // "Cruz, leading narrowly in Iowa polls, questioned ...": the subject stands before an
            // aside set off by commas, which the source phrase has already reached across.
            boolean aside = text.token(k).text().equals(",") && cue != null && cue.sourceEnd() < k
                    && text.token(cue.sourceEnd()).text().equals(",");
            boolean near = cue != null && (cue.sourceEnd() >= v - 3 || coordinated || aside
                    || (t.pos().equals("VBG") && cue.cueFirst() == v));
            if (near && verbs.of(t) == null && cue.sourceFirst() > s.firstToken()
                    && REASONS.contains(text.token(cue.sourceFirst() - 1).text().toLowerCase(Locale.ROOT))) {
                // "portraying Sanders as hypocritical because he had accepted “about $200,000”": the verb
                // of a reason does not say the words; the clause the reason is given in does
                continue;
            }
            if (!near || !clauses.namesSomeone(cue) || cue.sourceFirst() > v) {
                boolean reducedRelative = t.pos().equals("VBN") && v - 1 > s.firstToken() && text.token(v - 1).pos().startsWith("NN");
                if (t.pos().equals("VBG") || t.pos().equals("VB") || reducedRelative) {
                    // "credited Merkel with holding “the entire continent together”", "told a webinar hosted
                    // by ... he would be “...”": the finite verb governs
                    continue;
                }
                return null;
            }
            // The clause ends where its speaker goes on to a second verb; a phrase after that
            // belongs to the second verb ("..., looping the streets while chanting, “...”").
            int verb = v;
            int last = sameSourceGoesOn(verb + 1, clauseLast + 1) - 1;
            while (last < clauseLast && text.token(last).end() < start) {
                verb = secondVerb(last + 1, clauseLast + 1);
                last = sameSourceGoesOn(verb + 1, clauseLast + 1) - 1;
            }
            if (last <= verb) {
                return null;
            }
            int from = verb + 1;
            ReportingVerbs.Verb said = verbs.of(text.token(verb));
            if (said != null && said.clause() != ReportingVerbs.Clause.PHRASE && QuoteFinder.isTitle(text.text().substring(start, end))
                    && circumstance(from, open) && last <= text.firstTokenAtOrAfter(end) + 1) {
                // 'Pence said on CNN's “State of the Union.”': where it was said, not what (but not
                // 'stating on NBC's “Meet the Press” that ...', where what was said follows)
                return null;
            }
            if (said != null && said.clause() == ReportingVerbs.Clause.OBJECT) {
                int past = skipListener(from, last);
                if (past > from && text.token(past).text().equals(",")) {
                    from = past + 1; // "told SiriusXM host Matt Boyle, “...”": the listener is not the words
                } else {
                    // "told a webinar hosted by the University of Melbourne he would be “...”"
                    from = Math.max(from, clauseAfterListener(from, last));
                }
            }
            Quote claimed = verbs.of(text.token(verb)) == null ? claimOf(cue.sourceFirst() - 1, s.firstToken(), last) : null;
            if (claimed != null) {
                // "his warning that Britain would have to go to the “back of the queue”": the clause the
                // phrase stands in is what the claim says, in its owner's words, not the clause subject's
                return claimed;
            }
            Cue reporter = verbs.of(text.token(verb)) == null ? reporterOf(cue.sourceFirst(), s.firstToken()) : null;
            if (reporter != null && clauses.namesSomeone(reporter)) {
                // "Sondland told visiting Ukraine officials they would need to “deliver”": the clause
                // holding the phrase is what the reporting verb before it reports
                return clauses.attributed(reporter.sourceFirst(), reporter.sourceEnd(), reporter.cueFirst(), reporter.cueEnd(),
                        cue.sourceFirst(), last + 1);
            }
            return clauses.attributed(cue.sourceFirst(), cue.sourceEnd(), verb, verb + 1, from, last + 1);
        }
        return null;
    }

    /** Words that open a reason given for a claim: "... as hypocritical because he had accepted “...”". */
    private static final Set<String> REASONS = Set.of("because", "since");

    /** Most words of a listener between a reporting verb and the clause it reports. */
    private static final int MAX_REPORTED_LISTENER = 6;

    /**
     * The cue of a reporting verb whose clause opens at {@code clauseStart}, past "that" and a short
     * listener ("told visiting Ukraine officials they ..."), or null.
     */
    private Cue reporterOf(int clauseStart, int first) {
        int k = clauseStart - 1;
        if (k > first && text.token(k).text().equalsIgnoreCase("that")) {
            k--;
        }
        int listenerEnd = k;
        while (k > first && listenerEnd - k < MAX_REPORTED_LISTENER && listenerWord(text.token(k))) {
            k--;
        }
        if (k > first && text.token(k).pos().equals("VBG") && k < listenerEnd && text.token(k - 1).isVerb()) {
            k--; // "visiting" in "told visiting Ukraine officials" describes the listener
        }
        if (k <= first) {
            return null; // the clause opens the sentence: nothing reports it
        }
        Token verb = text.token(k);
        ReportingVerbs.Verb v = verb.isVerb() ? verbs.of(verb) : null;
        if (v == null || v.clause() == ReportingVerbs.Clause.PHRASE || insideQuote.test(verb.start())
                || k < listenerEnd && v.clause() != ReportingVerbs.Clause.OBJECT) {
            return null; // (only one told has a listener: in "said the aides they hired were ..." the aides are said)
        }
        return sourceGoingOn(k, first);
    }

    /** Prepositions that open where or when something was said: "on CNN's ...", "during an interview". */
    private static final Set<String> CIRCUMSTANCE_PREPOSITIONS = Set.of("on", "in", "at", "during");

    /**
     * Whether the words {@code [from, to)} after a verb of saying are only where or when it was said
     * ("Thursday morning on Fox News's"): a preposition of place or time and no verb.
     */
    private boolean circumstance(int from, int to) {
        boolean preposition = false;
        for (int i = from; i < to; i++) {
            Token t = text.token(i);
            if (t.isVerb() || t.text().equals(",")) {
                return false;
            }
            preposition |= t.pos().equals("IN") && CIRCUMSTANCE_PREPOSITIONS.contains(t.text().toLowerCase(Locale.ROOT));
        }
        return preposition;
    }

    /**
     * "Trump’s claim that there have been “thousands of shootings”", "the claim by Trump that ...":
     * a noun of saying whose owner is named attributes the clause after its "that". The token
     * {@code i} is the "that".
     */
    private Quote claimOf(int i, int first, int last) {
        if (i - 1 <= first || last <= i) {
            return null;
        }
        boolean thatWord = text.token(i).text().equalsIgnoreCase("that");
        int noun = thatWord ? claimNounBefore(i, first) : i - 1;
        String noun0 = text.token(noun).text().toLowerCase(Locale.ROOT);
        boolean that = thatWord && CLAIM_NOUNS.contains(noun0);
        // "his call for “a total and complete ban” on Muslims": what a call asks for is its speaker's words
        boolean callFor = text.token(i).text().equalsIgnoreCase("for") && CALL_NOUNS.contains(noun0);
        if (!that && !callFor) {
            return null;
        }
        int from = callFor ? i + 1 : i + 1 < last && text.token(i + 1).text().equals(",") ? i + 2 : i; // "comment that, “We're ...”"
        int k = noun - 1;
        while (k > first && (text.token(k).pos().startsWith("JJ") || text.token(k).pos().equals("CD")
                || text.token(k).pos().equals("HYPH") || (text.token(k + 1).pos().equals("HYPH") && text.token(k).pos().startsWith("NN"))
                || (text.token(k).isProperNoun() && entities.at(k) == null))) {
            k--; // "her March comment", "Trump's recent evidence-free assertion"
        }
        if (text.token(k).pos().equals("PRP$")) {
            return clauses.attributed(k, k + 1, noun, noun + 1, from, last + 1);
        }
        if (text.token(k).pos().equals("POS") && k - 1 >= first) {
            var owner = entities.at(k - 1);
            if (owner != null && clauses.namesSomeone(new Cue(owner.firstToken(), owner.endToken(), noun, noun + 1))) {
                return clauses.attributed(owner.firstToken(), owner.endToken(), noun, noun + 1, from, last + 1);
            }
        }
        return null;
    }

    /**
     * The noun a "that" at {@code that} completes: the word before it, or a noun of saying before a
     * short phrase of time, place or audience ("his claim in the same interview that", "her statement
     * to reporters on Monday that").
     */
    private int claimNounBefore(int that, int first) {
        for (int k = that - 1; k > first && k >= that - 7; k--) {
            Token t = text.token(k);
            if (CLAIM_NOUNS.contains(t.text().toLowerCase(Locale.ROOT))) {
                // (not "his remarks about the bill that would ...": a "that" with no subject after it
                // is the nearer noun's relative)
                boolean clause = that + 1 < text.tokens().size() && !text.token(that + 1).isVerb()
                        && !text.token(that + 1).pos().equals("MD");
                return k < that - 1 && clause && PHRASE_PREPOSITIONS.contains(text.token(k + 1).text().toLowerCase(Locale.ROOT))
                        ? k : that - 1;
            }
            if (t.isVerb() || CueFinder.isPunct(t) || !(t.pos().equals("IN") || t.pos().equals("DT") || t.pos().startsWith("JJ")
                    || t.pos().startsWith("NN") || t.pos().equals("CD") || t.pos().equals("PRP$") || t.pos().equals("POS"))) {
                break;
            }
        }
        return that - 1;
    }

    /**
     * Where to look back from for the verb governing a phrase opening at {@code open}: the reporting
     * verb of a "that" clause holding it ("insisting to Priebus that Trump should hold the “higher
     * ground”" is the insisting), else the word before the mark.
     */
    private int governingStart(int open, int first) {
        for (int k = open - 1; k >= first; k--) {
            if (CueFinder.isPunct(text.token(k)) && !text.token(k).text().equals(",")) {
                break;
            }
            int reporting = reportingVerbBefore(k, first);
            if (reporting >= 0) {
                return reporting;
            }
        }
        return open - 1;
    }

    /**
     * The reporting verb a "that" or "whether" at token {@code i} closes the object of ("insisting to
     * Priebus that ...", "is questioning whether ..."), within four words before it; -1 when the
     * token is no such word.
     */
    private int reportingVerbBefore(int i, int first) {
        String w = text.token(i).text().toLowerCase(Locale.ROOT);
        if (!w.equals("that") && !w.equals("whether")) { // "is questioning whether Obama would have ..."
            return -1;
        }
        for (int k = i - 1; k >= first && k >= i - 4; k--) {
            if (cues.isReportingVerb(text.token(k))) {
                return k;
            }
            if (CueFinder.isPunct(text.token(k))) {
                return -1;
            }
        }
        return -1;
    }

    /** Conjunctions that may open the reported clause of a bare "said": "said if he wins, ...". */
    private static final Set<String> SUBORDINATORS = Set.of("because", "if", "when", "while", "although",
            "though", "since", "unless", "once");

    /** Prepositions of time, place or audience a claim noun may stand before ("his claim on Monday that"). */
    private static final Set<String> PHRASE_PREPOSITIONS = Set.of("in", "on", "at", "during", "to", "before", "after");
    /** Nouns of asking whose object after "for" is the asker's words: "his call for “a total ban”". */
    private static final Set<String> CALL_NOUNS = Set.of("call", "calls", "demand", "demands", "plea", "pleas", "appeal");
    /** Nouns of saying whose owner is the speaker of the clause after "that". */
    private static final Set<String> CLAIM_NOUNS = Set.of("claim", "claims", "assertion",
            "statement", "remark", "remarks", "comment", "comments", "suggestion", "insistence", "argument", "charge",
            "accusation", "allegation", "warning", "promise", "pledge", "contention", "assurance", "admission", "boast",
            "prediction", "complaint", "declaration", "vow", "threat");

    /** A capitalised word in marks between the parts of a name. */
    private boolean nickname(int open, int start, int end) {
        int close = text.firstTokenAtOrAfter(end) + 1;
        return !text.text().substring(start, end).contains(" ") && open > 0 && close < text.tokens().size()
                && text.token(open - 1).isProperNoun() && text.token(close).isProperNoun();
    }

    /**
     * Where the reported clause ends because another speaker's cue follows a comma or a dash: "When
     * Clinton noted that Trump has not paid taxes ― as was true ― Trump boasted, “...”" (the end, or
     * {@code end}). Unlike {@link #coordinatedSpeech} it takes a dash, so it asks more of the cue: one
     * that opens a quotation (a comma, colon or mark after the verb); "-- meddling the congressman
     * said is designed to ..." goes on with the clause.
     */
    private int anotherSpeaks(int from, int end) {
        for (int k = from + 1; k + 2 < end; k++) {
            if (!text.token(k).text().equals(",") && !text.token(k).isDash()) {
                continue;
            }
            int j = k + 1;
            while (j < end && j - k <= 4 && (text.token(j).isProperNoun() || text.token(j).pos().equals("PRP"))) {
                j++;
            }
            if (j > k + 1 && j + 1 < end && cues.isReportingVerb(text.token(j)) && opensQuotation(j + 1, end)) {
                return k; // ", Trump boasted, “...”": a cue of its own, for the quotation after it
            }
        }
        for (int k = from + 1; k + 2 < end; k++) {
            if (CueBeforeQuote.labelAfterDash(text, k) > 0) {
                return k; // "... the caucus - HuffPollster: “...”": a digest's source label starts
            }
        }
        return end;
    }

    /** Whether a quotation opens at this token, after a comma or colon at most: ", “...", ": “...", "“...". */
    private boolean opensQuotation(int i, int end) {
        int j = i < end && (text.token(i).text().equals(",") || text.token(i).text().equals(":")) ? i + 1 : i;
        return j < end && text.token(j).isQuotationMark() && ReportedClauses.opensQuote(text.token(j));
    }

    /**
     * The sentence's reported clauses, one a reporting verb: "Carson said Trump is a “good, decent
     * man,” and said that Rubio is “weak”" holds two, each its own attribution.
     */
    private List<Quote> inSentence(Sentence s, List<QuotedSpan> marks) {
        List<Quote> found = new ArrayList<>();
        for (int v = s.firstToken(); v < s.endToken(); v++) {
            Token verbToken = text.token(v);
            ReportingVerbs.Verb verb = verbs.of(verbToken);
            if (verb == null || !verbToken.isVerb() || verb.clause() == ReportingVerbs.Clause.QUOTE_ONLY
                    || ReportedClauses.quotedAt(marks, verbToken.start()) != null || CueWords.attributive(text, v) || CueWords.thatSaid(text, v)) {
                continue;
            }
            int after = v + 1;
            int cueEnd = v;
            if (verbToken.pos().equals("VBN") && after < s.endToken() && text.token(after).text().equalsIgnoreCase("by")) {
                continue; // "has been praised by the poet Brenda Shaughnessy, who tweeted, “...”": the agent, not speech
            }
            if (!verb.objects().isEmpty()) {
                if (after >= s.endToken() || !verb.objects().contains(text.token(after).text().toLowerCase(Locale.ROOT))) {
                    continue;
                }
                cueEnd = after;
                after++;
            }
            if (verb.clause() == ReportingVerbs.Clause.OBJECT) {
                after = skipListener(after, s.endToken());
            }
            int that = thatWithin(after, s.endToken());
            if (that > after && verb.clause() != ReportingVerbs.Clause.PHRASE) {
                after = that; // "told CBS This Morning on Monday that ...", "said in a statement that ..."
            } else if (that == after && takesBareClause(verb)) {
                int past = pastMedium(after, s.endToken());
                if (past > after && clauseFollows(past, s.endToken())) {
                    after = past; // "said in the release this case demonstrates that ..."
                }
            }
            boolean phrase = verb.clause() == ReportingVerbs.Clause.PHRASE;
            if (!phrase && after < s.endToken() && text.token(after).text().equalsIgnoreCase("that")) {
                after++;
                if (after < s.endToken() && text.token(after).text().equals(",")) {
                    after++; // "said via email that, “Of course ..."
                }
            } else if (!phrase && takesBareClause(verb) && after + 1 < s.endToken() && text.token(after).text().equals(",")
                    && !text.token(after + 1).pos().equals("CC") && clauseFollows(after + 1, s.endToken())) {
                after++; // "During his years in office, Mr. Obama said, a majority of Americans ..."
            } else if (!phrase && !((takesBareClause(verb) || pronounSubjectFollows(after, s.endToken()))
                    && clauseFollows(after, s.endToken()))) {
                continue;
            }
            int clauseEnd = Math.min(Math.min(coordinatedSpeech(after, s.endToken()), sameSourceGoesOn(after, s.endToken())),
                    anotherSpeaks(after, s.endToken()));
            clauseEnd = Math.min(clauseEnd, asideEnd(v, after, clauseEnd, s.firstToken()));
            int contentEnd = clauseEnd;
            while (contentEnd > after && CueFinder.isPunct(text.token(contentEnd - 1)) && !ReportedClauses.closesQuote(text.token(contentEnd - 1))) {
                contentEnd--;
            }
            if (contentEnd - after < (phrase ? 1 : ReportedClauses.MIN_CONTENT_TOKENS) || whollyQuoted(marks, after, contentEnd)
                    || (phrase && !holdsQuotation(marks, after, contentEnd))
                    || (!phrase && !clauses.hasVerb(after, contentEnd))) {
                continue; // (and "Hollande said Tuesday in Paris, noting ...": no clause before the participle)
            }
            Cue cue = sourceGoingOn(v, s.firstToken());
            if (cue == null) {
                continue;
            }
            ReferenceResolver.Reference ref = refs.resolve(cue.sourceFirst(), cue.sourceEnd());
            // "It was announced that ...": the "it" of a passive report stands for no one.
            boolean impersonal = verbToken.pos().equals("VBN") && cue.sourceEnd() - cue.sourceFirst() == 1
                    && text.token(cue.sourceFirst()).text().equalsIgnoreCase("it");
            String body = text.text();
            int start = text.token(after).start();
            int end = runOn(marks, start, text.token(contentEnd - 1).end());
            Span cueSpan = Span.of(body, verbToken.start(), text.token(cueEnd).end());
            found.add(new Quote(body.substring(start, end), start, end, Quote.QuoteKind.indirect,
                    impersonal ? null : QuoteFinder.speaker(entities, ref), ref.source(), cueSpan));
            if (end > text.token(clauseEnd - 1).end()) {
                break; // the clause ran on to a quotation's close past the sentence
            }
            v = clauseEnd - 1;
        }
        return found;
    }

    /**
     * Where an aside the reporting verb speaks in ends: "Donald Trump - who previously said he would
     * “bomb ...” oil fields - said at a rally ...": a "who" opened by a dash closes at the next dash.
     * {@code end} when the verb speaks in no such aside.
     */
    private int asideEnd(int verb, int from, int end, int first) {
        int who = verb - 1;
        while (who > first && text.token(who).pos().startsWith("RB")) {
            who--; // "who previously said"
        }
        if (who <= first || !text.token(who).text().equalsIgnoreCase("who") || !text.isDash(who - 1)) {
            return end;
        }
        for (int k = from; k < end; k++) {
            if (text.isDash(k)) {
                return k;
            }
        }
        return end;
    }

    private static boolean takesBareClause(ReportingVerbs.Verb verb) {
        return verb.clause() == ReportingVerbs.Clause.BARE || verb.clause() == ReportingVerbs.Clause.OBJECT;
    }

    /**
     * The token after a phrase naming where the words were said, right after the verb ("in the
     * release", "in a statement on Monday", "in an interview"): a preposition, a determiner, and
     * common nouns ending in one the list of media knows, then a time if one follows; {@code from}
     * when there is none.
     */
    private int pastMedium(int from, int end) {
        if (from >= end || !MEDIUM_PREPOSITIONS.contains(text.token(from).text().toLowerCase(Locale.ROOT))) {
            return from;
        }
        int k = from + 1;
        if (k < end && (text.token(k).pos().equals("DT") || text.token(k).pos().equals("PRP$"))) {
            k++;
        }
        while (k < end && text.token(k).pos().startsWith("JJ")) {
            k++;
        }
        int nouns = k;
        while (k < end && text.token(k).pos().startsWith("NN") && !text.token(k).isProperNoun()) {
            k++;
        }
        if (k == nouns || !MEDIA.contains(text.token(k - 1).text().toLowerCase(Locale.ROOT))) {
            return from;
        }
        // "said in a statement Monday the company would ...", "... on Monday the ...": the time is no part of the clause
        int time = k < end && text.token(k).text().equalsIgnoreCase("on") ? k + 1 : k;
        int past = SourcePhrases.pastTimeWords(text, time, end);
        return past > time ? past : k;
    }

    private static final Set<String> MEDIUM_PREPOSITIONS = Set.of("in", "on", "during", "via", "through");
    /** Where words are said or written: "said in a statement", "wrote in the filing". */
    private static final Set<String> MEDIA = Set.of("statement", "release", "interview", "letter", "email", "e-mail",
            "post", "tweet", "speech", "filing", "memo", "op-ed", "column", "essay", "video", "message", "report",
            "announcement", "call", "conference", "briefing", "hearing", "podcast", "broadcast", "appearance");

    /** The "that" within a few verbless words after the verb, or {@code from} when there is none. */
    private int thatWithin(int from, int end) {
        for (int i = from; i < end && i <= from + MAX_GAP_BEFORE_THAT; i++) {
            Token t = text.token(i);
            // "wrote in an email to POLITICO that Dena Grayson's campaign was": the tagger may read a
            // relative "that" (WDT); one followed by a verb ("an email that said") is one.
            boolean complement = t.pos().equals("IN") || (t.pos().equals("WDT") && i + 1 < end
                    && !text.token(i + 1).isVerb() && !text.token(i + 1).pos().equals("MD"));
            if (t.text().equalsIgnoreCase("that") && complement) {
                return i;
            }
            boolean mark = t.isQuotationMark();
            // (a participle after its noun is no verb of the sentence: "said in an ABC interview taped
            // before the attacks that ...")
            boolean postnominal = t.pos().equals("VBN") && i > from && text.token(i - 1).pos().startsWith("NN")
                    && !text.token(i - 1).isProperNoun();
            if ((t.isVerb() && !CueWords.attributive(text, i) && !postnominal) || (CueFinder.isPunct(t) && !t.text().equals(",") && !mark)) {
                return from; // a programme's name in marks may stand there: said on “This Week” that ...
            }
        }
        return from;
    }

    /**
     * Where the reported speech starting at {@code from} ends: at the sentence's end, or before a
     * second speaker's clause joined to it by "and" or a comma ("Cruz accuses Obama of “leading from
     * behind” and Trump says he's “losing the war”" holds two attributions).
     */
    private int coordinatedSpeech(int from, int end) {
        for (int i = from + 1; i < end; i++) {
            // "... and Trump says ...", or a subordinate clause's end: "After Brown criticized Bill
            // Clinton during a debate, Hillary shot back, “...”".
            if (!text.token(i).pos().equals("CC") && !text.token(i).text().equals(",")) {
                continue;
            }
            if (absoluteClause(i + 1, end)) {
                return i; // "denied it happened, with Lewandowski taking to Twitter to call ...": his, not theirs
            }
            for (int v = i + 2; v < end && v <= i + 5; v++) {
                // (not "and that the committee would continue to investigate": a verb that only cues a
                // quotation says nothing when "to" follows; "vow", a verb of reported speech, still does:
                // "Trump vowed to “bomb the hell” out of")
                ReportingVerbs.Verb said = verbs.of(text.token(v));
                boolean goesOnDoing = said != null && said.clause() == ReportingVerbs.Clause.QUOTE_ONLY
                        && v + 1 < end && text.token(v + 1).pos().equals("TO");
                // (a verb that gives a quoted phrase to its object opens a clause of its own too, when the
                // phrase follows and a name is its subject: "... and Trump called it a “great meeting”",
                // "..., while Trump refers to him as “Chris”"; not "..., which he called “evil”")
                boolean phraseVerb = said != null && said.clause() == ReportingVerbs.Clause.PHRASE && text.token(v).isVerb()
                        && !CueWords.attributive(text, v) && quotationWithin(v + 1, end) && namedRightBefore(v, i);
                // (a participle only with its own subject right after the conjunction: "..., Ryan saying
                // he was “very encouraged” and Trump calling it ...")
                boolean participle = text.token(v).pos().equals("VBG");
                if ((cues.isReportingVerb(text.token(v)) || phraseVerb) && !goesOnDoing) {
                    Cue other = cues.sourceOf(v, i + 1);
                    boolean ownSubject = other != null && (!participle || other.sourceFirst() == i + 1 && other.sourceEnd() == v);
                    if (ownSubject && other.sourceFirst() > i && clauses.namesSomeone(other)) {
                        return i;
                    }
                }
            }
        }
        return end;
    }

    /** Whether a name ends right before verb {@code v}, past auxiliaries and adverbs, after token {@code floor}. */
    private boolean namedRightBefore(int v, int floor) {
        int k = pastAuxiliaries(v, floor);
        // (not a passive: "... and Donald Trump was called a “liar”" is what others called him)
        boolean passive = false;
        for (int i = k + 1; i < v && text.token(v).pos().equals("VBN"); i++) {
            passive |= text.token(i).lemma().equals("be");
        }
        return k > floor && !passive && entities.at(k) != null;
    }

    /** The token before verb {@code v} past its adverbs, modals and forms of "have" and "be", no further back than {@code floor}. */
    private int pastAuxiliaries(int v, int floor) {
        int k = v - 1;
        while (k > floor && (text.token(k).pos().startsWith("RB") || text.token(k).pos().equals("MD")
                || text.token(k).lemma().equals("have") || text.token(k).lemma().equals("be"))) {
            k--;
        }
        return k;
    }

    /** Whether any of tokens {@code [from, end)} stands inside quotation marks. */
    private boolean quotationWithin(int from, int end) {
        for (int i = from; i < end; i++) {
            if (insideQuote.test(text.token(i).start())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where reported speech starting at {@code from} ends when its speaker goes on to a second
     * attribution ("..., adding that ...", "... and accusing him of ...", "... before claiming
     * that ..."): at the comma or conjunction before the second verb, else {@code end}. The second
     * clause is an attribution of its own, as a reader (and PolNeAR) counts them.
     */
    private int sameSourceGoesOn(int from, int end) {
        for (int i = from + 1; i + 1 < end; i++) {
            if (secondVerb(i, end) >= 0) {
                return i;
            }
        }
        return end;
    }

    /**
     * The source of reporting verb {@code v}: a verb going on from the clause before it ("...,
     * adding that ...", "... and called on leaders ...") has that clause's speaker.
     */
    private Cue sourceGoingOn(int v, int first) {
        for (int i = v - 1; i > first && i >= v - 5; i--) {
            if (secondVerb(i, v + 1) != v) {
                continue;
            }
            for (int w = i - 1; w >= first; w--) {
                Token t = text.token(w);
                if (t.isVerb() && verbs.of(t) != null && !insideQuote.test(t.start())) {
                    Cue before = sourceGoingOn(w, first);
                    return before != null && clauses.namesSomeone(before) ? new Cue(before.sourceFirst(), before.sourceEnd(), v, v + 1)
                            : cues.sourceOf(v, first);
                }
                if (text.token(i).pos().equals("CC") && t.isFiniteVerb() && !insideQuote.test(t.start())
                        && !cues.reportingVerbBefore(w, first)) {
                    break; // "Bush thought for a moment and said": the nearest verb reports nothing; the source phrase decides
                }
            }
        }
        return cues.sourceOf(v, first);
    }

    /**
     * The reporting verb that a comma, "and", "before" or "while" at token {@code i} joins to the
     * clause before it with no subject of its own, or -1.
     */
    private int secondVerb(int i, int end) {
        Token t = text.token(i);
        String w = t.text().toLowerCase(Locale.ROOT);
        boolean comma = w.equals(",");
        boolean and = t.pos().equals("CC") && w.equals("and");
        boolean before = w.equals("before") || w.equals("while");
        if (!comma && !and && !before) {
            return -1;
        }
        int j = i + 1;
        while (j < end && (ReportedClauses.closesQuote(text.token(j)) || text.token(j).pos().equals("''")
                || (and && text.token(j).text().equals(",")))) {
            j++; // "as “fantastic,” telling reporters ..."
        }
        while (j < end && j <= i + 3 && text.token(j).pos().startsWith("RB")) {
            j++; // "and also said", ", then adding"
        }
        if (j >= end) {
            return -1;
        }
        Token verb = text.token(j);
        String pos = verb.pos();
        boolean form = pos.equals("VBG") || (and && (pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP")
                || pos.equals("VBN"))); // the tagger reads "... and called on leaders" as a participle
        return form && verbs.of(verb) != null && !insideQuote.test(verb.start()) ? j : -1;
    }

    /** Past the listener of "told reporters ...", "warned Moscow that ...": a short noun phrase. */
    private int skipListener(int from, int end) {
        int i = from;
        // "told Breitbart News Daily SiriusXM host Matt Boyle, “...”": a named listener may run longer.
        while (i < end && (i - from < 5 || (i - from < 10 && entities.at(i) != null))
                && (listenerWord(text.token(i)) || text.token(i).pos().equals("POS"))) {
            i++;
        }
        return i;
    }

    /** Most words of a listener before the clause a "told" reports. */
    private static final int MAX_LISTENER_TOKENS = 15;

    /**
     * Where the reported clause after a listener begins with a pronoun and its verb ("told reporters
     * on Wednesday he would be ..."), or -1: no finite verb may stand between.
     */
    private int clauseAfterListener(int from, int last) {
        for (int k = from; k < last && k - from <= MAX_LISTENER_TOKENS; k++) {
            Token t = text.token(k);
            if (pronounSubjectFollows(k, last + 1)) {
                return k;
            }
            if (t.isFiniteVerb() || t.isQuotationMark()) {
                return -1;
            }
        }
        return -1;
    }

    /** A word of the one spoken to: "told visiting Ukraine officials", "told him". */
    private static boolean listenerWord(Token t) {
        return t.isNoun() || t.pos().equals("DT") || t.pos().startsWith("JJ") || objectPronoun(t);
    }

    /** "told him", "told them": a pronoun that is the listener; "told reporters he would ..." starts the clause with "he". */
    private static boolean objectPronoun(Token t) {
        return t.pos().equals("PRP") && !SUBJECT_PRONOUNS.contains(t.text().toLowerCase(Locale.ROOT));
    }

    /**
     * Where reported speech ends when a quotation opened inside it runs past the sentence ("Cruz
     * added that he was the only one “fighting to defend the Constitution. I’ll tell you this, ...”"):
     * at that quotation's close.
     */
    private static int runOn(List<QuotedSpan> marks, int start, int end) {
        for (QuotedSpan q : marks) {
            if (q.open() >= start && q.open() < end && q.end() > end) {
                end = q.closed() ? q.close() + 1 : q.end();
            }
        }
        return end;
    }

    /** Whether a quotation opens between two tokens: a phrase verb attributes only quoted words. */
    private boolean holdsQuotation(List<QuotedSpan> marks, int from, int to) {
        int start = text.token(from).start();
        int end = text.token(to - 1).end();
        return marks.stream().anyMatch(q -> q.open() >= start && q.open() < end);
    }

    /** A clause that is one quotation from start to end is direct speech with its cue before it. */
    private boolean whollyQuoted(List<QuotedSpan> marks, int from, int to) {
        QuotedSpan q = ReportedClauses.quotedAt(marks, text.token(from).start() + 1);
        return q != null && q.open() <= text.token(from).start() && (q.close() < 0 || q.close() + 1 >= text.token(to - 1).end());
    }

    /** Whether "with" and someone named or a pronoun doing something open here: ", with Trump reportedly yelling". */
    private boolean absoluteClause(int i, int end) {
        if (i + 2 >= end || !text.token(i).text().equalsIgnoreCase("with")
                || entities.at(i + 1) == null && !ReferenceResolver.isPronoun(text.token(i + 1))) {
            return false;
        }
        for (int v = i + 2; v < end && v <= i + 5; v++) {
            if (text.token(v).pos().equals("VBG")) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a subject pronoun and its verb follow: a clause even after a verb that otherwise wants
     * "that" ("Linick wrote they may have contained ...", "he added it was time").
     */
    private boolean pronounSubjectFollows(int from, int end) {
        if (from + 1 >= end || !text.token(from).pos().equals("PRP")
                || !SUBJECT_PRONOUNS.contains(text.token(from).text().toLowerCase(Locale.ROOT))) {
            return false;
        }
        Token next = text.token(from + 1);
        return next.pos().equals("MD") || next.isFiniteVerb();
    }

    private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "we", "he", "she", "they", "it");

    /** Whether a clause (a run with a verb of its own) follows a bare "said". */
    private boolean clauseFollows(int from, int end) {
        if (from < end && ReportedClauses.opensQuote(text.token(from))) {
            from++; // "said “budget reforms” and unpaid taxes would pay for them"
        }
        if (from >= end || CueFinder.isPunct(text.token(from))) {
            return false;
        }
        String first = text.token(from).pos();
        if (SUBORDINATORS.contains(text.token(from).text().toLowerCase(Locale.ROOT))) {
            String next = from + 1 < end ? text.token(from + 1).pos() : "";
            if (!(next.startsWith("NN") || next.equals("PRP") || next.equals("DT") || next.startsWith("JJ")
                    || next.equals("PRP$"))) { // ("said if presumptive nominee Donald Trump picked him")
                return false; // "he said when asked by a reporter": a circumstance, not what was said
            }
            from++; // "Swers said because Obama is popular ...", "Kasich says if he spent the day ..."
        } else if (first.equals("IN") || first.equals("TO") || first.startsWith("VB") || first.equals("MD")) {
            return false; // (a clause opening with its verb has its subject before the cue: "The talks, he said, will ...")
        }
        return clauses.hasVerb(from + 1, end);
    }

}
