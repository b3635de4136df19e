package org.newsgraph.entities;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntPredicate;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.CalendarWords;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Says which entity a phrase refers to: a name through its mention, a description through
 * {@link DescriptionResolver}, a pronoun through the subject of the nearest earlier sentence that
 * has one of the right kind ({@link DiscourseSubjects}), as a reader follows "President Aliyev
 * expressed ... “...,” he said". Words inside quotations are skipped when looking back: the "I" and
 * "we" of a quote are the speaker's, not new subjects. One instance per document; not thread-safe
 * (it remembers resolved pronouns as it goes).
 */
public final class ReferenceResolver {
    private static final Set<String> CALENDAR = CalendarWords.union(CalendarWords.DAYS, CalendarWords.MONTHS,
            CalendarWords.RELATIVE_DAYS);
    /** Prepositions that end the head of a source phrase: "the aide to ...", "an analyst at ...". */
    private static final Set<String> HEAD_PREPOSITIONS = Set.of("to", "at", "for", "with", "from", "in");

    /**
     * What a phrase refers to: the entity (or null), the span of the referring words, whether it
     * was a pronoun, and, where no entity stands behind a proper name ("Cross said"), that name.
     */
    public record Reference(String entity, Span source, boolean pronoun, String name) {
        public Reference(String entity, Span source, boolean pronoun) {
            this(entity, source, pronoun, null);
        }
    }

    private final AnnotatedText text;
    /** Most words of a title before the name in an appositive: "state Del.", "Senate Majority Leader". */
    private static final int MAX_APPOSITIVE_TITLE = 3;
    private final DocumentEntities entities;
    private final DocumentOwners owners;
    private final PeopleByName people;
    private final DiscourseSubjects subjects;
    private final DescriptionResolver descriptions;

    /** The author a byline names, the "I" of the story's prose, or null. */
    private final String narrator;

    /** @param insideQuote whether a character offset lies inside quoted words */
    public ReferenceResolver(AnnotatedText text, DocumentEntities entities, IntPredicate insideQuote) {
        this(text, entities, insideQuote, null);
    }

    /** @param narrator the author a byline names, who says "I" in the story's own prose; or null */
    public ReferenceResolver(AnnotatedText text, DocumentEntities entities, IntPredicate insideQuote, String narrator) {
        this.text = text;
        this.entities = entities;
        this.owners = new DocumentOwners(text, entities, insideQuote);
        this.narrator = narrator;
        this.people = new PeopleByName(entities);
        this.subjects = new DiscourseSubjects(text, entities, insideQuote, people);
        this.descriptions = new DescriptionResolver(text, entities, insideQuote, subjects);
    }

    /** The writer's "I": "“Your Honor,” I said". */
    public static boolean isNarrator(Token t) {
        return t.text().equals("I") && t.pos().equals("PRP");
    }

    public static boolean isPronoun(Token t) {
        return DiscourseSubjects.isPronoun(t);
    }

    /**
     * The reference of a quotation's source phrase: as {@link #resolve(int, int)}, but a pronoun goes
     * neither to anyone the quoted words name ("“Cruz is our best debater,” he says" is not Cruz's)
     * nor to the one named right after the cue's verb, who is told or asked ("“...,” he told Rubio").
     *
     * @param afterVerb the token after the cue's verb
     */
    public Reference resolveSpeaker(int first, int end, Span quoted, int afterVerb) {
        Set<String> ruledOut = namedWithin(quoted);
        EntityMention listener = afterVerb < text.tokens().size() ? entities.at(afterVerb) : null;
        boolean toldSomeone = afterVerb > 0 && LISTENER_VERBS.contains(text.token(afterVerb - 1).lemma());
        if (listener != null && toldSomeone && listener.firstToken() == afterVerb && afterVerb > end) {
            ruledOut.add(listener.entity());
        }
        return subjects.notSpeaking(ruledOut, () -> resolve(first, end));
    }

    /** Who reads out a document's words: "the ad's narrator", "the video's announcer". */
    private static final Set<String> VOICES = Set.of("narrator", "voice", "announcer", "voiceover", "voice-over");

    /** Verbs whose object is the one spoken to: "he told Rubio", "she asked Trump". */
    private static final Set<String> LISTENER_VERBS = Set.of("tell", "ask", "assure", "warn", "remind", "inform", "urge");

    /**
     * Who a quotation with no cue, opening at this token, goes on with: the one a closing ", X
     * said" before it gave words to, else the person the sentences before are about; never one the
     * quoted words name.
     */
    public String speakerBefore(int token, Span quoted) {
        return subjects.notSpeaking(namedWithin(quoted), () -> subjects.speakerBefore(token));
    }

    /** Whether a capital stands inside the word, as in a brand's name ("HuffPollster", "FiveThirtyEight"). */
    private static boolean hasInnerCapital(String word) {
        return word.length() > 2 && word.substring(1).chars().anyMatch(Character::isUpperCase)
                && word.chars().anyMatch(Character::isLowerCase); // (not a shouted "UPDATE")
    }

    /**
     * Entities named (by a proper name) inside the span, but not inside a quotation within it: in
     * “He always whispered, ‘Billie Jean King, you are the Queen,’” she said, King may be the one speaking.
     */
    private Set<String> namedWithin(Span span) {
        Set<String> out = new HashSet<>();
        for (EntityMention m : entities.mentions()) {
            if (m.kind() == MentionKind.NAME && m.span().start() >= span.start() && m.span().end() <= span.end()
                    && !insideInnerQuote(span.start(), m.span().start())) {
                out.add(m.entity());
            }
        }
        return out;
    }

    /** Whether a single or straight quotation mark opened between {@code from} and {@code offset} is still open there. */
    private boolean insideInnerQuote(int from, int offset) {
        String body = text.text();
        boolean open = false;
        for (int i = from; i < offset; i++) {
            char c = body.charAt(i);
            if (c != '‘' && c != '’' && c != '\'' && c != '"') {
                continue;
            }
            boolean wordBefore = i > 0 && Character.isLetterOrDigit(body.charAt(i - 1));
            boolean wordAfter = i + 1 < body.length() && Character.isLetterOrDigit(body.charAt(i + 1));
            if (!open && !wordBefore && wordAfter && c != '’') {
                open = true;
            } else if (open && !wordAfter && (wordBefore || !Character.isWhitespace(body.charAt(i - 1)))) {
                open = false; // (an apostrophe inside a word, "don’t", neither opens nor closes)
            }
        }
        return open;
    }

    /** The reference of the phrase in tokens {@code [first, end)}: its head is its last token. */
    public Reference resolve(int first, int end) {
        // The head of "President Aliyev of Azerbaijan", "the head of state" or "Kenneth Baer, a former
        // official" stands before its first "of" or comma.
        int head = end - 1;
        int headEnd = end;
        for (int i = first + 1; i < end; i++) {
            String w = text.token(i).text();
            EntityMention within = entities.at(i);
            if (within != null && within.firstToken() < i && within.endToken() > i + 1 && (w.equals("of") || HEAD_PREPOSITIONS.contains(w))) {
                continue; // a preposition inside a name ("UN High Commissioner for Refugees Filippo Grandi") ends no head
            }
            if (w.equals("of") || appositiveMark(i) || (HEAD_PREPOSITIONS.contains(w) && i > first + 1)) {
                head = i - 1;
                headEnd = w.equals("of") || HEAD_PREPOSITIONS.contains(w) ? end : i;
                break; // "the former top aide to President George W. Bush": the aide
            }
        }
        EntityMention m = entities.at(head);
        if (m != null && !speaks(m)) {
            m = null; // "WASHINGTON —" or "in Columbus": a place does not speak, a capital may
        }
        if (m != null && m.firstToken() >= first - 1) {
            // The source is the whole phrase that names the speaker ("Clinton campaign spokesman
            // Brian Fallon"), which may reach beyond the mention on either side.
            int from = Math.min(text.token(first).start(), m.span().start());
            int to = Math.max(text.token(end - 1).end(), m.span().end());
            return new Reference(m.entity(), Span.of(text.text(), from, to), false);
        }
        Token last = text.token(end - 1);
        if (end - first == 1 && isNarrator(last)) {
            // the writer of a first-person piece, by the byline's name (an entity when the story names them)
            String writer = narrator == null ? null : people.personNamed(narrator);
            return new Reference(writer, EntityResolver.spanOf(text, first, end), true, writer == null ? narrator : null);
        }
        if (end - first == 1 && isPronoun(last)) {
            // "The email ... was sent by Jeremy Bash. “...,” it reads": an "it" that takes up a document speaks for its writer
            String writer = last.text().equalsIgnoreCase("it") ? owners.writerOfDocumentBefore(end - 1) : null;
            String e = writer != null ? writer : pronoun(end - 1);
            return new Reference(e, EntityResolver.spanOf(text, first, end), true);
        }
        Span source = EntityResolver.spanOf(text, first, end);
        if (entities.at(head) == null && (!text.token(head).isProperNoun() || !text.token(head).ner().equals("PERSON"))) {
            // "Clinton's campaign chairman, John Podesta,", "The leader of the Anti-Defamation League,
            // Jonathan Greenblatt,", "VFI Chief Executive, Padraig Cribben,": the name after the
            // description speaks.
            for (int c = head + 1; c + 1 < end; c++) {
                if (!text.token(c).text().equals(",") && !text.token(c).isDash()) {
                    continue;
                }
                // (after a title, too: "Scott's niece, state Del. Marcia “Cia” Price,")
                for (int k = c + 1; k < end && k <= c + 1 + MAX_APPOSITIVE_TITLE && !text.token(k).text().equals(","); k++) {
                    EntityMention named = entities.at(k);
                    if (named != null && named.firstToken() == k && entities.typeOf(named) == EntityType.PERSON) {
                        return new Reference(named.entity(), source, false);
                    }
                    if (!text.token(k).isNoun() && !text.token(k).pos().startsWith("JJ")) {
                        break; // a title is nouns and adjectives, not ", who backs Cruz,"
                    }
                }
                break;
            }
        }
        if (DocumentOwners.isDocument(text.token(head)) && text.token(first).pos().equals("PRP$") && isPronoun(text.token(first))) {
            return new Reference(pronoun(first), source, false); // "her Twitter account said": hers
        }
        String documentOwner = owners.ownerOf(first, head);
        if (documentOwner == null && VOICES.contains(text.token(head).text().toLowerCase(Locale.ROOT))) {
            // "the ad's narrator says": the voice of a document speaks for its owner
            for (int d = first; d + 1 < head && documentOwner == null; d++) {
                if (text.token(d + 1).pos().equals("POS") && DocumentOwners.isDocument(text.token(d))) {
                    documentOwner = owners.ownerOf(first, d);
                }
            }
        }
        if (documentOwner != null) {
            return new Reference(documentOwner, source, false); // "Ivana Trump's brief said", "the article read"
        }
        String described = descriptions.definiteDescription(first, head);
        if (described == null) {
            described = descriptions.possessiveRole(first, head);
        }
        if (described != null) {
            return new Reference(described, source, false);
        }
        // "a spokesman for the ministry", "a Kremlin aide": the organisation or person inside the
        // head phrase speaks (not one named in an appositive: "Geoff Garin, a pollster with Priorities
        // USA", nor an owner: "Clinton's right-hand woman").
        String country = null;
        // (what an appositive after the head phrase names describes the speaker: "master of ceremonies
        // Asab Al-Tabchi, a Syrian engineer", "Inherent Resolve, the U.S. operation against Islamic
        // State"; unless the appositive is the name itself: "the mayor of Springfield, Illinois, Jane
        // Doe", "a spokesman for the company, Acme Corp")
        int appositive = appositiveAfter(head, headEnd);
        for (int i = headEnd - 1; i >= first; i--) {
            EntityMention inner = entities.at(i);
            if (inner != null && i >= appositive && (entities.typeOf(inner) == EntityType.COUNTRY || !namesAppositive(inner, appositive))) {
                continue;
            }
            // (An owner of words speaks, though: "according to Farley's account", "Trump's statement".)
            boolean owner = inner != null && inner.endToken() < end && text.token(inner.endToken()).pos().equals("POS")
                    && !DocumentOwners.isDocument(text.token(head));
            if (inner != null && speaks(inner) && !owner) {
                EntityType type = entities.typeOf(inner);
                if (type == EntityType.ORGANIZATION || type == EntityType.PERSON) {
                    return new Reference(inner.entity(), source, false);
                }
                if (type == EntityType.COUNTRY && country == null) {
                    country = inner.entity(); // "a statement of the U.S. Embassy in Bolivia": the embassy first, the country failing a body
                }
            }
        }
        if (country != null) {
            return new Reference(country, source, false);
        }
        // A proper name the tagger missed ("Cross said", "Xi said") still names the speaker.
        int nameStart = properNounsEndingAt(head, first);
        // "Tuesday" names no one, nor does "the Head of State": a name takes no article.
        boolean definite = text.token(first).pos().equals("DT");
        String name = nameStart <= head && !definite && !CALENDAR.contains(text.token(head).text().toLowerCase(Locale.ROOT))
                ? text.textOf(nameStart, head) : null;
        int titleStart = properNounsEndingAt(head - 1, first);
        if (name == null && titleStart < head
                && DescriptionResolver.MEDIA_NOUNS.contains(text.token(head).text().toLowerCase(Locale.ROOT))) {
            name = text.textOf(titleStart, head - 1); // "wrote Time magazine": a paper the tagger did not know, by its title
        }
        String surname = text.token(head).text();
        boolean commonNounSurname = name == null && first == head && text.token(head).isCapitalized() && text.token(head).isNoun();
        // ("Stated Stone:": a surname the tagger took for a common noun, when someone of the story bears it)
        String named = name == null && !commonNounSurname ? null : personWithSurname(surname);
        if (named == null && name != null && nameStart == head) {
            named = people.personWithGivenName(surname); // "Tom told her" after "Tom Ebeling"
        }
        if (named != null) {
            return new Reference(named, source, false);
        }
        if (name != null && nameStart == head && KnownPeople.builtIn().isKnownSurname(surname)) {
            name = KnownPeople.builtIn().bySurname(surname, null).name(); // "Hannity pressed": Sean Hannity
        }
        Sentence sentence = text.sentenceOfToken(head);
        if (name == null && commonNounSurname && sentence != null && head > sentence.firstToken() && hasInnerCapital(surname)) {
            name = surname; // "- HuffPollster:": a name in capitals inside the word, whatever the tagger called it
        }
        return new Reference(null, source, false, name);
    }

    /**
     * Where an appositive after the head at {@code from} opens, at a comma, dash or parenthesis that
     * is not inside a name; {@code end} when none does.
     */
    private int appositiveAfter(int from, int end) {
        for (int i = from + 1; i < end; i++) {
            EntityMention within = entities.at(i);
            boolean insideName = within != null && within.firstToken() < i && within.endToken() > i + 1;
            if (!insideName && appositiveMark(i)) {
                return i;
            }
        }
        return end;
    }

    /**
     * Whether the mention is the name an appositive gives, after its comma, parenthesis or dash and
     * at most a short title ("..., Jane Doe", "(Acme Corp)", "..., former senator Jane Doe"), not a
     * name inside a description ("..., a Syrian engineer", "..., the U.S. operation against Islamic State").
     */
    private boolean namesAppositive(EntityMention m, int appositive) {
        int k = m.firstToken() - 1;
        int titleWords = 0;
        while (k > appositive && titleWords < MAX_APPOSITIVE_TITLE && !appositiveMark(k)
                && (text.token(k).isNoun() || text.token(k).pos().startsWith("JJ"))) {
            k--;
            titleWords++;
        }
        return k >= appositive && appositiveMark(k);
    }

    /** Whether token {@code i} sets off an appositive: a comma, an opening parenthesis or a dash. */
    private boolean appositiveMark(int i) {
        String w = text.token(i).text();
        return w.equals(",") || w.equals("(") || text.token(i).isDash();
    }

    /** Where the run of proper nouns ending at token {@code last} opens, no earlier than {@code first}; last + 1 when there is none. */
    private int properNounsEndingAt(int last, int first) {
        int start = last + 1;
        while (start - 1 >= first && text.token(start - 1).isProperNoun()) {
            start--;
        }
        return start;
    }

    /**
     * A surname the tagger did not mark ("Law said" after "Steven Law"): the person of the document
     * who bears it, as {@link PeopleByName#personWithSurname} finds them; null when none.
     */
    public String personWithSurname(String surname) {
        return people.personWithSurname(surname);
    }

    /** Whether the entity of a mention can be a speaker: anything but a place, unless a capital. */
    private boolean speaks(EntityMention m) {
        return entities.typeOf(m) != EntityType.LOCATION || m.kind() == MentionKind.CAPITAL;
    }

    /** Counts a resolved pronoun as a mention of its entity, so that a later "he" can follow it. */
    public void remember(int token, String entity) {
        subjects.remember(token, entity);
    }

    /** The entity a pronoun at this token refers to, or null. */
    public String pronoun(int token) {
        return subjects.pronoun(token);
    }

    /**
     * The person (or, with {@code person} false, the organisation or country) that the sentences
     * before this token are about: the subject of the nearest one that names one, outside quotes.
     */
    public String subjectBefore(int token, boolean person) {
        return subjects.subjectBefore(token, person);
    }
}
