package org.newsgraph.quotes;

import java.util.Locale;
import java.util.Set;
import org.newsgraph.entities.DocumentEntities;
import org.newsgraph.entities.EntityMention;
import org.newsgraph.entities.ReferenceResolver;
import org.newsgraph.model.EntityType;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * The cue after a quotation's closing mark: "...,” he said.", "...,” said the minister.", "...,”
 * according to officials.", a signature line under it ("— Hillary Clinton") or an outlet named in
 * brackets ("[NYT]").
 */
final class CueAfterQuote {
    private final ReportingVerbs verbs;
    private final AnnotatedText text;
    private final DocumentEntities entities;
    private final CueWords words;
    private final SourcePhrases sources;

    CueAfterQuote(ReportingVerbs verbs, AnnotatedText text, DocumentEntities entities, CueWords words,
            SourcePhrases sources) {
        this.verbs = verbs;
        this.text = text;
        this.entities = entities;
        this.words = words;
        this.sources = sources;
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
                int srcEnd = sources.sourceForward(i + 1, s.endToken());
                boolean signature = srcEnd > i + 1 && text.token(i + 1).isProperNoun()
                        && (srcEnd >= s.endToken() || CueFinder.isPunct(text.token(srcEnd)));
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
        int opener = i;
        Cue bracketed = bracketedSource(i, end);
        if (bracketed != null) {
            return bracketed;
        }
        while (i < end && CueFinder.isPunct(text.token(i)) && !text.token(i).text().equals("“")
                && !text.token(i).isDash()) {
            i++;
        }
        i = pastCircumstance(i, end);
        if (i < end && text.token(i).isDash()) {
            // "...” ― Nell Carden Grey": a dash and a name closing the line sign the quotation; a
            // dash followed by more prose ("— a metaphor for ...") is the writer's.
            int srcEnd = sources.sourceForward(i + 1, end);
            boolean signature = srcEnd > i + 1 && text.token(i + 1).isProperNoun()
                    && (srcEnd >= end || CueFinder.isPunct(text.token(srcEnd)) || words.lineBreakBefore(srcEnd));
            return signature ? new Cue(i + 1, srcEnd, i, i + 1) : null;
        }
        Cue asFramed = asFramed(i, end);
        if (asFramed != null) {
            return asFramed;
        }
        if (i + 1 < end && text.token(i).text().equalsIgnoreCase("according") && text.token(i + 1).text().equals("to")) {
            int srcEnd = sources.sourceForward(i + 2, end);
            return srcEnd > i + 2 ? new Cue(i + 2, srcEnd, i, i + 2) : null;
        }
        if (i >= end) {
            return null;
        }
        if (words.isReportingVerb(text.token(i)) && !text.token(i).pos().equals("VBG")) {
            // "...,” said the minister" — but not "said Tuesday", not "told reporters" (a listener), and
            // not "explaining the campaign's decision" (a participle has its subject before it).
            int from = SourcePhrases.pastTimeWords(text, i + 1, end);
            int srcEnd = sources.sourceForward(from, end);
            boolean listener = text.token(i).lemma().equals("tell");
            // (nor "questioned Trump's “New York values”": an owner is the start of the object)
            boolean owner = srcEnd > from && srcEnd < end && text.token(srcEnd - 1).pos().equals("POS")
                    && (!CueFinder.isPunct(text.token(srcEnd)) || text.token(srcEnd).isQuotationMark());
            // (nor "said the days when the nation had ...": a clause going on after the phrase makes it
            // the verb's object, what was said, not who said it)
            // (but "said Alan Berger, a gynecologist ..., who told" is an appositive's own verb, and
            // "said Dan Golvach when asked" a name's circumstance)
            boolean whenClause = srcEnd < end && text.token(srcEnd).pos().equals("WRB")
                    && !(srcEnd + 1 < end && text.token(srcEnd + 1).pos().equals("VBN"));
            boolean objectClause = srcEnd > from && srcEnd < end && !words.namesSomeone(from, srcEnd) && (whenClause
                    || text.token(srcEnd).isFiniteVerb() && !text.textOf(from, srcEnd - 1).contains(","));
            return srcEnd > from && !listener && !owner && !objectClause ? new Cue(from, srcEnd, i, i + 1) : null;
        }
        // Before its verb the whole phrase is the source: "“...,” Jeffrey Lewis of the James Martin
        // Center wrote" (after a verb, "said Cameron Easley for Morning Consult", the person alone).
        int srcEnd = sources.sourceForward(i, end, false);
        int v = srcEnd;
        boolean be = false;
        while (v < end && (text.token(v).pos().startsWith("RB") || CueWords.isAuxiliary(text.token(v)))) {
            be |= text.token(v).lemma().equals("be");
            v++; // "..., James Comey has said."
        }
        if ((be || (v > i && text.token(v - 1).lemma().equals("be"))) && v < end && text.token(v).pos().equals("VBN")) {
            return null; // "“...” Tuesday, hours after the staffer was charged with battery": a passive's subject did not speak
        }
        boolean phrasalOnly = v < end && words.closingPhrasalVerb(text.token(v)) && verbs.of(text.token(v)) == null;
        if (srcEnd > i && v < end && words.isReportingVerb(text.token(v))
                && (!phrasalOnly || words.namesSomeone(i, srcEnd))) {
            return new Cue(i, srcEnd, v, v + 1); // (not "“It is over,” the rally went on")
        }
        int interrupted = srcEnd > i ? verbAfterAside(srcEnd, end) : -1;
        if (interrupted >= 0) {
            return new Cue(i, srcEnd, interrupted, interrupted + 1);
        }
        Cue closing = closingVerb(opener, i, end);
        return closing != null ? closing : titledPerson(i, end);
    }

    /**
     * "“...,” Ruperto Supena, chairman of the coalition, has raised emotionally.": a verb the list
     * lacks still cues the quotation when a named person and that verb alone close the sentence
     * after the quotation's comma; or null.
     */
    private Cue closingVerb(int opener, int i, int end) {
        boolean comma = opener >= 2 && text.token(opener - 1).isQuotationMark() && text.token(opener - 2).text().equals(",");
        EntityMention named = entities.at(i);
        if (!comma || named == null || named.firstToken() != i || entities.typeOf(named) != EntityType.PERSON
                || !statementBefore(opener - 1)) {
            return null;
        }
        int v = named.endToken();
        if (v + 1 < end && text.token(v).text().equals(",") && !text.token(v + 1).isVerb()) {
            // past an appositive set off by commas: ", chairman of the coalition,"
            int close = v + 1;
            while (close < end && close <= v + MAX_APPOSITIVE_TOKENS && !text.token(close).text().equals(",")) {
                close++;
            }
            v = close < end && text.token(close).text().equals(",") ? close + 1 : end;
        }
        int verbFrom = v;
        while (v < end && (CueWords.isAuxiliary(text.token(v)) || text.token(v).pos().startsWith("RB"))) {
            v++;
        }
        if (v >= end || !(text.token(v).pos().equals("VBD") || text.token(v).pos().equals("VBZ")
                || text.token(v).pos().equals("VBN") && v > verbFrom)) {
            return null;
        }
        for (int k = v + 1; k < end; k++) {
            Token t = text.token(k);
            if (!t.pos().startsWith("RB") && !t.pos().equals("RP") && !CueFinder.isPunct(t)) {
                return null; // (not "“...,” Smith wrote the report": an object says the verb is no cue)
            }
        }
        int sourceEnd = verbFrom > named.endToken() ? verbFrom : named.endToken(); // (with the appositive's closing comma)
        return new Cue(i, sourceEnd, v, v + 1);
    }

    /** Verbs of an "as X put it" frame after the quotation, beside the reporting verbs. */
    private static final Set<String> FRAMING = Set.of("put", "dub", "call", "term", "describe", "say", "write", "tweet");

    /**
     * '“new Gannett,” as Reed dubbed the combination', '“a disaster,” as he put it': an "as" frame
     * after the closing mark names who used the words; null when none opens at {@code i}.
     */
    private Cue asFramed(int i, int end) {
        if (i + 2 >= end || !text.token(i).text().equalsIgnoreCase("as")) {
            return null;
        }
        int srcEnd = sources.sourceForward(i + 1, end);
        int v = srcEnd;
        while (v < end && (text.token(v).pos().startsWith("RB") || CueWords.isAuxiliary(text.token(v)))) {
            v++; // "as Trump has called it"
        }
        boolean framing = v < end && text.token(v).isVerb() && FRAMING.contains(text.token(v).lemma());
        return srcEnd > i + 1 && framing && framesWords(v + 1, end) && words.namesSomeone(i + 1, srcEnd)
                ? new Cue(i + 1, srcEnd, v, v + 1) : null;
    }

    /** Most words of the thing an "as" frame names: "as Reed dubbed the combination". */
    private static final int FRAMED_OBJECT_TOKENS = 4;

    /**
     * Whether the frame's verb ends its clause with "it" or a short noun phrase ("as he put it", "as
     * Reed dubbed the combination."), not a time's "as Trump called for order" or "as Trump
     * described his plan to reporters".
     */
    private boolean framesWords(int from, int end) {
        if (from >= end || CueFinder.isPunct(text.token(from))) {
            return true; // "as Trump tweeted."
        }
        int j = from;
        while (j < end && j - from < FRAMED_OBJECT_TOKENS && (text.token(j).pos().equals("DT") || text.token(j).pos().startsWith("JJ")
                || text.token(j).pos().startsWith("NN") || text.token(j).pos().equals("PRP$") || text.token(j).pos().equals("PRP"))) {
            j++;
        }
        return j > from && (j >= end || CueFinder.isPunct(text.token(j)));
    }

    /**
     * Past a participle's circumstance set before the cue: '“...” before discussing specifics, he
     * said', '“...” after meeting the families, Obama said'. The token {@code i} itself when there is none.
     */
    private int pastCircumstance(int i, int end) {
        if (i + 2 >= end || !CIRCUMSTANCE_OPENERS.contains(text.token(i).text().toLowerCase(Locale.ROOT))
                || !text.token(i + 1).pos().equals("VBG")) {
            return i;
        }
        for (int c = i + 2; c < end && c - i <= MAX_ASIDE_TOKENS; c++) {
            if (text.token(c).text().equals(",")) {
                return c + 1;
            }
            if (CueFinder.isPunct(text.token(c)) || text.token(c).isQuotationMark()) {
                return i;
            }
        }
        return i;
    }

    private static final Set<String> CIRCUMSTANCE_OPENERS = Set.of("before", "after", "while", "when", "without");

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
        for (int k = i + 1; k < end && k - i <= SourcePhrases.MAX_SOURCE_TOKENS; k++) {
            Token t = text.token(k);
            EntityMention named = entities.at(k - 1);
            if (words.isReportingVerb(t) && !t.pos().equals("VBG") && named != null && named.endToken() == k
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
        if (nameEnd <= i + 1 || close + 1 < end && !CueFinder.isPunct(text.token(close + 1))) {
            return null;
        }
        for (int k = i + 1; k < nameEnd; k++) {
            if (!text.token(k).isCapitalized() && !Character.isDigit(text.token(k).text().charAt(0))) {
                return null; // "[the document]", "[sic]": words, not a name
            }
        }
        return new Cue(i + 1, nameEnd, i, i + 1);
    }

    /**
     * Whether the quotation closing at this mark is a statement: its words hold a finite verb, or
     * it opened in an earlier sentence. Not a phrase inside the writer's clause: "Though the bill
     * was branded “dead on arrival,” Pelosi persisted."
     */
    private boolean statementBefore(int closeMark) {
        Sentence s = text.sentenceOfToken(closeMark);
        for (int k = closeMark - 1; s != null && k >= s.firstToken(); k--) {
            Token t = text.token(k);
            if (t.isQuotationMark()) {
                return false; // the opening mark, with no verb after it
            }
            if (t.isFiniteVerb()) {
                return true;
            }
        }
        return true;
    }

    /** Most words of an appositive between a name and a verb the list lacks. */
    private static final int MAX_APPOSITIVE_TOKENS = 16;

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
                return v < end && words.isReportingVerb(text.token(v)) && !text.token(v).pos().equals("VBG") ? v : -1;
            }
        }
        return -1;
    }
}
