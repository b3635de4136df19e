package org.newsgraph.entities;

import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.vocab.PhraseMatcher;
import org.newsgraph.vocab.Title;
import org.newsgraph.vocab.Vocabulary;

/**
 * How a word stands in its sentence, for {@link DiscourseSubjects} to weigh what a pronoun refers
 * to: the one a sentence closes on as speaker ("..., Stovall said."), its subject, an object, a
 * name inside a phrase or an owner ("Rubio's strategy"). Read from the tags and the words around,
 * no parse.
 */
final class SentenceRoles {
    /**
     * The one whose words a sentence closes on ("..., Stovall said.", "..., said James Henson"): a
     * "he said" after it goes on with that speaker, as news writes a conversation, rather than with
     * the subject of the words reported.
     */
    static final int SPEAKER = -2;
    private static final int ADDRESSEE = -1;
    private static final Set<String> QUESTIONING = Set.of("ask", "question", "press", "interview", "quiz");
    static final Set<String> SAYING = Set.of("say", "tell", "add", "write", "note", "explain", "argue", "ask",
            "continue", "insist", "recall", "warn", "declare", "conclude");
    static final int SUBJECT = 0;
    /** Titles of people ("manager", "spokesman"), for a title standing between a preposition and a name. */
    private static final PhraseMatcher<Title> TITLES = Vocabulary.builtInTitles();
    /** An object outranks a name in a prepositional phrase: "The rise of Bannon gave Beck new impetus". */
    private static final int OBJECT = 1;
    static final int IN_PHRASE = 2;

    private final AnnotatedText text;
    private final DocumentEntities entities;
    private final IntPredicate insideQuote;

    SentenceRoles(AnnotatedText text, DocumentEntities entities, IntPredicate insideQuote) {
        this.text = text;
        this.entities = entities;
        this.insideQuote = insideQuote;
    }

    /**
     * Whether the token is an owner's "'s" ("Rubio's strategy", "Trump's proposed ban"): not the
     * "has" of "Christie's been making", a participle with no noun after it.
     */
    boolean ownersMark(int token) {
        boolean has = token + 1 < text.tokens().size()
                && (text.token(token + 1).pos().equals("VBN") || text.token(token + 1).pos().equals("VBG"))
                && !(token + 2 < text.tokens().size() && text.token(token + 2).pos().startsWith("NN"));
        return text.token(token).pos().equals("POS") && !has;
    }

    /** Whether the words {@code [first, end)} are the source of a verb of saying that takes them after a comma or quote. */
    boolean closesAttribution(int first, int end) {
        int sentenceFirst = text.sentenceOfToken(first).firstToken();
        boolean afterComma = first - 1 >= sentenceFirst && (text.token(first - 1).text().equals(",")
                || text.token(first - 1).pos().equals("''"));
        if (afterComma && sourceOfSaying(end)) {
            return true; // "..., Stovall said."
        }
        // ", said X" (not ", telling Mic": one told listens; nor "..., said Ivanka Trump's statement
        // didn't", where the name begins the clause reported)
        boolean clauseGoesOn = end < text.tokens().size() && (text.token(end).pos().equals("POS") || text.token(end).isVerb());
        return first - 1 >= sentenceFirst && saysAfterBreak(first - 1, sentenceFirst) && !clauseGoesOn
                && !text.token(first - 1).lemma().equals("tell") && !text.token(first - 1).pos().equals("VBG");
    }

    /**
     * Whether the token is a verb of saying that opens its sentence or follows a comma or a closing
     * quotation mark: the cue of "“...,” said David Wasserman", whose source comes after it.
     */
    private boolean saysAfterBreak(int verb, int sentenceFirst) {
        Token t = text.token(verb);
        return t.isVerb() && SAYING.contains(t.lemma()) && (verb == sentenceFirst
                || text.token(verb - 1).text().equals(",") || text.token(verb - 1).pos().equals("''"));
    }

    /** Whether a verb of saying follows the words ending before {@code end}, perhaps after adverbs. */
    boolean sourceOfSaying(int end) {
        int v = end;
        while (v < text.tokens().size() && text.token(v).pos().startsWith("RB")) {
            v++;
        }
        return v < text.tokens().size() && text.token(v).isVerb() && SAYING.contains(text.token(v).lemma());
    }

    /** Whether the word at this token stands as the subject, inside a prepositional phrase, or as an object. */
    int rank(int token, boolean person) {
        EntityMention m = entities.at(token);
        int after = m == null ? -1 : m.endToken();
        while (after >= 0 && after < text.tokens().size() && text.token(after).pos().startsWith("JJ")) {
            after++; // "Trump senior communications adviser Jason Miller"
        }
        boolean afterVerb = token > 0 && text.token(token - 1).isVerb(); // "gave Glenn Beck new impetus" is an object
        boolean owner = after >= 0 && after < text.tokens().size() && ownersMark(after);
        if (person && m != null && (owner || !afterVerb && after < text.tokens().size()
                && text.token(after).pos().startsWith("NN") && !text.token(after).isProperNoun())) {
            // "Clinton spokeswoman Jennifer Palmieri": the name modifies the noun after it (but "ISIS
            // soldiers ... They" are ISIS, so only for people); "questioned Trump's logic" asks Trump nothing.
            return IN_PHRASE;
        }
        int first = text.sentenceOfToken(token).firstToken();
        if (inOpeningParticiple(first, token)) {
            return IN_PHRASE; // "Asked about her vote in the event that Clinton faces Trump, she replied"
        }
        int i = token - 1;
        boolean adjective = false;
        while (i >= first && (text.token(i).pos().equals("DT") || text.token(i).pos().startsWith("JJ")
                || text.token(i).pos().equals("PRP$"))) {
            adjective |= text.token(i).pos().startsWith("JJ");
            i--;
        }
        if (i > first && text.token(i).pos().equals("POS")) {
            // "with HuffPost Live's Alyona Minkovski": the owner's name stands where the person does
            int holder = i - 1;
            while (holder > first && text.token(holder - 1).isProperNoun()) {
                holder--;
            }
            if (text.token(holder).isProperNoun() && holder - 1 >= first && text.token(holder - 1).pos().equals("IN")) {
                i = holder - 1;
            }
        }
        if (i < first) {
            return SUBJECT;
        }
        // "by talent manager Scooter Braun": a lower-case title before the name leaves it in the phrase
        // (its head a known title, nouns before it part of it: "campaign manager"; not "In response Donald Trump")
        int titleStart = i;
        // (the mention may hold the title's head itself: "manager Scooter Braun")
        boolean titled = TITLES.get(text.token(i).text()) != null || TITLES.get(text.token(token).text()) != null;
        while (titled && titleStart >= first && text.token(titleStart).pos().equals("NN") && !text.token(titleStart).isCapitalized()) {
            titleStart--;
        }
        if (titleStart < i && titleStart >= first && (text.token(titleStart).pos().equals("IN") || text.token(titleStart).pos().equals("TO"))) {
            i = titleStart;
        }
        Token before = text.token(i);
        if (before.text().equalsIgnoreCase("for") && i - 1 >= first && text.token(i - 1).text().equalsIgnoreCase("as")) {
            return SUBJECT; // "As for Trump, he said he's not worried": the topic of what follows
        }
        if (before.text().equalsIgnoreCase("with") && participleAfter(after)) {
            return SUBJECT; // "with Hillary Clinton — who's called for ... — lambasting Trump's plan": she acts
        }
        if (SAME_SUBJECT_OPENERS.contains(before.text().toLowerCase(Locale.ROOT)) && after >= 0 && after < text.tokens().size()
                && text.token(after).isFiniteVerb()) {
            // "training Capo while Tinsely applies for jobs": the subject of a clause of time or concession,
            // not a preposition's object (not after "if" or "because", see SAME_SUBJECT_OPENERS)
            return SUBJECT;
        }
        if (before.pos().equals("IN") || before.pos().equals("TO")) {
            return IN_PHRASE;
        }
        EntityMention conjunct = before.pos().equals("CC") && i - 1 >= first ? entities.at(i - 1) : null;
        if (conjunct != null) {
            return rank(conjunct.firstToken(), person); // "goods from China and Mexico": Mexico stands where China does
        }
        if (before.pos().equals("NNS") && Character.isLowerCase(before.text().charAt(0))
                && TITLES.get(before.lemma()) == null) {
            // "deeper than the recessions India has experienced": a clause inside a noun phrase (but
            // "Republican senators Ted Cruz and Josh Hawley said": a plural title names its holders)
            return OBJECT;
        }
        if (saysAfterBreak(i, first)) {
            // (the tagger may end the sentence at the quotation's close, leaving "said Murphy" a sentence)
            return SUBJECT; // "“...,” said David Wasserman": the speaker after the verb is the subject
        }
        if (person && before.isVerb() && QUESTIONING.contains(before.lemma())) {
            return ADDRESSEE; // "Conroy asked Sanders whether ... “Sure it is,” he said": the one asked answers
        }
        if (before.isVerb() && SAYING.contains(before.lemma()) && startsClause(after)) {
            return SUBJECT; // "aides say Ivanka Trump also advises her father": the reported clause's subject
        }
        // After "be" a name is what the sentence is about ("it was Trump who ..."), not an object;
        // but not after "is skeptical": "Ayres is skeptical Trump can win" is about Ayres.
        boolean focus = before.lemma().equals("be") && !adjective;
        // (the tagger's noun "training" in "and training Capo while ..." is a participle all the same,
        // after "and" or a comma; not "Tuesday morning Trump said")
        boolean gerund = before.pos().equals("NN") && before.text().endsWith("ing") && Character.isLowerCase(before.text().charAt(0))
                && i - 1 >= first && (text.token(i - 1).pos().equals("CC") || text.token(i - 1).text().equals(","));
        return (before.isVerb() || gerund) && !focus ? OBJECT : SUBJECT;
    }

    /** Whether a participle follows at this token, perhaps after an aside between dashes or commas and adverbs. */
    private boolean participleAfter(int token) {
        int i = token;
        if (i >= 0 && i < text.tokens().size() && (text.token(i).isDash() || text.token(i).text().equals(","))) {
            String close = text.token(i).text();
            int j = i + 1;
            while (j < text.tokens().size() && j - i <= ASIDE_TOKENS && !text.token(j).text().equals(close)
                    && !(text.token(i).isDash() && text.token(j).isDash())) {
                j++;
            }
            if (j >= text.tokens().size() || j - i > ASIDE_TOKENS) {
                return false; // no end to the aside: "with Clinton, Sanders and O'Malley trailing" lists names
            }
            i = j + 1;
        }
        while (i >= 0 && i < text.tokens().size() && text.token(i).pos().startsWith("RB")) {
            i++;
        }
        return i >= 0 && i < text.tokens().size() && text.token(i).pos().equals("VBG");
    }

    /** Most words of an aside set off between a name and its participle. */
    private static final int ASIDE_TOKENS = 15;

    /** Whether the token stands in a participle's phrase or a subordinate clause that opens the sentence, before its first comma. */
    private boolean inOpeningParticiple(int first, int token) {
        String pos = text.token(first).pos();
        boolean subordinate = SUBORDINATORS.contains(text.token(first).text().toLowerCase(Locale.ROOT))
                && !(first + 1 < token && text.token(first + 1).text().equalsIgnoreCase("for")); // not "As for Trump, he"
        if (!pos.equals("VBN") && !pos.equals("VBG") && !subordinate) {
            return false;
        }
        for (int i = first + 1; i < token; i++) {
            if (text.token(i).text().equals(",")) {
                return false;
            }
        }
        // "When Maddow pointed out ..., Clinton seized upon it": the clause ends at a comma outside
        // quotes, and the sentence's subject comes after it; but in "As David Byler pointed out, “...”"
        // the clause says who speaks.
        Sentence s = text.sentenceOfToken(token);
        for (int i = token + 1; subordinate && s != null && i < s.endToken(); i++) {
            Token t = text.token(i);
            if (t.isVerb() && (SAYING.contains(t.lemma()) || t.lemma().equals("point"))
                    && text.token(first).text().equalsIgnoreCase("as")) {
                return false;
            }
            if (t.text().equals(",") && !insideQuote.test(t.start())) {
                return true;
            }
        }
        return !subordinate;
    }

    /** Words that open a clause standing before the sentence's own subject. */
    private static final Set<String> SUBORDINATORS = Set.of("when", "as", "after", "if", "while", "although", "though",
            "because", "since", "before", "once", "until", "whereas", "whenever");

    /**
     * Openers of a clause of time or concession whose subject the main clause's pronoun usually takes
     * up ("When Ghani announced ..., he said"); not "if" or "because", which often set another's act
     * against the speaker's ("If Trump doesn't win, he said he would ...").
     */
    private static final Set<String> SAME_SUBJECT_OPENERS = Set.of("when", "while", "after", "before", "as", "although",
            "though", "since", "once", "whenever");

    /**
     * The person who is the subject of a subordinate clause opening the sentence, when the pronoun at
     * {@code pronoun} is the subject of the main clause right after its comma: "When Afghan President
     * Ashraf Ghani announced the exchange, he said ..." gives Ghani; null otherwise.
     */
    String subordinateSubject(int pronoun) {
        Sentence s = text.sentenceOfToken(pronoun);
        if (s == null || pronoun < s.firstToken() + 3 || !text.token(pronoun - 1).text().equals(",")
                || !SAME_SUBJECT_OPENERS.contains(text.token(s.firstToken()).text().toLowerCase(Locale.ROOT))) {
            return null;
        }
        for (int i = s.firstToken() + 1; i < pronoun - 1; i++) {
            if (text.token(i).text().equals(",")) {
                return null; // the comma before the pronoun must close the opening clause
            }
        }
        EntityMention m = null;
        for (int i = s.firstToken() + 1; i < pronoun - 1 && m == null; i++) {
            EntityMention at = entities.at(i);
            if (at != null) {
                m = at;
            } else if (!text.token(i).pos().equals("DT") && !text.token(i).pos().startsWith("JJ")) {
                return null; // the clause's first words are its subject: "When Ghani ...", "After the senator's aide ..." is not
            }
        }
        if (m == null || entities.typeOf(m) != org.newsgraph.model.EntityType.PERSON || insideQuote.test(m.span().start())) {
            return null;
        }
        int v = m.endToken();
        while (v < pronoun && text.token(v).pos().startsWith("RB")) {
            v++;
        }
        return v < pronoun && text.token(v).isVerb() ? m.entity() : null;
    }

    /** Whether a finite verb follows at this token, perhaps after adverbs: the words before it are its subject. */
    private boolean startsClause(int token) {
        int v = token;
        while (v >= 0 && v < text.tokens().size() && text.token(v).pos().startsWith("RB")) {
            v++;
        }
        if (v < 0 || v >= text.tokens().size()) {
            return false;
        }
        return text.token(v).isFiniteVerb();
    }
}
