package org.newsgraph.quotes;

import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import org.newsgraph.entities.DocumentEntities;
import org.newsgraph.entities.EntityMention;
import org.newsgraph.entities.ReferenceResolver;
import org.newsgraph.model.EntityType;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Token;

/**
 * The subject of a sentence, as a source phrase for a cue that has none of its own ("..., saying
 * “...”", "Clinton stressed ... and said"): the first name, description or pronoun that is not in
 * a prepositional phrase, an object, the dateline, a parenthesis or quotation marks, with the
 * words that go with it ("Vermont Sen. Bernie Sanders", "the New York businessman"). A place is
 * taken only when no one else stands there.
 */
final class SentenceSubject {
    private final AnnotatedText text;
    private final DocumentEntities entities;
    private final IntPredicate insideQuote;

    /** @param insideQuote whether a character offset lies inside quoted words */
    SentenceSubject(AnnotatedText text, DocumentEntities entities, IntPredicate insideQuote) {
        this.text = text;
        this.entities = entities;
        this.insideQuote = insideQuote;
    }

    /** The first name, description or pronoun of the sentence before {@code limit}: its subject. */
    Cue find(int first, int limit) {
        int voice = voiceOfBody(first, limit);
        if (voice > first) {
            return new Cue(first, voice, limit, limit + 1); // "A spokesman for Platte River declined ... but said"
        }
        int description = definiteSubject(first, limit);
        if (description > first) {
            return new Cue(first, description, limit, limit + 1); // "The Republican nominee also outlined ..."
        }
        // A place is the subject only when no one else is: "Speaking in Salem, New Hampshire, Trump
        // went after Bush, calling him ...", "Washington (AFP) – Hillary Clinton has ..., saying".
        Cue someone = find(first, limit, false);
        return someone != null ? someone : find(first, limit, true);
    }

    private Cue find(int first, int limit, boolean places) {
        int placeStart = -1;
        for (int i = first; i < limit; i++) {
            EntityMention m = entities.at(i);
            if (m != null && placeBeforePerson(m, limit)) {
                placeStart = m.firstToken(); // "Vermont Sen. Bernie Sanders": the place opens the source
                i = m.endToken() - 1;
                continue;
            }
            if (m != null && !places && entities.typeOf(m) == EntityType.LOCATION) {
                i = m.endToken() - 1;
                continue;
            }
            if (m != null && !canBeSubject(m, first)) {
                i = m.endToken() - 1;
                continue;
            }
            if (m != null) {
                // "the New York businessman": a name modifying a noun phrase stands for the phrase;
                // so does an owner: "Hillary Clinton's right-hand woman" is not Clinton.
                int from = placeStart >= 0 ? placeStart : m.firstToken();
                int to = m.endToken();
                if (from > first && text.token(from - 1).pos().equals("DT")) {
                    from--;
                }
                if (to < limit && text.token(to).pos().equals("POS")) {
                    to++;
                    while (to < limit && (text.token(to).pos().startsWith("JJ") || text.token(to).pos().equals("HYPH"))) {
                        to++;
                    }
                }
                // ... and so does one modifying a person's title: "Clinton Communications Director
                // Jennifer Palmieri", "Trump spokeswoman Hope Hicks".
                while (to < limit) {
                    EntityMention next = entities.at(to);
                    if (next != null && next.firstToken() == to && entities.typeOf(next) == EntityType.PERSON) {
                        to = next.endToken();
                    } else if (text.token(to).pos().startsWith("NN") && !text.token(to).isProperNoun()) {
                        to++;
                    } else {
                        break;
                    }
                }
                return new Cue(from == m.firstToken() - 1 && to == m.endToken() ? m.firstToken() : from, to, limit, limit + 1);
            }
            if (ReferenceResolver.isPronoun(text.token(i)) && !text.token(i).pos().equals("PRP$") && !pronounObject(i, first)) {
                return new Cue(i, i + 1, limit, limit + 1); // "his plan" is not a subject
            }
        }
        return null;
    }

    /** Nouns for someone who speaks for a body: "a spokesman for Platte River". */
    private static final Set<String> VOICES = Set.of("spokesman", "spokeswoman", "spokesperson", "representative",
            "spokesmen", "spokeswomen");

    /**
     * End of "a spokesman for X" (X a named body) opening the sentence, or {@code first} when the
     * sentence does not open so: the body is the subject, though the phrase opens with a noun.
     */
    private int voiceOfBody(int first, int limit) {
        int i = first;
        if (i < limit && text.token(i).pos().equals("DT")) {
            i++;
        }
        if (i + 2 >= limit || !VOICES.contains(text.token(i).text().toLowerCase(Locale.ROOT))
                || !(text.token(i + 1).text().equals("for") || text.token(i + 1).text().equals("of"))) {
            return first;
        }
        int j = i + 2;
        if (text.token(j).pos().equals("DT")) {
            j++;
        }
        EntityMention body = j < limit ? entities.at(j) : null;
        return body != null && body.firstToken() == j && entities.typeOf(body) != EntityType.PERSON ? body.endToken() : first;
    }

    /**
     * End of a definite description opening the sentence before its verb ("The Republican nominee
     * also outlined", or one an owner opens: "His chief aide doubled down"), or {@code first} when
     * the sentence does not open with one.
     */
    private int definiteSubject(int first, int limit) {
        if (!text.token(first).text().equalsIgnoreCase("the") && !text.token(first).pos().equals("PRP$")) {
            return first; // (an owner opens one too: "His chief aide doubled down ..., saying ...")
        }
        int j = first + 1;
        while (j < limit && j - first <= 5 && entities.at(j) == null && (text.token(j).pos().startsWith("JJ")
                || text.token(j).pos().startsWith("NN") || text.token(j).pos().equals("HYPH"))) {
            j++;
        }
        boolean nounHead = j - 1 > first && text.token(j - 1).pos().equals("NN");
        boolean verbNext = j < limit && (text.token(j).isVerb() || text.token(j).pos().startsWith("RB"));
        return nounHead && verbNext ? j : first;
    }

    /**
     * Whether a mention may be the sentence's subject: not inside a prepositional phrase ("On The
     * Steve Harvey Show, Clinton said"), not an object ("entering the United States"), not the
     * dateline ("WASHINGTON, Dec. 8 (UPI) —"), a parenthesis or words in quotation marks.
     */
    private boolean canBeSubject(EntityMention m, int first) {
        int i = m.firstToken();
        int before = i - 1;
        while (before > first && (text.token(before).pos().equals("DT") || text.token(before).pos().startsWith("JJ")
                || text.token(before).pos().equals("PRP$") || text.token(before).pos().equals("CD"))) {
            before--;
        }
        // (past an owner, adjectives or a number before the name: "Instagram" of "In his initial
        // Instagram announcement, Van Der Beek ..." stands in the phrase)
        boolean inPhrase = before >= first && i > first && (text.token(before).pos().equals("IN") || text.token(before).pos().equals("TO"));
        boolean object = before >= first && text.token(before).isVerb() && !text.token(before).lemma().equals("be");
        boolean parenthesis = i > first && text.token(i - 1).text().equals("(");
        // "on Fox News Channel's “Fox & Friends,” Rep. Michael McCaul ...": a title in marks is not the subject.
        return !inPhrase && !object && !parenthesis && !isDateline(m, first) && !insideQuote.test(m.span().start());
    }

    /**
     * Whether the pronoun at {@code i} is an object, of a verb or a preposition: "If Trump actually
     * read it, Schwartz would have been surprised, telling Mayer, “...”" is not the book's.
     * "him", "them" and "her" as an object (not the owner's "her", PRP$) always are; "it" right
     * after a verb or a preposition that takes an object; "that he", "because she" never are.
     */
    private boolean pronounObject(int i, int first) {
        Token t = text.token(i);
        String word = t.text().toLowerCase(Locale.ROOT);
        if (word.equals("him") || word.equals("them") || word.equals("her") && t.pos().equals("PRP")) {
            return true;
        }
        if (i <= first || !word.equals("it")) {
            return false;
        }
        Token before = text.token(i - 1);
        return before.isVerb() && !before.lemma().equals("be")
                || OBJECT_PREPOSITIONS.contains(before.text().toLowerCase(Locale.ROOT));
    }

    /** Prepositions whose "it" is their object ("about it"), unlike "that" or "if", which open a clause. */
    private static final Set<String> OBJECT_PREPOSITIONS = Set.of("of", "to", "for", "with", "about", "on", "in", "at",
            "by", "from", "into", "against", "over", "under");

    /**
     * "Vermont Sen. Bernie Sanders", "Phoenix Mayor Greg Stanton", "Fox News host Sean Hannity": the
     * place or body before a titled name is the person's.
     */
    private boolean placeBeforePerson(EntityMention m, int limit) {
        if (entities.typeOf(m) == EntityType.PERSON) {
            return false;
        }
        for (int i = m.endToken(); i < limit && i <= m.endToken() + 3; i++) {
            EntityMention next = entities.at(i);
            if (next != null && next != m && entities.typeOf(next) == EntityType.PERSON) {
                return true;
            }
            if (!text.token(i).isProperNoun() && !text.token(i).pos().equals("NN") && !text.token(i).text().equals(".")) {
                return false; // "Fox News host Sean Hannity": a title word may be lower case
            }
        }
        return false;
    }

    /** A place in capitals opening the sentence: the dateline, not a subject. */
    private boolean isDateline(EntityMention m, int first) {
        String name = text.text().substring(m.span().start(), m.span().end());
        return m.firstToken() == first && entities.typeOf(m) != EntityType.PERSON
                && name.length() > 2 && name.equals(name.toUpperCase(Locale.ROOT));
    }
}
