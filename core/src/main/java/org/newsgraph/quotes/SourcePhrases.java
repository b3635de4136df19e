package org.newsgraph.quotes;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.entities.DocumentEntities;
import org.newsgraph.entities.DocumentOwners;
import org.newsgraph.entities.EntityMention;
import org.newsgraph.entities.ReferenceResolver;
import org.newsgraph.entities.UsStates;
import org.newsgraph.model.EntityType;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.CalendarWords;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * The phrase that names who speaks: backward from a reporting verb ({@link #sourceOf}: the phrase
 * before it with its title, party label or appositive, the antecedent of "who", the subject a
 * second verb or a participle shares, else the sentence's subject) and forward from the token after
 * a cue ({@link #sourceForward}: "said the minister", "according to officials").
 */
final class SourcePhrases {
    static final int MAX_SOURCE_TOKENS = 12;
    static final Set<String> TIME_WORDS = CalendarWords.union(CalendarWords.DAYS, CalendarWords.RELATIVE_DAYS,
            Set.of("earlier", "later", "recently", "then", "last", "next", "this", "week", "month", "year", "night",
                    "morning", "afternoon", "evening", "weekend"));
    /** Words joining a place to the person it is theirs: "Rubio of Florida", "a senator from Texas". */
    private static final Set<String> PLACE_LINKS = Set.of("of", "from");
    /** Verbs that lead into speech through "to": "went on to say", "was quick to add", "took to Twitter to say". */
    private static final Set<String> LEAD_INTO_SPEECH = Set.of("go", "continue", "proceed", "hasten", "rush", "be",
            "seem", "appear", "take", "use", "stop", "pause");
    /** Most tokens of an appositive between a source and its verb ("China, Pyongyang's only ally, said"). */
    private static final int MAX_APPOSITIVE = 40;
    /** Most tokens between a cue before a quote and its opening mark ("said in a statement on Monday"). */
    static final int MAX_CUE_GAP = 12;
    /** Most tokens back from ", adding," to the reporting verb whose speaker it goes on with. */
    private static final int MAX_ADDING_LOOK_BACK = 6;
    /**
     * Words tagged as prepositions that open a clause, whose subject follows them: "..., while Mike
     * Huckabee, the former Arkansas governor, proposed ...".
     */
    private static final Set<String> SUBORDINATORS = Set.of("while", "whereas", "although", "though", "because", "since",
            "if", "unless", "after", "before", "once", "until", "as");

    /** Openers of a clause of concession or contrast, whose subject a participle after it may take. */
    private static final Set<String> CONCESSIVE = Set.of("although", "though", "while", "whereas");

    /**
     * Whether the word at {@code i} opens a clause: a subordinator opening the sentence or set after a
     * comma ("..., while Mike Huckabee ... proposed"; not "who ran the campaign after Brad Parscale").
     */
    private boolean opensClause(int i, int first) {
        return SUBORDINATORS.contains(text.token(i).text().toLowerCase(Locale.ROOT))
                && (i == first || text.token(i - 1).text().equals(","));
    }
    /** Prepositions inside a source phrase: "a spokesman for the ministry", "an official at the embassy". */
    private static final Set<String> SOURCE_PREPOSITIONS = Set.of("of", "for", "at", "from", "on", "in");

    private final ReportingVerbs verbs;
    private final AnnotatedText text;
    private final DocumentEntities entities;
    private final SentenceSubject subjects;
    private final CueWords words;

    SourcePhrases(ReportingVerbs verbs, AnnotatedText text, DocumentEntities entities, SentenceSubject subjects,
            CueWords words) {
        this.verbs = verbs;
        this.text = text;
        this.entities = entities;
        this.subjects = subjects;
        this.words = words;
    }

    /** The source of the reporting verb at {@code verb}: the phrase before it, or the sentence's subject. */
    Cue sourceOf(int verb, int sentenceFirst) {
        int k = verb - 1;
        while (k >= sentenceFirst && leadsToVerb(k, sentenceFirst, verb)) {
            k -= adverbialPair(k, sentenceFirst) ? 2 : 1;
        }
        if (k >= sentenceFirst && text.token(k).pos().equals("CC")) {
            // "Clinton stressed ... and said": the verbs share a subject, the first verb's when it has
            // one of its own ("..., John Smith laughed and said"), else the sentence's
            Cue first = firstVerbOfPair(k, sentenceFirst);
            if (first == null) {
                first = reporterBeforePair(k, sentenceFirst);
            }
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
            // (a dash opens the aside as a comma does: "Donald Trump - who previously said ...")
            boolean comma = text.token(k - 1).text().equals(",") || text.isDash(k - 1);
            int last = comma ? k - 1 : k;
            int antecedent = last;
            while (antecedent - 1 >= sentenceFirst && (text.token(antecedent - 1).pos().startsWith("NN")
                    || text.token(antecedent - 1).pos().startsWith("JJ") || text.token(antecedent - 1).pos().equals("DT")
                    || text.token(antecedent - 1).pos().equals("POS"))) {
                antecedent--;
            }
            // "Sen. Marco Rubio of Florida, who mused ...", "a senator from Texas, who asked ...": a
            // "who" is a person, so a place closing the phrase is the person's, and the phrase reaches back to them
            // (the place from its first word: "the Republic of Korea")
            EntityMention place = entities.at(last - 1);
            int placeFirst = place == null ? antecedent : Math.max(sentenceFirst, Math.min(antecedent, place.firstToken()));
            // (after a comma, and not "this tweet from Rikkie Wells who tweeted": a document is no one)
            if (text.token(k).text().equalsIgnoreCase("who") && comma && place != null && placeFirst - 2 >= sentenceFirst
                    && !DocumentOwners.isDocument(text.token(placeFirst - 2))
                    && (entities.typeOf(place) == EntityType.LOCATION || entities.typeOf(place) == EntityType.COUNTRY)
                    && PLACE_LINKS.contains(text.token(placeFirst - 1).text().toLowerCase(Locale.ROOT))) {
                int owner = placeFirst - 1;
                while (owner - 1 >= sentenceFirst && (text.token(owner - 1).pos().startsWith("NN")
                        || text.token(owner - 1).pos().startsWith("JJ") || text.token(owner - 1).pos().equals("DT"))) {
                    owner--;
                }
                if (owner < placeFirst - 1) {
                    antecedent = owner;
                }
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
        if (k > sentenceFirst && text.isDash(k)) {
            // "Jason Sims — a teacher from Mount Pleasant — says": an appositive between dashes
            // belongs to the name before it.
            // (a name before the opening dash, or a person's right after it: "A former candidate --
            // John McCain, who ... -- said"; not "The report — commissioned by Trump's campaign — says")
            for (int open = k - 1; open > sentenceFirst && open >= k - MAX_APPOSITIVE; open--) {
                if (text.isDash(open)) {
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
        Cue obtained = participle ? null : subjectBeforeObtainer(srcStart, sentenceFirst, verb);
        if (obtained != null) {
            return obtained;
        }
        if (participle && verb == sentenceFirst) {
            // "Noting that the economy grew, Clinton said ...": a participle opening its sentence has
            // the subject of the clause after it, when one follows
            Cue main = mainSubjectAfter(verb);
            if (main != null) {
                return main;
            }
        }
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
                && words.namesSomeone(srcStart, k + 1);
        boolean objectBefore = srcStart > sentenceFirst && !absolute && ((text.token(srcStart - 1).isVerb() && !personObject)
                || text.token(srcStart - 1).pos().equals("IN") || text.token(srcStart - 1).pos().equals("TO"));
        if (srcStart <= k && participle && (!words.namesSomeone(srcStart, k + 1) || objectBefore)) {
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
        if (k > sentenceFirst && CueWords.isClosingMark(text.token(k)) && text.token(k - 1).text().equals(",")) {
            k--; // “A,” adding, “B”: the participle follows the quotation's comma
        }
        boolean afterComma = k >= sentenceFirst
                && (text.token(k).text().equals(",") || text.token(k).text().equalsIgnoreCase("by"));
        if (!participle || !afterComma) {
            return null;
        }
        // "Ryan and Trump will meet next week, Spicer said, adding, “...”": the participle goes on
        // with the speaker of the reporting verb just before it, not with the sentence's subject.
        for (int v = k - 1; v > sentenceFirst && v >= k - MAX_ADDING_LOOK_BACK; v--) {
            if (words.isReportingVerb(text.token(v)) && !text.token(v).pos().equals("VBG")) {
                Cue earlier = sourceOf(v, sentenceFirst);
                if (earlier != null) {
                    return new Cue(earlier.sourceFirst(), earlier.sourceEnd(), verb, verb + 1);
                }
            }
        }
        // "Hachette cancelled the release, although Stephen King was among those questioning it,
        // writing on Twitter: “...”": the participle goes on from a clause of concession just before
        // it (not from one of time or cause: "Smith resigned, after the board voted to censure him,
        // saying ..." is Smith's)
        for (int c = k - 1; c > sentenceFirst && !text.token(c).text().equals(","); c--) {
            if (CONCESSIVE.contains(text.token(c).text().toLowerCase(Locale.ROOT)) && text.token(c - 1).text().equals(",")) {
                Cue inner = subjects.find(c + 1, verb);
                if (inner != null && inner.sourceFirst() <= c + 3) { // (the clause's own subject, right after its opener)
                    return new Cue(inner.sourceFirst(), inner.sourceEnd(), verb, verb + 1);
                }
                break;
            }
        }
        return subjects.find(sentenceFirst, verb);
    }

    /**
     * "A letter from the American Legion obtained by The Associated Press warns", "an Israeli official
     * quoted by Haaretz said": when the phrase before the verb is the agent of a participle of getting
     * hold of words, the one who got them only passes them on; the phrase before the participle is
     * the source (a document's, then, is its writer's). In "a memo written by Clinton and obtained by
     * Politico says" the writer named before "and" is. Null when the phrase is no such agent.
     */
    private Cue subjectBeforeObtainer(int agentStart, int sentenceFirst, int verb) {
        int participle = agentStart - 2;
        if (participle - 1 < sentenceFirst || !text.token(agentStart - 1).text().equalsIgnoreCase("by")
                || !text.token(participle).pos().equals("VBN") || !OBTAINING.contains(text.token(participle).lemma())) {
            return null;
        }
        int last = text.token(participle - 1).pos().equals("CC") ? participle - 2 : participle - 1;
        int first = last >= sentenceFirst ? sourceBackward(last, sentenceFirst) : last + 1;
        return first <= last ? new Cue(first, last + 1, verb, verb + 1) : null;
    }

    /** Participles whose agent got hold of a document rather than wrote it: "obtained by", "reviewed by". */
    private static final Set<String> OBTAINING = Set.of("obtain", "see", "review", "view", "examine", "acquire", "cite",
            "quote", "read", "hear", "find", "receive", "leak");

    /**
     * The subject of the main clause after a participle that opens the sentence ("Acknowledging that
     * Trump “says a lot,” though, Allen did suggest ..."): a name or pronoun right after a comma, with
     * a finite verb after it; null when none follows.
     */
    private Cue mainSubjectAfter(int participle) {
        Sentence s = text.sentenceOfToken(participle);
        boolean quoted = false;
        for (int c = participle + 1; s != null && c + 2 < s.endToken(); c++) {
            if (text.token(c).isQuotationMark()) {
                if (c <= participle + 2) {
                    return null; // 'Adding, “If they want a fight, they will get one.”': a quotation, no clause of the writer's
                }
                quoted = !CueWords.isClosingMark(text.token(c));
                continue;
            }
            if (quoted || !text.token(c).text().equals(",")) {
                continue; // (a comma inside marks closes nothing of the sentence's)
            }
            int first = c + 1;
            EntityMention m = entities.at(first);
            int end = m != null && m.firstToken() == first && entities.typeOf(m) != EntityType.LOCATION ? m.endToken()
                    : ReferenceResolver.isPronoun(text.token(first)) ? first + 1 : -1;
            int v = end;
            while (v > 0 && v < s.endToken() && text.token(v).pos().startsWith("RB")) {
                v++;
            }
            if (end > 0 && v < s.endToken() && (text.token(v).isFiniteVerb() || text.token(v).pos().equals("MD"))) {
                return new Cue(first, end, participle, participle + 1);
            }
        }
        return null;
    }

    /**
     * Whether the word at {@code k} stands between a subject and its verb and is neither: an adverb or
     * auxiliary ("has repeatedly wondered", "It’s denouncing"), a time ("Priebus later Thursday told",
     * "who in the past said", "in May") or a two-word adverb ("had at last described"). A word of a
     * name is none of these.
     */
    private boolean leadsToVerb(int k, int sentenceFirst, int verb) {
        Token t = text.token(k);
        boolean afterPreposition = k - 1 >= sentenceFirst && timePreposition(k - 1, verb)
                || k - 2 >= sentenceFirst && text.token(k - 1).pos().equals("DT") && timePreposition(k - 2, verb);
        boolean time = entities.at(k) == null
                && (isTime(t) || TIMES_AFTER_PREPOSITION.contains(t.text().toLowerCase(Locale.ROOT)) && afterPreposition);
        return t.pos().startsWith("RB") || CueWords.isAuxiliary(t) || time || timePreposition(k, verb)
                || adverbialPair(k, sentenceFirst) || (t.pos().equals("DT") && k - 1 >= sentenceFirst && timePreposition(k - 1, verb));
    }

    /** The first token from {@code from} that is no word of time ("said Tuesday", "in a statement last week"). */
    static int pastTimeWords(AnnotatedText text, int from, int end) {
        int k = from;
        while (k < end && TIME_WORDS.contains(text.token(k).text().toLowerCase(Locale.ROOT))) {
            k++;
        }
        return k;
    }

    /** A word of time that may stand alone before a verb: "Tuesday", "later", "2010". */
    private static boolean isTime(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return TIME_WORDS.contains(w) || (t.pos().equals("CD") && w.matches("(19|20)\\d\\d"));
    }

    /**
     * Words of time only after a preposition: a month or "past" alone may be a name or an adjective
     * ("May said", "past president").
     */
    private static final Set<String> TIMES_AFTER_PREPOSITION = CalendarWords.union(CalendarWords.MONTHS, Set.of("past"));

    /** A preposition opening a time before the verb: "who in 2010 said", "Trump on Monday said". */
    private boolean timePreposition(int k, int verb) {
        String w = text.token(k).text().toLowerCase(Locale.ROOT);
        boolean article = k + 2 < verb && text.token(k + 1).pos().equals("DT"); // "who in the past said"
        Token time = text.token(article ? k + 2 : k + 1);
        return k + 1 < verb && TIME_PREPOSITIONS.contains(w)
                && (isTime(time) || TIMES_AFTER_PREPOSITION.contains(time.text().toLowerCase(Locale.ROOT)));
    }

    private static final Set<String> TIME_PREPOSITIONS = Set.of("in", "on", "at", "during", "since", "until");

    /** Two words that act as one adverb, ending at token {@code k}: "had at last described", "has in fact said". */
    private boolean adverbialPair(int k, int sentenceFirst) {
        return k - 1 >= sentenceFirst && ADVERBIAL_PAIRS.contains(
                text.token(k - 1).text().toLowerCase(Locale.ROOT) + " " + text.token(k).text().toLowerCase(Locale.ROOT));
    }

    private static final Set<String> ADVERBIAL_PAIRS = Set.of("at last", "at least", "at first", "in fact", "of course",
            "at times", "in turn", "in particular", "for instance", "for example");

    /** Whether a finite reporting verb stands before this token in its clause (back to a comma), outside quotation marks. */
    boolean reportingVerbBefore(int token, int sentenceFirst) {
        // ("When told he was running, Bush thought ...": a clause of its own ends at the comma)
        return reportingVerbBack(token, sentenceFirst, true) >= 0;
    }

    /**
     * The nearest finite reporting verb before this token in its sentence, outside quotation marks,
     * looking no further back than a comma when {@code clauseOnly}; -1 when there is none.
     */
    private int reportingVerbBack(int token, int sentenceFirst, boolean clauseOnly) {
        boolean quoted = false;
        for (int v = token - 1; v >= sentenceFirst; v--) {
            Token t = text.token(v);
            if (t.isQuotationMark()) {
                quoted = CueWords.isClosingMark(t); // (read backwards, a closing mark opens the quoted words)
            } else if (!quoted && clauseOnly && t.text().equals(",")) {
                return -1;
            } else if (!quoted && t.isFiniteVerb() && words.isReportingVerb(t)) {
                return v;
            }
        }
        return -1;
    }

    /**
     * "..., while Mike Huckabee proposed we “wake up ...” and said ...": the source of the nearest
     * reporting verb before the conjunction at {@code cc}, outside quotation marks, when it names
     * someone; the second verb shares it. Null when there is none.
     */
    private Cue reporterBeforePair(int cc, int sentenceFirst) {
        int v = reportingVerbBack(cc, sentenceFirst, false);
        Cue cue = v < 0 ? null : sourceOf(v, sentenceFirst);
        return cue != null && words.namesSomeone(cue.sourceFirst(), cue.sourceEnd()) ? cue : null;
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
        if (v >= sentenceFirst && !text.token(v).isVerb()) {
            // "Bush thought for a moment and said": a verb and a phrase opening with a preposition
            // (but in "Obama said the economy grew in May and added" the verb is in what Obama said)
            int w = v;
            while (w > sentenceFirst && v - w < MAX_PHRASE_BEFORE_PAIR && !text.token(w).isVerb() && !CueFinder.isPunct(text.token(w))) {
                w--;
            }
            if (text.token(w).isFiniteVerb() && text.token(w + 1).pos().equals("IN") && !reportingVerbBefore(w, sentenceFirst)) {
                return sourceOf(w, sentenceFirst);
            }
        }
        if (v < sentenceFirst || !text.token(v).isFiniteVerb()) {
            return null;
        }
        ReportingVerbs.Verb said = verbs.of(text.token(v)); // ("laughed" introduces no clause, "said" may)
        return said == null || said.clause() == ReportingVerbs.Clause.QUOTE_ONLY ? sourceOf(v, sentenceFirst) : null;
    }

    /** Most words of the phrase after the first verb of a pair: "thought for a moment and said". */
    private static final int MAX_PHRASE_BEFORE_PAIR = 5;

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
                if (c - 2 > first && text.token(c - 1).pos().equals("CD") && text.token(c - 2).text().equals(",")) {
                    c -= 2; // "Clinton, 35, the daughter of ..., said": the age stands between the name and its appositive
                }
                int tag = UsStates.partyTagEndingAt(text, c - 1);
                if (tag - 1 > first && text.token(tag - 1).text().equals(",")) {
                    c = tag - 1; // "Sen. Lindsey Graham, R-S.C., a candidate, said": so does a party tag
                }
                if (c - 2 > first && text.token(c - 1).pos().startsWith("RB") && text.token(c - 2).text().equals(",")
                        && c + 1 < comma && text.token(c + 1).pos().startsWith("W")) {
                    c -= 2; // "Sanders, meanwhile, who sits at zero endorsements, said": and an adverb set off by commas
                }
                int start = sourceBackward(c - 1, first);
                if (start > first && start <= c - 1 && (text.token(start - 1).pos().equals("IN") && !opensClause(start - 1, first)
                        || text.token(start - 1).pos().equals("TO"))) {
                    // "Geoff Garin, a pollster working with Priorities USA, a super PAC, said": the name
                    // in a prepositional phrase is not the source; the one before it is.
                    c = start;
                    continue;
                }
                // "Clinton, at a later press gaggle, said", "De Blasio, speaking on WOR710, called"
                boolean circumstance = c + 1 < comma && (text.token(c + 1).pos().equals("IN")
                        || text.token(c + 1).pos().equals("VBG") || text.token(c + 1).pos().equals("VBN"));
                // "Michael Mulgrew, president of the United Federation of Teachers, which represents
                // New York City educators, said": a "which" clause on the appositive's noun, when a
                // person's name opens the whole phrase
                boolean which = c + 1 < comma && text.token(c + 1).pos().equals("WDT");
                boolean nounPhraseAfter = c + 1 < comma && (startsAppositive(text.token(c + 1)) || circumstance || which);
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
                EntityMention opener = entities.at(start);
                // (or a body, or a definite description opening the sentence: "The brokerage, which had
                // forecast growth of 3.3 per cent, said ...")
                boolean namedOpener = opener != null && opener.firstToken() == start && entities.typeOf(opener) != EntityType.LOCATION;
                boolean describedOpener = start == first && text.token(start).text().equalsIgnoreCase("the")
                        && text.token(c - 1).pos().equals("NN");
                if (which && !namedOpener && !describedOpener) {
                    return null;
                }
                // "Clinton, at a later press gaggle, said": a circumstance is not part of the source.
                return circumstance ? new Cue(start, c, verb, verb + 1) : new Cue(start, comma + 1, verb, verb + 1);
            }
            boolean participleAfterComma = (t.pos().equals("VBG") || t.pos().equals("VBN")) && c - 1 > first
                    && text.token(c - 1).text().equals(",");
            // (a participle that describes the appositive's noun is no verb: "the founding director")
            if (t.isVerb() && !participleAfterComma && !CueWords.attributive(text, c) && !relativeClauseBefore(c, comma - MAX_APPOSITIVE)) {
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

    /**
     * End (exclusive) of a source phrase starting at {@code i}: a mention, a pronoun or a short noun
     * phrase, with its appositive when one follows ("said Kenneth Baer, a former official who ...").
     */
    int sourceForward(int i, int end) {
        return sourceForward(i, end, true);
    }

    /** @param personOnly whether a preposition after a person's name ends the phrase */
    int sourceForward(int i, int end, boolean personOnly) {
        int j = i;
        while (j < end && j - i < MAX_SOURCE_TOKENS && (j == i || !words.lineBreakBefore(j))) {
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
        // (nor a conjunction: in "... the legal footing for a peace deal and said it would ..." the
        // verb is the sentence subject's second one, not the phrase's)
        while (j > i && (SOURCE_PREPOSITIONS.contains(text.token(j - 1).text()) || text.token(j - 1).pos().equals("CC"))) {
            j--;
        }
        boolean named = j > i && !ReferenceResolver.isPronoun(text.token(i));
        if (named && j + 1 < end && text.token(j).text().equals(",") && startsAppositive(text.token(j + 1))) {
            // The appositive runs to the verb of "X, an official, said", or to the end of the
            // sentence, but not into a circumstance after a comma (", in a statement").
            for (int k = j + 1; k < end; k++) {
                if (words.isReportingVerb(text.token(k)) && !compoundTail(k)) {
                    return k;
                }
                if (text.token(k).text().equals(",") && k + 1 < end
                        && (text.token(k + 1).pos().equals("IN") || text.token(k + 1).pos().equals("TO"))) {
                    return k + 1;
                }
            }
            int k = end;
            while (k > j && CueFinder.isPunct(text.token(k - 1))) {
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
        if (!first && pos.equals("VBG") && t.index() + 1 < text.tokens().size() && text.token(t.index() + 1).pos().startsWith("NN")
                && entities.at(t.index() + 1) == null && text.token(t.index() - 1).isCapitalized()) {
            return true; // "said House Oversight Committee ranking member Elijah Cummings": a participle in a title
        }
        if (!first && (pos.equals("VB") || pos.equals("VBP")) && Character.isLowerCase(t.text().charAt(0)) && !words.isReportingVerb(t)
                && singularCommonNounAt(t.index() - 1) && singularCommonNounAt(t.index() + 1)) {
            return true; // "study lead author Lucas Paganini": a noun between nouns that the tagger read as a verb (not "the club confirm today")
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
        if (!first && pos.equals("HYPH") && words.gluedToBoth(t.index())) {
            return true; // "Ban Ki-moon", "Park Geun-hye": a hyphen inside a name
        }
        return pos.startsWith("NN") || pos.equals("DT") || pos.startsWith("JJ") || pos.equals("POS")
                || pos.equals("CD") || (!first && (SOURCE_PREPOSITIONS.contains(t.text()) || pos.equals("CC")
                || pos.equals("$"))); // "Fight for $15 organizing director Kendall Fells"
    }

    /** Whether token {@code i} is a lower-case singular common noun (NN). */
    private boolean singularCommonNounAt(int i) {
        return i >= 0 && i < text.tokens().size() && text.token(i).pos().equals("NN")
                && Character.isLowerCase(text.token(i).text().charAt(0));
    }

    /** Whether token {@code i} is the second half of a hyphened compound ("tax-writing"), whatever its tag. */
    private boolean compoundTail(int i) {
        return i > 1 && text.token(i - 1).pos().equals("HYPH") && words.gluedToBoth(i - 1);
    }
}
