package org.newsgraph.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.newsgraph.model.EntityType;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Who the sentences before a point are about, and so what a pronoun there refers to: the subject
 * of the nearest earlier sentence that names one of the right kind, as a reader follows "President
 * Aliyev expressed ... “...,” he said" (the speaker a sentence closed on before its subject,
 * subject before object before a name in a phrase, following an earlier pronoun there, the one
 * asked answering). Words inside quotations are skipped when looking back: the "I" and "we" of a
 * quote are the speaker's, not new subjects. One instance per document; not thread-safe (it
 * remembers resolved pronouns as it goes).
 */
final class DiscourseSubjects {
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "his");
    private static final Set<String> GROUP_PRONOUNS = Set.of("it", "its", "they", "them", "their");
    static final int LOOK_BACK_SENTENCES = 8;

    private final AnnotatedText text;
    private final DocumentEntities entities;
    private final IntPredicate insideQuote;
    private final PeopleByName people;
    private final Map<Integer, String> remembered = new HashMap<>();
    private final Map<Integer, String> chainedPronouns = new HashMap<>();
    /** People a pronoun being resolved cannot be: those the quotation it introduces names. */
    private Set<String> notSpeakers = Set.of();

    DiscourseSubjects(AnnotatedText text, DocumentEntities entities, IntPredicate insideQuote, PeopleByName people) {
        this.text = text;
        this.entities = entities;
        this.insideQuote = insideQuote;
        this.people = people;
    }

    static boolean isPronoun(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return PERSON_PRONOUNS.contains(w) || GROUP_PRONOUNS.contains(w);
    }

    /**
     * Runs the work with these people ruled out as what a pronoun refers to: those a quotation
     * names, when the pronoun introduces it.
     */
    <T> T notSpeaking(Set<String> named, Supplier<T> work) {
        notSpeakers = named;
        try {
            return work.get();
        } finally {
            notSpeakers = Set.of();
        }
    }

    /** Counts a resolved pronoun as a mention of its entity, so that a later "he" can follow it. */
    void remember(int token, String entity) {
        if (entity != null) {
            remembered.put(token, entity);
        }
    }

    /** The entity a pronoun at this token refers to, or null. */
    String pronoun(int token) {
        String w = text.token(token).text().toLowerCase(Locale.ROOT);
        String object = relativeObject(token);
        if (object == null) {
            return subjectBefore(token, PERSON_PRONOUNS.contains(w), genderOf(w));
        }
        // "Chris Christie, whom he describes as ...": the one "whom" stands for is not the "he"
        Set<String> ruledOut = notSpeakers;
        notSpeakers = new HashSet<>(ruledOut);
        notSpeakers.add(object);
        try {
            return subjectBefore(token, PERSON_PRONOUNS.contains(w), genderOf(w));
        } finally {
            notSpeakers = ruledOut;
        }
    }

    /** The entity a "whom" right before the pronoun stands for ("Christie, whom he ..."), or null. */
    private String relativeObject(int token) {
        if (token < 2 || !text.token(token - 1).text().equalsIgnoreCase("whom")) {
            return null;
        }
        int k = text.token(token - 2).text().equals(",") ? token - 3 : token - 2;
        EntityMention m = k >= 0 ? entities.at(k) : null;
        return m == null ? null : m.entity();
    }

    /**
     * The person (or, with {@code person} false, the organisation or country) that the sentences
     * before this token are about: the subject of the nearest one that names one, outside quotes.
     */
    String subjectBefore(int token, boolean person) {
        return subjectBefore(token, person, null);
    }

    private String subjectBefore(int token, boolean person, GivenNames.Gender gender) {
        return subjectBefore(token, person, gender, LOOK_BACK_SENTENCES);
    }

    String subjectBefore(int token, boolean person, GivenNames.Gender gender, int lookBack) {
        Sentence here = text.sentenceOfToken(token);
        if (here == null) {
            return null;
        }
        // A reader takes the subject of the nearest sentence that has one; a name standing only as an
        // object ("forcing Sanders to reverse ...") is taken when no subject turns up a little further back.
        Candidate fallback = null;
        int fallbackSeen = 0;
        // "Also, Trump isn't a conservative, he said.": before a closing "..., he said" the words are
        // what he said, not where he was named.
        boolean topic = here.endToken() - here.firstToken() > 2 && text.token(here.firstToken()).text().equalsIgnoreCase("as")
                && text.token(here.firstToken() + 1).text().equalsIgnoreCase("for"); // "As for Trump, he said ..."
        boolean closingCue = token > here.firstToken() && text.token(token - 1).text().equals(",") && !topic
                && token + 1 < here.endToken() && text.token(token + 1).isVerb() && SAYING.contains(text.token(token + 1).lemma());
        boolean speaking = person && (closingCue || sourceOfSaying(token + 1));
        for (int si = here.index(), seen = 0; si >= 0 && seen < lookBack; si--) {
            Sentence s = text.sentences().get(si);
            if (si != here.index() && isPhotoCredit(s)) {
                continue; // "Neilson Barnard via Getty Images.": the photographer is not in the story
            }
            int limit = si == here.index() ? (closingCue ? s.firstToken() : token) : s.endToken();
            Candidate best = candidateOf(s, limit, person, gender, speaking);
            if (best != null && best.rank() <= SUBJECT) {
                return best.entity();
            }
            if (si == here.index() && person && best != null) {
                // "If we're hearing Rubio's strategy correctly when he says ...", "she drew Trump's ire -
                // he called her ...": an owner named earlier in the pronoun's own sentence is the one
                // it is about, when no subject there fits
                String owner = ownerBefore(s, limit, gender);
                if (owner != null) {
                    return owner;
                }
            }
            if (best != null && fallback == null) {
                fallback = best;
                fallbackSeen = seen;
                if (person && seen <= 1 && introduced(best)) {
                    // "... that concerns Henry Crespo, president of the Florida Democratic Black Caucus. /
                    // “...,” he said": someone brought into the story with a role is about to speak
                    return best.entity();
                }
            }
            if (fallback != null && seen - fallbackSeen >= OBJECT_LOOK_PAST) {
                break;
            }
            if (!whollyQuoted(s)) {
                seen++;
            }
        }
        return fallback == null ? null : fallback.entity();
    }

    /** The person last named as an owner ("Rubio's strategy") outside quotes before {@code limit}, or null. */
    private String ownerBefore(Sentence s, int limit, GivenNames.Gender gender) {
        String owner = null;
        for (EntityMention m : entities.in(s)) {
            int after = m.endToken();
            if (m.firstToken() < limit && after < limit && text.token(after).pos().equals("POS")
                    && !(after + 1 < text.tokens().size() && text.token(after + 1).isVerb())
                    && !insideQuote.test(m.span().start()) && fits(m.entity(), true, gender) && !notSpeakers.contains(m.entity())) {
                owner = m.entity();
            }
        }
        return owner;
    }

    /** An entity a sentence names, the token where it does, and how likely it is the sentence's subject. */
    private record Candidate(String entity, int token, int rank) {}

    /** A picture's credit line: "Scott Olson via Getty Images.", "AP Photo/Evan Vucci". */
    private static final Pattern PHOTO_CREDIT = Pattern.compile("(?i).*(\\bgetty images\\b|\\bap photo\\b|\\breuters ?/|"
            + "\\bafp ?/|\\bphoto by\\b|\\bphotograph by\\b|\\bphoto credit\\b).*" // not "Trump told Reuters."
            + "|\\s*(getty|ap|reuters|afp|epa|shutterstock|istock)\\s*\\.?\\s*"); // a picture's line of its own: "Getty."
    private static final int CREDIT_MAX_TOKENS = 12;

    private boolean isPhotoCredit(Sentence s) {
        return s.endToken() - s.firstToken() <= CREDIT_MAX_TOKENS && PHOTO_CREDIT.matcher(text.text().substring(s.start(), s.end())).matches();
    }

    /** Whether the candidate is a person's first mention, by full name, with a role after a comma. */
    private boolean introduced(Candidate c) {
        EntityMention m = entities.at(c.token());
        if (m == null || m.firstToken() != c.token() || m.endToken() - m.nameToken() < 2 || m.endToken() + 1 >= text.tokens().size()) {
            return false;
        }
        boolean first = entities.mentions().stream().noneMatch(o -> o.entity().equals(m.entity()) && o.firstToken() < m.firstToken());
        if (first && m.nameToken() > m.firstToken()) {
            return true; // "Just look at House Speaker Paul D. Ryan. He's said ...": brought in with a title before the name
        }
        Token after = text.token(m.endToken() + 1);
        return first && text.token(m.endToken()).text().equals(",") && (after.pos().equals("DT") || after.pos().startsWith("NN") || after.pos().startsWith("JJ"))
                && !after.isProperNoun();
    }

    /**
     * The one whose words a sentence closes on ("..., Stovall said.", "..., said James Henson"): a
     * "he said" after it goes on with that speaker, as news writes a conversation, rather than with
     * the subject of the words reported.
     */
    private static final int SPEAKER = -2;
    private static final int ADDRESSEE = -1;
    private static final Set<String> QUESTIONING = Set.of("ask", "question", "press", "interview", "quiz");
    private static final Set<String> SAYING = Set.of("say", "tell", "add", "write", "note", "explain", "argue", "ask",
            "continue", "insist", "recall", "warn", "declare", "conclude");
    private static final int SUBJECT = 0;
    /** An object outranks a name in a prepositional phrase: "The rise of Bannon gave Beck new impetus". */
    private static final int OBJECT = 1;
    private static final int IN_PHRASE = 2;
    /** How many sentences past one naming only objects a subject is still looked for. */
    private static final int OBJECT_LOOK_PAST = 2;

    /** The fitting entity named outside quotes in the sentence before {@code limit} that best fills its subject. */
    private Candidate candidateOf(Sentence s, int limit, boolean person, GivenNames.Gender gender, boolean speaking) {
        List<Candidate> candidates = new ArrayList<>();
        for (EntityMention m : entities.in(s)) {
            boolean appositive = m.kind() == MentionKind.DESCRIPTION && m.firstToken() > s.firstToken()
                    && text.token(m.firstToken() - 1).text().equals(","); // "by Joe Arpaio, the Arizona sheriff,"
            if (m.firstToken() < limit && !insideQuote.test(m.span().start()) && !nested(m) && !appositive
                    && fits(m.entity(), person, gender) && !notSpeakers.contains(m.entity())) {
                int r = speaking && closesAttribution(m.firstToken(), m.endToken()) ? SPEAKER : rank(m.firstToken(), person);
                candidates.add(new Candidate(m.entity(), m.firstToken(), r));
            }
        }
        for (int i = s.firstToken(); i < limit; i++) {
            Token t = text.token(i);
            if (insideQuote.test(t.start())) {
                continue;
            }
            String entity;
            if (remembered.containsKey(i)) {
                entity = remembered.get(i);
            } else if (isPronoun(t)) {
                entity = chained(i, person, gender);
            } else if (person && t.isProperNoun() && entities.at(i) == null) {
                entity = people.personWithSurname(t.text()); // "Donors want more, Law said": a surname the tagger missed
            } else {
                continue;
            }
            if (entity != null && fits(entity, person, gender) && !notSpeakers.contains(entity)) {
                // ("His former business partner, Lawrence B. Cummings, called him ...": an owner's
                // pronoun is not the sentence's subject, the noun it owns is)
                int r = t.pos().equals("PRP$") ? IN_PHRASE : rank(i, person);
                candidates.add(new Candidate(entity, i, speaking && closesAttribution(i, i + 1) ? SPEAKER : r));
            }
        }
        // The first name of the sentence, but one in a prepositional phrase ("In an interview with
        // Rusty Humphries, Ham said") or after a verb only when nothing else fits.
        Candidate best = null;
        for (Candidate c : candidates) {
            if (best == null || c.rank() < best.rank() || (c.rank() == best.rank() && c.token() < best.token())) {
                best = c;
            }
        }
        return best;
    }

    /**
     * What an earlier pronoun of the same kind refers to, found the same way and remembered: "He
     * said Trump must unite the party. “...,” he added" follows the first "he", not Trump.
     */
    private String chained(int token, boolean person, GivenNames.Gender gender) {
        String w = text.token(token).text().toLowerCase(Locale.ROOT);
        if (!(person ? PERSON_PRONOUNS : GROUP_PRONOUNS).contains(w) || (gender != null && genderOf(w) != gender)) {
            return null;
        }
        if (chainedPronouns.containsKey(token)) {
            return chainedPronouns.get(token);
        }
        chainedPronouns.put(token, null); // guards against a loop while this one is being resolved
        String entity = pronoun(token);
        chainedPronouns.put(token, entity);
        return entity;
    }

    private static GivenNames.Gender genderOf(String pronoun) {
        return switch (pronoun) {
            case "he", "him", "his" -> GivenNames.Gender.MALE;
            case "she", "her" -> GivenNames.Gender.FEMALE;
            default -> null;
        };
    }

    /** Whether the words {@code [first, end)} are the source of a verb of saying that takes them after a comma or quote. */
    private boolean closesAttribution(int first, int end) {
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
    private boolean sourceOfSaying(int end) {
        int v = end;
        while (v < text.tokens().size() && text.token(v).pos().startsWith("RB")) {
            v++;
        }
        return v < text.tokens().size() && text.token(v).isVerb() && SAYING.contains(text.token(v).lemma());
    }

    /** Whether the word at this token stands as the subject, inside a prepositional phrase, or as an object. */
    private int rank(int token, boolean person) {
        EntityMention m = entities.at(token);
        int after = m == null ? -1 : m.endToken();
        while (after >= 0 && after < text.tokens().size() && text.token(after).pos().startsWith("JJ")) {
            after++; // "Trump senior communications adviser Jason Miller"
        }
        boolean afterVerb = token > 0 && text.token(token - 1).isVerb(); // "gave Glenn Beck new impetus" is an object
        // ("Christie's been making the case": an "'s" before a participle is "has", not an owner's)
        boolean owner = after >= 0 && after < text.tokens().size() && text.token(after).pos().equals("POS")
                && !(after + 1 < text.tokens().size() && (text.token(after + 1).pos().equals("VBN")
                        || text.token(after + 1).pos().equals("VBG")));
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
        if (i < first) {
            return SUBJECT;
        }
        Token before = text.token(i);
        if (before.text().equalsIgnoreCase("for") && i - 1 >= first && text.token(i - 1).text().equalsIgnoreCase("as")) {
            return SUBJECT; // "As for Trump, he said he's not worried": the topic of what follows
        }
        if (before.text().equalsIgnoreCase("with") && participleAfter(after)) {
            return SUBJECT; // "with Hillary Clinton — who's called for ... — lambasting Trump's plan": she acts
        }
        if (before.pos().equals("IN") || before.pos().equals("TO")) {
            return IN_PHRASE;
        }
        EntityMention conjunct = before.pos().equals("CC") && i - 1 >= first ? entities.at(i - 1) : null;
        if (conjunct != null) {
            return rank(conjunct.firstToken(), person); // "goods from China and Mexico": Mexico stands where China does
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
        return before.isVerb() && !focus ? OBJECT : SUBJECT;
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

    private boolean fits(String entityId, boolean person, GivenNames.Gender gender) {
        EntityType t = entities.entity(entityId).type();
        if (!person) {
            return t == EntityType.ORGANIZATION || t == EntityType.COUNTRY;
        }
        GivenNames.Gender known = entities.genderOf(entityId);
        return t == EntityType.PERSON && (gender == null || known == null || known == gender);
    }

    private boolean nested(EntityMention m) {
        for (EntityMention other : entities.mentions()) {
            if (other != m && other.firstToken() <= m.firstToken() && m.endToken() <= other.endToken()
                    && other.endToken() - other.firstToken() > m.endToken() - m.firstToken()) {
                return true;
            }
        }
        return false;
    }

    private boolean whollyQuoted(Sentence s) {
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            Token t = text.token(i);
            if (Character.isLetterOrDigit(t.text().charAt(0)) && !insideQuote.test(t.start())) {
                return false;
            }
        }
        return true;
    }
}
