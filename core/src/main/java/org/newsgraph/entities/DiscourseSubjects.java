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
import org.newsgraph.nlp.CalendarWords;
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
 * remembers resolved pronouns as it goes). How each word stands in its sentence is {@link SentenceRoles}'s.
 */
final class DiscourseSubjects {
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "his");
    private static final Set<String> GROUP_PRONOUNS = Set.of("it", "its", "they", "them", "their");
    static final int LOOK_BACK_SENTENCES = 8;

    private final AnnotatedText text;
    private final DocumentEntities entities;
    private final IntPredicate insideQuote;
    private final PeopleByName people;
    private final SentenceRoles roles;
    private final Map<Integer, String> remembered = new HashMap<>();
    private final Map<Integer, String> chainedPronouns = new HashMap<>();
    private final Map<Integer, String> describedSubjects = new HashMap<>();
    private Map<Integer, String> describedWhileRuledOut = new HashMap<>();
    /**
     * People a pronoun being resolved cannot be: those the quotation it introduces names, the one its
     * cue's verb tells, the one a "whom" before it stands for.
     */
    private Set<String> notSpeakers = Set.of();

    DiscourseSubjects(AnnotatedText text, DocumentEntities entities, IntPredicate insideQuote, PeopleByName people) {
        this.text = text;
        this.entities = entities;
        this.insideQuote = insideQuote;
        this.people = people;
        this.roles = new SentenceRoles(text, entities, insideQuote);
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
        Set<String> outer = notSpeakers;
        Map<Integer, String> outerDescribed = describedWhileRuledOut;
        notSpeakers = named;
        describedWhileRuledOut = new HashMap<>();
        try {
            return work.get();
        } finally {
            notSpeakers = outer;
            describedWhileRuledOut = outerDescribed;
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
        String opener = PERSON_PRONOUNS.contains(w) ? roles.subordinateSubject(token) : null;
        if (opener != null && fits(opener, true, genderOf(w)) && !notSpeakers.contains(opener)) {
            return opener; // "When Afghan President Ashraf Ghani announced the exchange, he said ...": Ghani
        }
        if (object == null) {
            return subjectBefore(token, PERSON_PRONOUNS.contains(w), genderOf(w));
        }
        // "Chris Christie, whom he describes as ...": the one "whom" stands for is not the "he"
        Set<String> ruledOut = new HashSet<>(notSpeakers);
        ruledOut.add(object);
        return notSpeaking(ruledOut, () -> subjectBefore(token, PERSON_PRONOUNS.contains(w), genderOf(w)));
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
        return subjectBefore(token, person, gender, lookBack, false);
    }

    /** The speaker a quotation with no cue of its own goes on with: the one the sentences before it were said by, or are about. */
    String speakerBefore(int token) {
        String issuer = issuerJustBefore(token);
        return issuer != null ? issuer : subjectBefore(token, true, null, LOOK_BACK_SENTENCES, true);
    }

    /** Verbs that put out a statement: "the DNC issued a statement". */
    private static final Set<String> ISSUING = Set.of("issue", "release", "send", "distribute");
    /** What an organisation issues in its own words (not "released a transcript of Trump's call"). */
    private static final Set<String> STATEMENTS = Set.of("statement", "release", "communique", "letter", "memo",
            "announcement", "notice");
    /** Most words between an issuing verb and its statement: "issued a brief written statement". */
    private static final int MAX_TO_DOCUMENT = 4;
    /** Most words between the organisation and its issuing verb: "the DNC on Sunday issued". */
    private static final int MAX_TO_VERB = 4;

    /**
     * "At her direction, the DNC issued a statement apologizing to Sanders. / “On behalf of everyone
     * at the DNC, ...”": a quotation opening the sentence right after one in which an organisation,
     * named right before the issuing verb (past adverbs and a day), puts out a statement is that
     * statement's words. Null when the sentence before is no such one, or a person is its subject
     * ("..., Sanders said after the DNC issued a statement"): then the speaker is found the usual way.
     */
    private String issuerJustBefore(int token) {
        Sentence here = text.sentenceOfToken(token);
        if (here == null || here.index() == 0 || token > here.firstToken() + 1) {
            return null;
        }
        Sentence before = text.sentences().get(here.index() - 1);
        if (whollyQuoted(before)) {
            return null;
        }
        Candidate person = candidateOf(before, before.endToken(), true, null, true);
        if (person != null && person.rank() <= SentenceRoles.SUBJECT) {
            return null;
        }
        for (int i = before.firstToken(); i < before.endToken(); i++) {
            Token t = text.token(i);
            if (!t.isVerb() || !ISSUING.contains(t.lemma()) || insideQuote.test(t.start()) || !statementAfter(i, before)) {
                continue;
            }
            // the subject right before the verb, past adverbs and a day ("the White House on Sunday released")
            int k = i - 1;
            while (k > before.firstToken() && i - k <= MAX_TO_VERB && (text.token(k).pos().startsWith("RB")
                    || text.token(k).text().equalsIgnoreCase("on") || CalendarWords.DAYS.contains(text.token(k).text().toLowerCase(Locale.ROOT)))) {
                k--;
            }
            EntityMention m = entities.at(k);
            if (m != null && m.endToken() == k + 1 && entities.typeOf(m) == EntityType.ORGANIZATION) {
                return m.entity();
            }
        }
        return null;
    }

    /** Whether a statement noun follows the verb at {@code verb} within a few words. */
    private boolean statementAfter(int verb, Sentence s) {
        for (int d = verb + 1; d < s.endToken() && d <= verb + MAX_TO_DOCUMENT; d++) {
            if (STATEMENTS.contains(text.token(d).lemma().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private String subjectBefore(int token, boolean person, GivenNames.Gender gender, int lookBack, boolean quotation) {
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
                && token + 1 < here.endToken() && text.token(token + 1).isVerb() && SentenceRoles.SAYING.contains(text.token(token + 1).lemma());
        boolean speaking = person && (quotation || closingCue || roles.sourceOfSaying(token + 1));
        for (int si = here.index(), seen = 0; si >= 0 && seen < lookBack; si--) {
            Sentence s = text.sentences().get(si);
            if (si != here.index() && isPhotoCredit(s)) {
                continue; // "Neilson Barnard via Getty Images.": the photographer is not in the story
            }
            int limit = si == here.index() ? (closingCue ? s.firstToken() : token) : s.endToken();
            Candidate best = candidateOf(s, limit, person, gender, speaking);
            if (best != null && best.rank() <= SentenceRoles.SUBJECT) {
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
            if (m.firstToken() < limit && m.endToken() < limit && roles.ownersMark(m.endToken())
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

    /**
     * Whether the candidate is a person's first mention by full name, with a title before the name
     * ("House Speaker Paul D. Ryan") or a role after a comma ("Henry Crespo, president of ...").
     */
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

    /** How many sentences past one naming only objects a subject is still looked for. */
    private static final int OBJECT_LOOK_PAST = 2;

    /** Nouns that with a nationality before them name the state: "the Chinese government said ... it". */
    private static final Set<String> STATE_NOUNS = Set.of("government", "administration", "state", "side", "regime",
            "leadership", "authorities", "military", "army", "delegation", "embassy", "ministry", "cabinet", "officials",
            "diplomats");

    /** The fitting entity named outside quotes in the sentence before {@code limit} that best fills its subject. */
    private Candidate candidateOf(Sentence s, int limit, boolean person, GivenNames.Gender gender, boolean speaking) {
        List<Candidate> candidates = new ArrayList<>();
        for (EntityMention m : entities.in(s)) {
            boolean appositive = m.kind() == MentionKind.DESCRIPTION && m.firstToken() > s.firstToken()
                    && text.token(m.firstToken() - 1).text().equals(","); // "by Joe Arpaio, the Arizona sheriff,"
            // ("Indian policymakers have not been aggressive ...", "an American brokerage said": a
            // nationality before a noun names people or a body of that country, not the country an
            // "it" could take up, unless the noun is the state itself: "the Chinese government")
            boolean peopleOfCountry = !person && m.kind() == MentionKind.COUNTRY_ADJECTIVE && m.endToken() < limit
                    && text.token(m.endToken()).pos().startsWith("NN") && !text.token(m.endToken()).isProperNoun()
                    && !STATE_NOUNS.contains(text.token(m.endToken()).text().toLowerCase(Locale.ROOT));
            if (m.firstToken() < limit && !insideQuote.test(m.span().start()) && !nested(m) && !appositive && !peopleOfCountry
                    && fits(m.entity(), person, gender) && !notSpeakers.contains(m.entity())) {
                int r = speaking && roles.closesAttribution(m.firstToken(), m.endToken()) ? SentenceRoles.SPEAKER : roles.rank(m.firstToken(), person);
                candidates.add(new Candidate(m.entity(), m.firstToken(), r));
            }
        }
        for (int i = s.firstToken(); i < limit; i++) {
            Token t = text.token(i);
            if (insideQuote.test(t.start())) {
                continue;
            }
            String entity;
            int head; // a subject description's noun
            if (remembered.containsKey(i)) {
                entity = remembered.get(i);
            } else if (isPronoun(t)) {
                entity = chained(i, person, gender);
            } else if (person && t.isProperNoun() && entities.at(i) == null) {
                entity = people.personWithSurname(t.text()); // "Donors want more, Law said": a surname the tagger missed
            } else if (person && (head = subjectDescriptionHead(i, limit)) > i) {
                // "In a conversation with HuffPost's Alyona Minkovski about his project, the actor discussed
                // ...": the description is the sentence's subject, the one the sentences before are about
                entity = described(i, head, gender);
            } else {
                continue;
            }
            if (entity != null && fits(entity, person, gender) && !notSpeakers.contains(entity)) {
                // ("His former business partner, Lawrence B. Cummings, called him ...": an owner's
                // pronoun is not the sentence's subject, the noun it owns is)
                int r = t.pos().equals("PRP$") ? SentenceRoles.IN_PHRASE : roles.rank(i, person);
                candidates.add(new Candidate(entity, i, speaking && roles.closesAttribution(i, i + 1) ? SentenceRoles.SPEAKER : r));
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

    /**
     * The head noun when a "the" at {@code token} opens a description of a person that no mention
     * covers and a verb follows ("the actor discussed"), the subject of its clause; -1 otherwise.
     */
    private int subjectDescriptionHead(int token, int limit) {
        if (!text.token(token).text().equalsIgnoreCase("the") || entities.at(token) != null) {
            return -1;
        }
        int k = token + 1;
        while (k < limit && text.token(k).pos().startsWith("JJ")) {
            k++;
        }
        boolean subject = k + 1 < limit && text.token(k).pos().equals("NN") && entities.at(k) == null
                && DescriptionResolver.PERSON_NOUNS.contains(text.token(k).text().toLowerCase(Locale.ROOT))
                && text.token(k + 1).isFiniteVerb();
        return subject ? k : -1;
    }

    /** Who a subject description at {@code token}, headed by {@code noun}, stands for: the one the sentences before it are about. */
    private String described(int token, int noun, GivenNames.Gender gender) {
        // "the actress" is a woman whoever asks; a "he" finds no one in her
        String word = text.token(noun).text().toLowerCase(Locale.ROOT);
        GivenNames.Gender own = word.endsWith("woman") || FEMALE_NOUNS.contains(word) ? GivenNames.Gender.FEMALE : null;
        if (own != null && gender != null && own != gender) {
            return null;
        }
        GivenNames.Gender wanted = own != null ? own : gender;
        // (an answer found while a quotation's own names are ruled out holds for that quotation only)
        Map<Integer, String> cache = notSpeakers.isEmpty() ? describedSubjects : describedWhileRuledOut;
        int key = token * 3 + (wanted == null ? 0 : wanted.ordinal() + 1);
        if (cache.containsKey(key)) {
            return cache.get(key);
        }
        cache.put(key, null); // guards against a loop while this one is being resolved
        // (from the sentence before: a name in the description's own clause, "a conversation with
        // Alyona Minkovski", is someone else)
        String entity = subjectBefore(text.sentenceOfToken(token).firstToken(), true, wanted);
        cache.put(key, entity);
        return entity;
    }

    /** Person nouns that say a woman: "the actress", "the queen" (and every "-woman"). */
    private static final Set<String> FEMALE_NOUNS = Set.of("actress", "queen", "princess", "duchess", "heiress");

    private static GivenNames.Gender genderOf(String pronoun) {
        return switch (pronoun) {
            case "he", "him", "his" -> GivenNames.Gender.MALE;
            case "she", "her" -> GivenNames.Gender.FEMALE;
            default -> null;
        };
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
