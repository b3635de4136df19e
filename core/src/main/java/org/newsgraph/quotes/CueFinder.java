package org.newsgraph.quotes;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import org.newsgraph.entities.DocumentEntities;
import org.newsgraph.entities.DocumentOwners;
import org.newsgraph.entities.EntityMention;
import org.newsgraph.entities.ReferenceResolver;
import org.newsgraph.model.EntityType;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.nlp.VerbGroups;

/**
 * Finds who a quote is attributed to, on tokens: after the closing mark ("...,” he said",
 * "...,” said the minister", "...,” according to officials"), before the opening mark ("He said:
 * “..."), and before a reporting verb for reported speech. A participle cue with no source of its
 * own ("..., saying “...”") takes the sentence's subject.
 */
final class CueFinder {
    private static final int MAX_SOURCE_TOKENS = 12;
    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight", "earlier", "later", "recently", "then", "last", "next",
            "this", "week", "month", "year", "night", "morning", "afternoon", "evening", "weekend");
    /** Verbs that lead into speech through "to": "went on to say", "was quick to add", "took to Twitter to say". */
    private static final Set<String> LEAD_INTO_SPEECH = Set.of("go", "continue", "proceed", "hasten", "rush", "be",
            "seem", "appear", "take", "use", "stop", "pause");
    /** Most tokens of an appositive between a source and its verb ("China, Pyongyang's only ally, said"). */
    private static final int MAX_APPOSITIVE = 32;
    /** Most tokens between a cue before a quote and its opening mark ("said in a statement on Monday"). */
    private static final int MAX_CUE_GAP = 12;
    /** Words that open a circumstance between a cue and its quotation: "told Congress when asked ...:". */
    private static final Set<String> CIRCUMSTANCE = Set.of("when", "after", "if", "as", "once");
    /** Prepositions inside a source phrase: "a spokesman for the ministry", "an official at the embassy". */
    private static final Set<String> SOURCE_PREPOSITIONS = Set.of("of", "for", "at", "from", "on", "in");

    private final ReportingVerbs verbs;
    private final AnnotatedText text;
    private final DocumentEntities entities;

    private final SentenceSubject subjects;

    /** @param insideQuote whether a character offset lies inside quoted words */
    CueFinder(ReportingVerbs verbs, AnnotatedText text, DocumentEntities entities, IntPredicate insideQuote) {
        this.verbs = verbs;
        this.text = text;
        this.entities = entities;
        this.subjects = new SentenceSubject(text, entities, insideQuote);
    }

    /** "...,” he said." / "...,” said the minister." / "...,” according to officials." */
    Cue after(int closeOffset) {
        int i = text.firstTokenAtOrAfter(closeOffset + 1);
        Sentence s = text.sentenceAt(closeOffset);
        if (s == null) {
            return null;
        }
        if (i >= s.endToken()) {
            // "...?” he asks." The tagger often ends the sentence at the closing mark; a cue that
            // opens the next sentence of the paragraph still attributes the quote.
            s = text.sentenceOfToken(i);
            boolean nextLine = s != null && text.text().substring(closeOffset, text.token(i).start()).contains("\n");
            if (nextLine && text.token(i).isDash() || nextLine && text.token(i).text().equals("-")) {
                // “...” / — Hillary Clinton: a signature line under the quotation
                int srcEnd = sourceForward(i + 1, s.endToken());
                boolean signature = srcEnd > i + 1 && text.token(i + 1).isProperNoun()
                        && (srcEnd >= s.endToken() || isPunct(text.token(srcEnd)));
                return signature ? new Cue(i + 1, srcEnd, i, i + 1) : null;
            }
            if (s == null || s.firstToken() != i || nextLine) {
                return null;
            }
            // (Measured on PolNeAR: keeping only bare cue sentences here, and not "He said that ...",
            // loses more attributions than it saves.)
            return after(s, i);
        }
        return after(s, i);
    }

    /** The cue that starts at token {@code i} of sentence {@code s}, after a closing mark. */
    private Cue after(Sentence s, int i) {
        int end = s.endToken();
        Cue bracketed = bracketedSource(i, end);
        if (bracketed != null) {
            return bracketed;
        }
        while (i < end && isPunct(text.token(i)) && !text.token(i).text().equals("“") && !text.token(i).isDash()) {
            i++;
        }
        if (i < end && text.token(i).isDash()) {
            // "...” ― Nell Carden Grey": a dash and a name closing the line sign the quotation; a
            // dash followed by more prose ("— a metaphor for ...") is the writer's.
            int srcEnd = sourceForward(i + 1, end);
            boolean signature = srcEnd > i + 1 && text.token(i + 1).isProperNoun()
                    && (srcEnd >= end || CueFinder.isPunct(text.token(srcEnd)) || lineBreakBefore(srcEnd));
            return signature ? new Cue(i + 1, srcEnd, i, i + 1) : null;
        }
        if (i + 1 < end && text.token(i).text().equalsIgnoreCase("according") && text.token(i + 1).text().equals("to")) {
            int srcEnd = sourceForward(i + 2, end);
            return srcEnd > i + 2 ? new Cue(i + 2, srcEnd, i, i + 2) : null;
        }
        if (i >= end) {
            return null;
        }
        if (isReportingVerb(text.token(i)) && !text.token(i).pos().equals("VBG")) {
            // "...,” said the minister" — but not "said Tuesday", not "told reporters" (a listener), and
            // not "explaining the campaign's decision" (a participle has its subject before it).
            int from = i + 1;
            while (from < end && TIME_WORDS.contains(text.token(from).text().toLowerCase(Locale.ROOT))) {
                from++;
            }
            int srcEnd = sourceForward(from, end);
            boolean listener = text.token(i).lemma().equals("tell");
            return srcEnd > from && !listener ? new Cue(from, srcEnd, i, i + 1) : null;
        }
        // Before its verb the whole phrase is the source: "“...,” Jeffrey Lewis of the James Martin
        // Center wrote" (after a verb, "said Cameron Easley for Morning Consult", the person alone).
        int srcEnd = sourceForward(i, end, false);
        int v = srcEnd;
        while (v < end && (text.token(v).pos().startsWith("RB") || isAuxiliary(text.token(v)))) {
            v++; // "..., James Comey has said."
        }
        boolean phrasalOnly = v < end && closingPhrasalVerb(text.token(v)) && verbs.of(text.token(v)) == null;
        if (srcEnd > i && v < end && isReportingVerb(text.token(v)) && (!phrasalOnly || namesSomeone(i, srcEnd))) {
            return new Cue(i, srcEnd, v, v + 1); // (not "“It is over,” the rally went on")
        }
        int interrupted = srcEnd > i ? verbAfterAside(srcEnd, end) : -1;
        return interrupted >= 0 ? new Cue(i, srcEnd, interrupted, interrupted + 1) : titledPerson(i, end);
    }

    /**
     * "“...,” Fight for $15 organizing director Kendall Fells told Fox News": a person named right
     * before the reporting verb, after a title whose words the tagger does not read as a noun phrase.
     */
    private Cue titledPerson(int i, int end) {
        if (i >= end) {
            return null;
        }
        String pos = text.token(i).pos();
        if (pos.startsWith("RB") || pos.equals("IN") || pos.equals("CC") || ReferenceResolver.isPronoun(text.token(i))) {
            return null;
        }
        for (int k = i + 1; k < end && k - i <= MAX_SOURCE_TOKENS; k++) {
            Token t = text.token(k);
            EntityMention named = entities.at(k - 1);
            if (isReportingVerb(t) && !t.pos().equals("VBG") && named != null && named.endToken() == k
                    && entities.typeOf(named) == EntityType.PERSON) {
                return new Cue(i, k, k, k + 1);
            }
            if (t.text().equals(",") || t.pos().equals(".") || t.pos().equals(":") || t.isFiniteVerb() || t.isQuotationMark()) {
                return null;
            }
        }
        return null;
    }

    /** Most words of a source named in brackets after a quotation. */
    private static final int MAX_BRACKETED_SOURCE = 4;

    /**
     * "“...” [Mother Jones.]", "“...” [NYT]": a newsletter names the outlet it quotes in brackets
     * right after the quotation; the brackets close the sentence and hold only the name.
     */
    private Cue bracketedSource(int i, int end) {
        if (i >= end || !text.token(i).text().equals("[")) {
            return null;
        }
        int close = i + 1;
        while (close < end && close - i <= MAX_BRACKETED_SOURCE + 1 && !text.token(close).text().equals("]")) {
            close++;
        }
        int nameEnd = close < end && text.token(close).text().equals("]") ? close : -1;
        if (nameEnd > i + 1 && text.token(nameEnd - 1).text().equals(".")) {
            nameEnd--;
        }
        if (nameEnd <= i + 1 || close + 1 < end && !isPunct(text.token(close + 1))) {
            return null;
        }
        for (int k = i + 1; k < nameEnd; k++) {
            if (!text.token(k).isCapitalized() && !Character.isDigit(text.token(k).text().charAt(0))) {
                return null; // "[the document]", "[sic]": words, not a name
            }
        }
        return new Cue(i + 1, nameEnd, i, i + 1);
    }

    /** Most words of an aside between a source and its verb: ", after a long pause,". */
    private static final int MAX_ASIDE_TOKENS = 8;
    private static final int MAX_PARTICIPLE_ASIDE_TOKENS = 12;

    /**
     * "“...,” Blunt, after a long pause, said": the reporting verb after an aside set off by commas
     * that opens with a preposition or an adverb, right after the source ending at {@code srcEnd}; or -1.
     */
    private int verbAfterAside(int srcEnd, int end) {
        if (srcEnd + 2 >= end || !text.token(srcEnd).text().equals(",")) {
            return -1;
        }
        String pos = text.token(srcEnd + 1).pos();
        // (or a participle: "Bill Eastland, wearing a cowboy hat and “Ted Cruz” campaign pins, said")
        boolean participle = pos.equals("VBG") || pos.equals("VBN");
        if (!pos.equals("IN") && !pos.startsWith("RB") && !participle) {
            return -1;
        }
        int longest = participle ? MAX_PARTICIPLE_ASIDE_TOKENS : MAX_ASIDE_TOKENS;
        for (int c = srcEnd + 2; c < end && c <= srcEnd + 1 + longest; c++) {
            if (text.token(c).text().equals(",")) {
                int v = c + 1;
                while (v < end && text.token(v).pos().startsWith("RB")) {
                    v++;
                }
                return v < end && isReportingVerb(text.token(v)) && !text.token(v).pos().equals("VBG") ? v : -1;
            }
        }
        return -1;
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
        if (j >= first && isPhraseVerb(text.token(j))) {
            return sourceOf(j, first); // "what it called “a clear threat”"
        }
        int limit = j - MAX_CUE_GAP;
        for (int k = j; k >= first && k >= limit; k--) {
            Token t = text.token(k);
            if (t.pos().equals("VBN") && k - 1 >= first && CIRCUMSTANCE.contains(text.token(k - 1).text().toLowerCase(Locale.ROOT))) {
                // "Lynch, who told Congress when asked last month about the inquiry: “...”": the one
                // asked is the one telling; look on before the circumstance.
                k--;
                limit = k - 1 - MAX_CUE_GAP;
                continue;
            }
            if (isReportingVerb(t)) {
                if (s != null && VerbGroups.negated(text, s, k)) {
                    return null; // 'Comey cannot say that “from his perspective,” Lewandowski added': no one says it here
                }
                Cue cue = sourceOf(k, first);
                if (cue != null && cuesQuoteBefore(cue, first)) {
                    return null; // '“...,” Sanders said at a rally in Binghamton, N.Y. “...”': the part goes on with that quote
                }
                if (cue == null && k == first) {
                    int srcEnd = sourceForward(k + 1, j + 1); // "Said Comey, “...”"
                    if (srcEnd > k + 1) {
                        return new Cue(k + 1, srcEnd, k, k + 1);
                    }
                }
                return cue;
            }
            if (t.isVerb() || (isPunct(t) && !t.text().equals(",") && !joinsAWord(k))) {
                return null;
            }
        }
        return null;
    }

    /**
     * The subject of an intransitive verb right before the conjunction at {@code cc} ("laughed and
     * said", "paused briefly and added"), whose words before it are not a reported clause
     * ("said it takes time ... but added" is left to the sentence's subject).
     */
    private Cue firstVerbOfPair(int cc, int sentenceFirst) {
        int v = cc - 1;
        while (v >= sentenceFirst && (text.token(v).pos().startsWith("RB") || text.token(v).pos().equals("RP"))) {
            v--;
        }
        if (v < sentenceFirst || !text.token(v).isFiniteVerb()) {
            return null;
        }
        ReportingVerbs.Verb said = verbs.of(text.token(v)); // ("laughed" introduces no clause, "said" may)
        return said == null || said.clause() == ReportingVerbs.Clause.QUOTE_ONLY ? sourceOf(v, sentenceFirst) : null;
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
        return k >= first && isClosingMark(text.token(k));
    }

    /** Whether token {@code i} is a hyphen inside a word ("op-ed"), not a dash between words. */
    private boolean joinsAWord(int i) {
        return i > 0 && i + 1 < text.tokens().size() && text.token(i).text().equals("-")
                && text.token(i - 1).end() == text.token(i).start() && text.token(i).end() == text.token(i + 1).start();
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
            opening++; // "But as ...", "Of course, as ..." is not reached: only conjunctions and adverbs
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
        for (int v = as + 2; v + 1 < limit && v <= as + 2 + MAX_SOURCE_TOKENS; v++) {
            Token t = text.token(v);
            if (t.lemma().equals("put") && text.token(v + 1).text().equalsIgnoreCase("it")) {
                int k = v - 1;
                while (k > as && (text.token(k).pos().startsWith("RB") || isAuxiliary(text.token(k)))) {
                    k--; // "as Trump has put it"
                }
                int srcEnd = sourceForward(as + 1, k + 1);
                return srcEnd > as + 1 && namesSomeone(as + 1, srcEnd) ? new Cue(as + 1, srcEnd, v, v + 2) : null;
            }
            if (isPunct(t) && !t.text().equals(",")) {
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
            if (isReportingVerb(text.token(v)) && !text.token(v).pos().equals("VBG")) {
                Cue cue = sourceOf(v, first);
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
        return subject == null || !namesSomeone(subject.sourceFirst(), subject.sourceEnd()) ? null
                : new Cue(subject.sourceFirst(), subject.sourceEnd(), colon, colon + 1);
    }

    /** Nouns that announce words to follow a colon: "released the following statement:". */
    private static final Set<String> ANNOUNCED_WORDS = Set.of("statement", "following", "tweet", "message",
            "remarks", "post", "note", "letter", "email");

    /** The source of the reporting verb at {@code verb}: the phrase before it, or the sentence's subject. */
    Cue sourceOf(int verb, int sentenceFirst) {
        int k = verb - 1;
        // "has repeatedly wondered", "is stressing", "It’s denouncing": adverbs and auxiliaries.
        while (k >= sentenceFirst && (text.token(k).pos().startsWith("RB") || isAuxiliary(text.token(k))
                || TIME_WORDS.contains(text.token(k).text().toLowerCase(Locale.ROOT)))) {
            k--; // "Priebus later Thursday told": the time is not the source
        }
        if (k >= sentenceFirst && text.token(k).pos().equals("CC")) {
            // "Clinton stressed ... and said": the verbs share a subject, the first verb's when it has
            // one of its own ("..., John Smith laughed and said"), else the sentence's
            Cue first = firstVerbOfPair(k, sentenceFirst);
            if (first != null) {
                return new Cue(first.sourceFirst(), first.sourceEnd(), verb, verb + 1);
            }
            return subjects.find(sentenceFirst, verb);
        }
        if (k > sentenceFirst && text.token(k).pos().equals("TO")) {
            // "He went on to say", "Trump was quick to add": the verb before "to" has the subject
            // (not "declined to say": no speech there).
            int m = k - 1;
            while (m > sentenceFirst && (text.token(m).pos().equals("RP") || text.token(m).pos().startsWith("RB")
                    || text.token(m).pos().startsWith("JJ") || text.token(m).text().equals("on"))) {
                m--;
            }
            if (text.token(m).isVerb() && LEAD_INTO_SPEECH.contains(text.token(m).lemma())) {
                Cue governing = sourceOf(m, sentenceFirst);
                return governing == null ? null : new Cue(governing.sourceFirst(), governing.sourceEnd(), verb, verb + 1);
            }
            return null;
        }
        boolean relative = k - 1 >= sentenceFirst && (text.token(k).text().equalsIgnoreCase("who")
                || text.token(k).text().equalsIgnoreCase("which"));
        if (relative) {
            // "the Mexican president, who said that ...", "this tweet from Rikkie Wells who tweeted",
            // "the Associated Press report, which notes": the phrase the pronoun stands for speaks
            boolean comma = text.token(k - 1).text().equals(",");
            int last = comma ? k - 1 : k;
            int antecedent = last;
            while (antecedent - 1 >= sentenceFirst && (text.token(antecedent - 1).pos().startsWith("NN")
                    || text.token(antecedent - 1).pos().startsWith("JJ") || text.token(antecedent - 1).pos().equals("DT")
                    || text.token(antecedent - 1).pos().equals("POS"))) {
                antecedent--;
            }
            // (without a comma only a name right before "who", or a document before "which", and the
            // verb right after: not "a candidate who promised ...", nor "the caption which ... reads")
            // (", which" after a document or a name: "the Associated Press report, which notes"; not
            // "won the Michigan primary, which suggests ...")
            EntityMention named = entities.at(last - 1);
            boolean nameBefore = named != null && named.endToken() == last;
            boolean who = text.token(k).text().equalsIgnoreCase("who");
            boolean document = DocumentOwners.isDocument(text.token(last - 1));
            boolean speaks = comma ? who || document || nameBefore : k + 1 == verb && (who ? nameBefore : document);
            if (antecedent < last && speaks) {
                return new Cue(antecedent, last, verb, verb + 1);
            }
        }
        if (k >= sentenceFirst && text.token(k).text().equals(")")) {
            // "Oversight Chairman Jason Chaffetz (R-Utah) said": the party label belongs to the name.
            int open = k;
            while (open > sentenceFirst && !text.token(open).text().equals("(") && k - open < 8) {
                open--;
            }
            if (text.token(open).text().equals("(") && open - 1 >= sentenceFirst) {
                int srcStart = sourceBackward(open - 1, sentenceFirst);
                if (srcStart <= open - 1) {
                    return new Cue(srcStart, k + 1, verb, verb + 1);
                }
            }
        }
        if (k > sentenceFirst && text.token(k).isDash()) {
            // "Jason Sims — a teacher from Mount Pleasant — says": an appositive between dashes
            // belongs to the name before it.
            // (a name before the opening dash, or a person's right after it: "A former candidate --
            // John McCain, who ... -- said"; not "The report — commissioned by Trump's campaign — says")
            for (int open = k - 1; open > sentenceFirst && open >= k - MAX_APPOSITIVE; open--) {
                if (text.token(open).isDash()) {
                    int srcStart = sourceBackward(open - 1, sentenceFirst);
                    EntityMention inside = entities.at(open + 1);
                    boolean named = entities.at(open - 1) != null || inside != null && inside.firstToken() == open + 1
                            && entities.typeOf(inside) == EntityType.PERSON;
                    if (srcStart <= open - 1 && named) {
                        return new Cue(srcStart, k + 1, verb, verb + 1);
                    }
                    break;
                }
            }
        }
        int srcStart = sourceBackward(k, sentenceFirst);
        while (srcStart < k && (text.token(srcStart).pos().equals("CC") || text.token(srcStart).pos().equals("IN"))) {
            srcStart++; // "But Flynn said": the conjunction is not the source
        }
        boolean participle = text.token(verb).pos().equals("VBG");
        if (participle && verb == sentenceFirst && verb > 0) {
            // "Maher said the report “wasn't good.” Adding, “...”": a participle opening its own
            // sentence goes on with the subject of the sentence before.
            Sentence before = text.sentenceOfToken(verb - 1);
            Cue subject = before == null ? null : subjects.find(before.firstToken(), before.endToken() - 1);
            return subject == null ? null : new Cue(subject.sourceFirst(), subject.sourceEnd(), verb, verb + 1);
        }
        EntityMention last = srcStart <= k ? entities.at(k) : null;
        if (participle && last != null && last.firstToken() >= srcStart && last.firstToken() > sentenceFirst
                && text.token(last.firstToken() - 1).text().equals("of")) {
            return new Cue(last.firstToken(), k + 1, verb, verb + 1); // "footage of Trump saying"
        }
        // An object does not speak ("Collins wrote an op-ed in The Washington Post hammering ...",
        // "wrote a letter to Lynch asking ..."), unless it is a person the verb shows speaking ("The ad
        // features Clinton saying ...").
        boolean personObject = last != null && last.endToken() == k + 1
                && entities.typeOf(last) == EntityType.PERSON;
        // "..., with Trump reportedly yelling: “...”": after "with", the name is the participle's subject.
        boolean absolute = srcStart > sentenceFirst && text.token(srcStart - 1).text().equalsIgnoreCase("with")
                && namesSomeone(srcStart, k + 1);
        boolean objectBefore = srcStart > sentenceFirst && !absolute && ((text.token(srcStart - 1).isVerb() && !personObject)
                || text.token(srcStart - 1).pos().equals("IN") || text.token(srcStart - 1).pos().equals("TO"));
        if (srcStart <= k && participle && (!namesSomeone(srcStart, k + 1) || objectBefore)) {
            // "Trump unleashed a series of tweets early Friday saying ...": the tweets do not speak.
            Cue subject = subjects.find(sentenceFirst, verb);
            if (subject != null) {
                return subject;
            }
        }
        EntityMention named = entities.at(k);
        if (srcStart <= k && srcStart - 1 > sentenceFirst && text.token(srcStart - 1).text().equals(",")
                && entities.at(srcStart) == null && !ReferenceResolver.isPronoun(text.token(srcStart))
                && (named == null || entities.typeOf(named) != EntityType.PERSON || named.firstToken() < srcStart)) {
            // "Anthony Anton, president and CEO of Washington Restaurant Association stated": the
            // appositive's closing comma is missing; the name before the opening one speaks (but in
            // "... nominee Hillary Clinton, former UN Ambassador John Bolton told" the phrase ends
            // with a name of its own, which speaks).
            EntityMention name = entities.at(srcStart - 2);
            if (name != null && entities.typeOf(name) == EntityType.PERSON) {
                return new Cue(name.firstToken(), k + 1, verb, verb + 1);
            }
        }
        if (srcStart <= k) {
            return new Cue(srcStart, k + 1, verb, verb + 1);
        }
        if (k >= sentenceFirst && text.token(k).text().equals(",")) {
            Cue appositive = appositiveSource(k, sentenceFirst, verb);
            if (appositive != null) {
                return appositive;
            }
        }
        if (k > sentenceFirst && isClosingMark(text.token(k)) && text.token(k - 1).text().equals(",")) {
            k--; // “A,” adding, “B”: the participle follows the quotation's comma
        }
        boolean afterComma = k >= sentenceFirst
                && (text.token(k).text().equals(",") || text.token(k).text().equalsIgnoreCase("by"));
        if (!participle || !afterComma) {
            return null;
        }
        // "Ryan and Trump will meet next week, Spicer said, adding, “...”": the participle goes on
        // with the speaker of the reporting verb just before it, not with the sentence's subject.
        for (int v = k - 1; v > sentenceFirst && v >= k - MAX_CUE_GAP; v--) {
            if (isReportingVerb(text.token(v)) && !text.token(v).pos().equals("VBG")) {
                Cue earlier = sourceOf(v, sentenceFirst);
                if (earlier != null) {
                    return new Cue(earlier.sourceFirst(), earlier.sourceEnd(), verb, verb + 1);
                }
            }
        }
        return subjects.find(sentenceFirst, verb);
    }

    private static boolean isAuxiliary(Token t) {
        return t.pos().equals("MD") || (t.isVerb() && (t.lemma().equals("be") || t.lemma().equals("have")
                || t.lemma().equals("do")));
    }

    /** Whether the phrase holds a name, a description of someone or a pronoun. */
    private boolean namesSomeone(int from, int to) {
        for (int i = from; i < to; i++) {
            if (entities.at(i) != null || ReferenceResolver.isPronoun(text.token(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * "Douglas Brinkley, a historian who attended the session, recalled": the source is the name
     * before the first comma with its appositive, up to the comma before the verb.
     */
    private Cue appositiveSource(int comma, int first, int verb) {
        Cue interrupted = interruptedSubject(comma, first, verb);
        if (interrupted != null) {
            return interrupted;
        }
        for (int c = comma - 1; c > first && c >= comma - MAX_APPOSITIVE; c--) {
            Token t = text.token(c);
            if (t.text().equals(",") && placeOnBothSides(c)) {
                continue; // "in Columbus, Ohio,": the comma of a place name
            }
            if (t.text().equals(",")) {
                int start = sourceBackward(c - 1, first);
                if (start > first && start <= c - 1 && (text.token(start - 1).pos().equals("IN")
                        || text.token(start - 1).pos().equals("TO"))) {
                    // "Geoff Garin, a pollster working with Priorities USA, a super PAC, said": the name
                    // in a prepositional phrase is not the source; the one before it is.
                    c = start;
                    continue;
                }
                // "Clinton, at a later press gaggle, said", "De Blasio, speaking on WOR710, called"
                boolean circumstance = c + 1 < comma && (text.token(c + 1).pos().equals("IN")
                        || text.token(c + 1).pos().equals("VBG") || text.token(c + 1).pos().equals("VBN"));
                boolean nounPhraseAfter = c + 1 < comma && (startsAppositive(text.token(c + 1)) || circumstance);
                if (start > c - 1 || !nounPhraseAfter || ReferenceResolver.isPronoun(text.token(start))) {
                    return null;
                }
                // "Mark Holden, chairman of Freedom Partners, the network's funding arm, said": a
                // second appositive follows the first; the name stands before both.
                for (int hops = 0; hops < 2 && entities.at(start) == null && start - 2 > first
                        && text.token(start - 1).text().equals(",") && startsAppositive(text.token(start)); hops++) {
                    int earlier = sourceBackward(start - 2, first);
                    if (earlier > start - 2 || entities.at(earlier) == null) {
                        break;
                    }
                    start = earlier;
                }
                // "Clinton, at a later press gaggle, said": a circumstance is not part of the source.
                return circumstance ? new Cue(start, c, verb, verb + 1) : new Cue(start, comma + 1, verb, verb + 1);
            }
            boolean participleAfterComma = (t.pos().equals("VBG") || t.pos().equals("VBN")) && c - 1 > first
                    && text.token(c - 1).text().equals(",");
            if (t.isVerb() && !participleAfterComma && !relativeClauseBefore(c, comma - MAX_APPOSITIVE)) {
                return null;
            }
        }
        return null;
    }

    /**
     * "Ted Cruz, when asked what about Trump's vision is wrong, responded that ...", "Chris Christie,
     * hoping to surge in New Hampshire, called ...": a clause of time or condition, or a participle's,
     * set off by commas between the subject and its verb, verbs and all.
     */
    private Cue interruptedSubject(int comma, int first, int verb) {
        for (int c = comma - 1; c > first && c >= comma - MAX_APPOSITIVE; c--) {
            if (!text.token(c).text().equals(",")) {
                continue;
            }
            String next = text.token(c + 1).text().toLowerCase(Locale.ROOT);
            boolean participle = text.token(c + 1).pos().equals("VBG") || text.token(c + 1).pos().equals("VBN");
            if (!INTERRUPTING.contains(next) && !participle) {
                return null; // "Chris Christie, hoping to surge in New Hampshire, called ..."
            }
            int start = sourceBackward(c - 1, first);
            boolean named = start <= c - 1 && start == first && (entities.at(c - 1) != null
                    || ReferenceResolver.isPronoun(text.token(c - 1)));
            return named ? new Cue(start, c, verb, verb + 1) : null;
        }
        return null;
    }

    /** Words opening a clause that may stand between a subject and its verb. */
    private static final Set<String> INTERRUPTING = Set.of("when", "while", "after", "before", "if", "asked",
            "pressed", "responding", "speaking");

    private boolean placeOnBothSides(int comma) {
        EntityMention before = entities.at(comma - 1);
        EntityMention after = comma + 1 < text.tokens().size() ? entities.at(comma + 1) : null;
        return before != null && after != null && entities.typeOf(before) == EntityType.LOCATION
                && (entities.typeOf(after) == EntityType.LOCATION
                        || entities.typeOf(after) == EntityType.COUNTRY);
    }

    private boolean reportingVerbBetween(int from, int to) {
        for (int i = from; i < to; i++) {
            if (isReportingVerb(text.token(i))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a "who", "which" or "that" stands between {@code floor} and the verb at {@code v}. */
    private boolean relativeClauseBefore(int v, int floor) {
        for (int i = v - 1; i >= Math.max(0, floor); i--) {
            String w = text.token(i).text().toLowerCase(Locale.ROOT);
            if (w.equals("who") || w.equals("whose") || w.equals("which") || w.equals("that")) {
                return true;
            }
            if (w.equals(",")) {
                return false;
            }
        }
        return false;
    }

    private boolean isPhraseVerb(Token t) {
        ReportingVerbs.Verb v = t.isVerb() ? verbs.of(t) : null;
        return v != null && v.clause() == ReportingVerbs.Clause.PHRASE;
    }

    /** A verb that can introduce a direct quotation (not one that labels an object with a phrase). */
    boolean isReportingVerb(Token t) {
        if (t.text().equals("Said") || t.text().equals("Says")) {
            return true; // "Said Comey, “...”": the tagger reads an opening "Said" as a name
        }
        ReportingVerbs.Verb v = t.isVerb() ? verbs.of(t) : null;
        return v != null && v.clause() != ReportingVerbs.Clause.PHRASE || closingPhrasalVerb(t);
    }

    /** Verbs of speech only with their particle, which ends the clause: "she went on.", "he shot back:". */
    private static final Map<String, String> PHRASAL_SAYING = Map.of("go", "on", "chime", "in", "fire", "back",
            "hit", "back", "sum", "up", "pipe", "up");

    private boolean closingPhrasalVerb(Token t) {
        String particle = PHRASAL_SAYING.get(t.lemma().toLowerCase(Locale.ROOT));
        int p = t.index() + 1;
        if (particle == null || !t.isVerb() || p >= text.tokens().size() || !text.token(p).text().equalsIgnoreCase(particle)) {
            return false;
        }
        Sentence s = text.sentenceOfToken(t.index());
        if (s == null || p >= s.endToken()) {
            return false; // "... he went. On Tuesday": the particle is the next sentence's
        }
        return p + 1 >= s.endToken() || isPunct(text.token(p + 1)); // not "went on Fox News", "hit back at"
    }

    /**
     * End (exclusive) of a source phrase starting at {@code i}: a mention, a pronoun or a short noun
     * phrase, with its appositive when one follows ("said Kenneth Baer, a former official who ...").
     */
    private int sourceForward(int i, int end) {
        return sourceForward(i, end, true);
    }

    /** @param personOnly whether a preposition after a person's name ends the phrase */
    private int sourceForward(int i, int end, boolean personOnly) {
        int j = i;
        while (j < end && j - i < MAX_SOURCE_TOKENS && (j == i || !lineBreakBefore(j))) {
            if (j > i && text.token(j).text().equals("(")) {
                int close = j;
                while (close < end && !text.token(close).text().equals(")") && close - j < 8) {
                    close++;
                }
                if (close >= end || !text.token(close).text().equals(")")) {
                    break;
                }
                j = close + 1; // "Rep. Jim Jordan (R-Ohio)": the label is part of the name
                continue;
            }
            if (!isSourceWord(text.token(j), j == i)) {
                break;
            }
            if (personOnly && SOURCE_PREPOSITIONS.contains(text.token(j).text()) && j > i && text.token(j - 1).isProperNoun()
                    && "PERSON".equals(text.token(j - 1).ner())) {
                break; // "Cameron Easley for Morning Consult": the person, not the employer
            }
            j++;
        }
        while (j > i && SOURCE_PREPOSITIONS.contains(text.token(j - 1).text())) {
            j--;
        }
        boolean named = j > i && !ReferenceResolver.isPronoun(text.token(i));
        if (named && j + 1 < end && text.token(j).text().equals(",") && startsAppositive(text.token(j + 1))) {
            // The appositive runs to the verb of "X, an official, said", or to the end of the
            // sentence, but not into a circumstance after a comma (", in a statement").
            for (int k = j + 1; k < end; k++) {
                if (isReportingVerb(text.token(k)) && !compoundTail(k)) {
                    return k;
                }
                if (text.token(k).text().equals(",") && k + 1 < end
                        && (text.token(k + 1).pos().equals("IN") || text.token(k + 1).pos().equals("TO"))) {
                    return k + 1;
                }
            }
            int k = end;
            while (k > j && isPunct(text.token(k - 1))) {
                k--;
            }
            return k;
        }
        return j;
    }

    /** "a former official", "founder of ...", "whose candidacy ...", "now a consultant": an appositive's first word. */
    private static boolean startsAppositive(Token t) {
        String pos = t.pos();
        return pos.equals("DT") || pos.startsWith("NN") || pos.startsWith("JJ") || pos.equals("RB") || pos.startsWith("WP")
                || pos.equals("PRP$") || pos.equals("CD");
    }

    /** Start of a source phrase ending at token {@code k} (inclusive), or k+1 when there is none. */
    private int sourceBackward(int k, int first) {
        if (k >= first && (ReferenceResolver.isPronoun(text.token(k)) || ReferenceResolver.isNarrator(text.token(k)))) {
            return k; // "... at 86 she says": a pronoun is the whole source
        }
        int j = k;
        while (j >= first && k - j < MAX_SOURCE_TOKENS) {
            if (text.token(j).text().equals(")")) {
                // "Rep. Jim Jordan (R-Ohio)": a parenthesis belongs to the name before it.
                int open = j;
                while (open > first && !text.token(open).text().equals("(") && j - open < 8) {
                    open--;
                }
                if (!text.token(open).text().equals("(")) {
                    break;
                }
                j = open - 1;
                continue;
            }
            if (text.token(j).text().equals(",") && j > first && j < k && isPlace(j - 1) && isPlace(j + 1)) {
                j--; // "Stacy Baker of Columbia, South Carolina says": a town and its state are one place
                continue;
            }
            if (text.token(j).pos().equals("PRP$") && j < k && DocumentOwners.isDocument(text.token(k))) {
                return j; // "Her economic plan says", "his Twitter account said": the owner opens the phrase
            }
            if (!isSourceWord(text.token(j), false) || (ReferenceResolver.isPronoun(text.token(j)) && j < k)) {
                break;
            }
            EntityMention m = entities.at(j);
            if (m != null && m.firstToken() == m.nameToken() && m.firstToken() > first && m.endToken() == k + 1
                    && entities.typeOf(m) == EntityType.PERSON
                    && !text.token(m.firstToken() - 1).isCapitalized()) {
                // "a Bloomberg interview Trump declared": words before a bare name are not its title.
                return m.firstToken();
            }
            j--;
        }
        return j + 1;
    }

    private boolean isPlace(int token) {
        EntityMention m = entities.at(token);
        return m != null && (entities.typeOf(m) == EntityType.LOCATION || entities.typeOf(m) == EntityType.COUNTRY);
    }

    /** Words glued by a hyphen to a title the person held: "then-Secretary", "ex-Gov.". */
    private static final Set<String> PAST_ROLE = Set.of("then", "ex", "former");

    /** Participles that describe the person named after them, even before a capitalised word. */
    private static final Set<String> DESCRIBING_PARTICIPLES = Set.of("retired", "disgraced", "embattled", "ousted",
            "jailed", "indicted", "convicted", "elected", "appointed", "decorated", "acclaimed", "celebrated");

    private boolean isSourceWord(Token t, boolean first) {
        if (ReferenceResolver.isPronoun(t) || entities.at(t.index()) != null || first && ReferenceResolver.isNarrator(t)) {
            return true; // a name, whatever the tagger made of its words ("Shook said")
        }
        String pos = t.pos();
        if (pos.equals("VBN") && t.index() + 1 < text.tokens().size() && text.token(t.index() + 1).pos().startsWith("NN")
                && (!text.token(t.index() + 1).isCapitalized() || DESCRIBING_PARTICIPLES.contains(t.text().toLowerCase(Locale.ROOT)))) {
            return true; // "said retired neurosurgeon Ben Carson", "retired Air Force general Lloyd Newton"
        }
        if (!first && compoundTail(t.index())) {
            return true; // "the conservative-leaning newspaper", "the tax-writing committee"
        }
        boolean nameAfter = t.index() + 1 < text.tokens().size() && text.token(t.index() + 1).isCapitalized();
        if ((!first || nameAfter) && t.text().matches("\\p{Ll}+-\\p{Ll}+")) {
            return true; // "Blaze co-host Stu Burguiere", "said co-host Mika Brzezinski": the tagger reads some hyphened nouns as verbs
        }
        if (PAST_ROLE.contains(t.text().toLowerCase(Locale.ROOT)) && t.index() + 2 < text.tokens().size()
                && text.token(t.index() + 1).pos().equals("HYPH") && text.token(t.index() + 1).start() == t.end()) {
            return true; // "then-Secretary of State Hillary Clinton", "ex-Gov. Jeb Bush"
        }
        if (!first && pos.equals("HYPH") && t.index() > 0 && t.index() + 1 < text.tokens().size()
                && text.token(t.index() - 1).end() == t.start() && text.token(t.index() + 1).start() == t.end()) {
            return true; // "Ban Ki-moon", "Park Geun-hye": a hyphen inside a name
        }
        return pos.startsWith("NN") || pos.equals("DT") || pos.startsWith("JJ") || pos.equals("POS")
                || pos.equals("CD") || (!first && (SOURCE_PREPOSITIONS.contains(t.text()) || pos.equals("CC")
                || pos.equals("$"))); // "Fight for $15 organizing director Kendall Fells"
    }

    /** Whether token {@code i} is the second half of a hyphened compound ("tax-writing"), whatever its tag. */
    private boolean compoundTail(int i) {
        return i > 1 && text.token(i - 1).pos().equals("HYPH") && text.token(i - 1).start() == text.token(i - 2).end()
                && text.token(i - 1).end() == text.token(i).start();
    }

    private boolean lineBreakBefore(int token) {
        return text.text().substring(text.token(token - 1).end(), text.token(token).start()).contains("\n");
    }

    private static boolean isClosingMark(Token t) {
        return t.text().equals("”") || t.text().equals("''") || t.text().equals("’") || t.pos().equals("''");
    }

    /** A token with no letter or digit: "," or "”", but not "'s" or "n't". */
    static boolean isPunct(Token t) {
        return t.text().chars().noneMatch(Character::isLetterOrDigit);
    }
}
