package org.newsgraph.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Says which entity a phrase refers to: a name or description through its mention, a pronoun
 * through the subject of the nearest earlier sentence that has one of the right kind, as a reader
 * follows "President Aliyev expressed ... “...,” he said". Words inside quotations are skipped
 * when looking back: the "I" and "we" of a quote are the speaker's, not new subjects. One instance
 * per document; not thread-safe (it remembers resolved pronouns as it goes).
 */
public final class ReferenceResolver {
    private static final Set<String> PERSON_PRONOUNS = Set.of("he", "she", "him", "her", "his");
    private static final Set<String> GROUP_PRONOUNS = Set.of("it", "its", "they", "them", "their");
    private static final int LOOK_BACK_SENTENCES = 8;
    /** Heads of descriptions that name a known person of the story ("the former pollster"). */
    private static final Set<String> PERSON_NOUNS = Set.of("front-runner", "frontrunner", "nominee", "candidate",
            "pollster", "mogul", "businessman", "businesswoman", "billionaire", "tycoon", "magnate", "developer", "host",
            "anchor", "lawmaker", "politician", "congressman", "congresswoman", "senator", "governor", "mayor",
            "president", "leader", "chairman", "chairwoman", "actor", "actress", "author", "writer", "columnist",
            "strategist", "lawyer", "attorney", "judge", "prosecutor", "founder", "activist", "economist", "professor",
            "historian", "neurosurgeon", "surgeon", "doctor", "coach", "singer", "comedian", "heir", "challenger",
            "incumbent", "contender", "hopeful", "populist", "conservative", "liberal", "progressive", "republican",
            "democrat", "independent", "socialist", "libertarian", "representative", "secretary",
            "minister", "ambassador", "diplomat", "general", "commander", "envoy", "premier", "chancellor", "king",
            "queen", "prince", "princess", "pope", "cleric", "senator-elect", "president-elect", "star", "veteran",
            "businessperson", "entrepreneur", "investor", "executive", "ceo", "speaker", "nominee-in-waiting");
    private static final Set<String> CALENDAR = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "today", "tonight", "yesterday");
    /** The end of an age used as a noun: "the 46-year-old". */
    private static final Pattern AGE = Pattern.compile("\\d+-year-old$");

    /** Heads of descriptions of a news organisation. */
    private static final Set<String> MEDIA_NOUNS = Set.of("network", "newspaper", "paper", "publication", "outlet",
            "magazine", "channel", "station", "broadcaster", "daily", "tabloid");

    /** Heads of descriptions that usually stand for a source the writer leaves unnamed. */
    private static final Set<String> UNNAMED_OFTEN = Set.of("aide", "adviser", "advisor", "official", "spokesman",
            "spokeswoman", "spokesperson", "staffer", "strategist", "analyst", "expert", "lawmaker", "operative",
            "consultant", "organizer", "activist", "source", "insider", "employee");
    /** Prepositions that end the head of a source phrase: "the aide to ...", "an analyst at ...". */
    private static final Set<String> HEAD_PREPOSITIONS = Set.of("to", "at", "for", "with", "from", "in");
    private static final Set<String> PARTY_MEMBERS = Set.of("republican", "democrat", "independent", "socialist");
    /** Heads of descriptions of an organisation ("the company said"). */
    private static final Set<String> GROUP_NOUNS = Set.of("company", "firm", "group", "organization", "organisation",
            "agency", "ministry", "department", "newspaper", "network", "committee", "foundation", "institute",
            "university", "bank", "union", "council", "commission", "channel", "magazine", "publisher", "paper",
            "publication", "outlet", "association", "center", "fund", "court", "panel");

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
    private final IntPredicate insideQuote;
    private final DocumentOwners owners;
    private final Map<Integer, String> remembered = new HashMap<>();
    private final Map<Integer, String> chainedPronouns = new HashMap<>();
    /** People a pronoun being resolved cannot be: those the quotation it introduces names. */
    private Set<String> notSpeakers = Set.of();

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
        this.insideQuote = insideQuote;
        this.owners = new DocumentOwners(text, entities, insideQuote);
        this.narrator = narrator;
    }

    /** The writer's "I": "“Your Honor,” I said". */
    public static boolean isNarrator(Token t) {
        return t.text().equals("I") && t.pos().equals("PRP");
    }

    public static boolean isPronoun(Token t) {
        String w = t.text().toLowerCase(Locale.ROOT);
        return PERSON_PRONOUNS.contains(w) || GROUP_PRONOUNS.contains(w);
    }

    /**
     * The reference of a quotation's source phrase: as {@link #resolve(int, int)}, but a pronoun does
     * not go to anyone the quoted words name ("“Cruz is our best debater,” he says" is not Cruz's).
     */
    public Reference resolveSpeaker(int first, int end, Span quoted) {
        notSpeakers = namedWithin(quoted);
        try {
            return resolve(first, end);
        } finally {
            notSpeakers = Set.of();
        }
    }

    /** The person before this token the sentences are about, not one the quoted words name. */
    public String speakerBefore(int token, Span quoted) {
        notSpeakers = namedWithin(quoted);
        try {
            return subjectBefore(token, true);
        } finally {
            notSpeakers = Set.of();
        }
    }

    /** Entities named (by a proper name) inside the span. */
    private Set<String> namedWithin(Span span) {
        Set<String> out = new HashSet<>();
        for (EntityMention m : entities.mentions()) {
            if (m.kind() == MentionKind.NAME && m.span().start() >= span.start() && m.span().end() <= span.end()) {
                out.add(m.entity());
            }
        }
        return out;
    }

    /** The reference of the phrase in tokens {@code [first, end)}: its head is its last token. */
    public Reference resolve(int first, int end) {
        // The head of "President Aliyev of Azerbaijan", "the head of state" or "Kenneth Baer, a former
        // official" stands before its first "of" or comma.
        int head = end - 1;
        int headEnd = end;
        for (int i = first + 1; i < end; i++) {
            String w = text.token(i).text();
            if (w.equals("of") || w.equals(",") || w.equals("(") || text.token(i).isDash() || (HEAD_PREPOSITIONS.contains(w) && i > first + 1)) {
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
            String writer = narrator == null ? null : personNamed(narrator);
            return new Reference(writer, EntityResolver.spanOf(text, first, end), true, writer == null ? narrator : null);
        }
        if (end - first == 1 && isPronoun(last)) {
            String e = pronoun(end - 1);
            return new Reference(e, EntityResolver.spanOf(text, first, end), true);
        }
        Span source = EntityResolver.spanOf(text, first, end);
        if (entities.at(head) == null && !text.token(head).isProperNoun()) {
            // "Clinton's campaign chairman, John Podesta,", "The leader of the Anti-Defamation League,
            // Jonathan Greenblatt,": the name after the description speaks.
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
        if (documentOwner != null) {
            return new Reference(documentOwner, source, false); // "Ivana Trump's brief said", "the article read"
        }
        String described = definiteDescription(first, head);
        if (described == null) {
            described = possessiveRole(first, head);
        }
        if (described != null) {
            return new Reference(described, source, false);
        }
        // "a spokesman for the ministry", "a Kremlin aide": the organisation or person inside the
        // head phrase speaks (not one named in an appositive: "Geoff Garin, a pollster with Priorities
        // USA", nor an owner: "Clinton's right-hand woman").
        for (int i = headEnd - 1; i >= first; i--) {
            EntityMention inner = entities.at(i);
            // (An owner of words speaks, though: "according to Farley's account", "Trump's statement".)
            boolean owner = inner != null && inner.endToken() < end && text.token(inner.endToken()).pos().equals("POS")
                    && !DocumentOwners.isDocument(text.token(head));
            if (inner != null && speaks(inner) && !owner) {
                EntityType type = entities.typeOf(inner);
                if (type == EntityType.ORGANIZATION || type == EntityType.PERSON || type == EntityType.COUNTRY) {
                    return new Reference(inner.entity(), source, false);
                }
            }
        }
        // A proper name the tagger missed ("Cross said", "Xi said") still names the speaker.
        int nameStart = head + 1;
        while (nameStart - 1 >= first && text.token(nameStart - 1).isProperNoun()) {
            nameStart--;
        }
        // "Tuesday" names no one, nor does "the Head of State": a name takes no article.
        boolean definite = text.token(first).pos().equals("DT");
        String name = nameStart <= head && !definite && !CALENDAR.contains(text.token(head).text().toLowerCase(Locale.ROOT))
                ? text.textOf(nameStart, head) : null;
        String surname = text.token(head).text();
        boolean commonNounSurname = name == null && first == head && text.token(head).isCapitalized() && text.token(head).isNoun();
        // ("Stated Stone:": a surname the tagger took for a common noun, when someone of the story bears it)
        String named = name == null && !commonNounSurname ? null : personWithSurname(surname);
        if (named != null) {
            return new Reference(named, source, false);
        }
        if (name != null && nameStart == head && KnownPeople.builtIn().isKnownSurname(surname)) {
            name = KnownPeople.builtIn().bySurname(surname, null).name(); // "Hannity pressed": Sean Hannity
        }
        return new Reference(null, source, false, name);
    }

    /**
     * "The former pollster said", "the GOP front-runner said", "the company said": a definite
     * description no title of the document matched refers, as a reader takes it, to the person (or
     * organisation) the sentences before are about. Nouns that usually stand for someone left
     * unnamed ("the official", "the source") are not followed: guessing a name there would be wrong
     * more often than right.
     */
    private String definiteDescription(int first, int head) {
        if (!text.token(first).text().equalsIgnoreCase("the") || head <= first) {
            return null;
        }
        Token h = text.token(head);
        String noun = h.text().toLowerCase(Locale.ROOT);
        if (head - 2 > first && text.token(head - 1).pos().equals("HYPH")) {
            noun = text.token(head - 2).text().toLowerCase(Locale.ROOT) + "-" + noun; // "front - runner"
        }
        // "the 46-year-old": an age stands for the person the story is about.
        boolean age = AGE.matcher(text.textOf(Math.max(first, head - 4), head).replace(" ", "")).find();
        // (the tagger's NNP on a lower-case "senator" after "U.S." is still a common noun)
        boolean singular = age || h.pos().equals("NN")
                || (h.pos().equals("NNP") && (PARTY_MEMBERS.contains(noun) || Character.isLowerCase(h.text().charAt(0))));
        if (!singular) {
            return null;
        }
        if (age) {
            return subjectBefore(first, true, null, 2);
        }
        boolean editorialBoard = noun.equals("board") && head - 1 > first
                && text.token(head - 1).text().equalsIgnoreCase("editorial"); // "the editorial board wrote"
        if (MEDIA_NOUNS.contains(noun) || editorialBoard) {
            // "the network", "the conservative publication": the news organisation last named, which
            // is seldom the subject of the sentences before ("... told CNN. “...,” the network reported").
            String media = mediaBefore(first);
            if (media != null) {
                return media;
            }
        }
        if (GROUP_NOUNS.contains(noun)) {
            return subjectBefore(first, false);
        }
        if (DocumentOwners.isDocument(h)) {
            // "“...,” the statement said", "the email reads": the words of whoever the sentences just
            // before are about.
            String author = subjectBefore(first, true, null, 2);
            return author != null ? author : subjectBefore(first, false, null, 2);
        }
        boolean unnamedOften = UNNAMED_OFTEN.contains(noun);
        // "said the man who built his career on ...": a restrictive clause after "man" or "woman"
        // describes someone the reader knows; "the man, who asked not to be named" may be anyone.
        boolean describedPerson = (noun.equals("man") || noun.equals("woman")) && head + 1 < text.tokens().size()
                && (text.token(head + 1).text().equalsIgnoreCase("who") || text.token(head + 1).text().equalsIgnoreCase("whose"));
        if (!PERSON_NOUNS.contains(noun) && !unnamedOften && !describedPerson) {
            return null;
        }
        // "the aide", "the spokesman" name someone only right after a named one ("Ari Fleischer said
        // ... “...,” said the former top aide"); else they are usually the writer's unnamed source.
        String person = subjectBefore(first, true, null, unnamedOften ? 2 : LOOK_BACK_SENTENCES);
        boolean former = false;
        for (int i = first + 1; i < head; i++) {
            former |= text.token(i).text().equalsIgnoreCase("former");
        }
        if (person != null && !unnamedOften && Boolean.FALSE.equals(holdsRole(person, noun, former))) {
            // "the former president" after a paragraph about Obama is Bill Clinton, named a little before:
            // a subject the role is known not to fit yields to the nearest person it is known to fit.
            String fitting = nearestHolding(first, noun, former);
            if (fitting != null) {
                person = fitting;
            }
        }
        // "the Democratic nominee" is not the Republican one: a party must agree where it is known.
        String party = Parties.namedIn(text, first + 1, head);
        if (person != null && party != null && !agrees(person, party)) {
            person = lastNamedBefore(first, e -> e.type() == EntityType.PERSON && party.equals(partyOf(e.id())));
        }
        // "the Mexican president" is not the story's American subject: a nationality must agree.
        // (A member of an American party is American where the article gives no country; a person
        // of no known country passes, as nothing says they are not the one described.)
        String country = person == null ? null : entities.entity(person).country() != null ? entities.entity(person).country()
                : partyOf(person) != null ? "USA" : null;
        for (int i = first + 1; i < head && person != null; i++) {
            EntityMention m = entities.at(i);
            if (m != null && entities.typeOf(m) == EntityType.COUNTRY && country != null
                    && !entities.entity(m.entity()).country().equals(country)) {
                return null;
            }
        }
        return person;
    }

    /**
     * "Sanders's campaign manager", "his longtime personal physician": a role the document gave
     * someone by name, owned by another; the person known to hold it, the last one named where several do.
     */
    private String possessiveRole(int first, int head) {
        Token h = text.token(head);
        if (head <= first || !h.pos().equals("NN")) {
            return null;
        }
        boolean owned = text.token(first).pos().equals("PRP$");
        for (int i = first + 1; i < head && !owned; i++) {
            owned = text.token(i).pos().equals("POS") && entities.at(i - 1) != null;
        }
        if (!owned) {
            return null;
        }
        String noun = h.text().toLowerCase(Locale.ROOT);
        String holder = null;
        int last = -1;
        for (EntityMention m : entities.mentions()) {
            if (m.firstToken() < first && m.firstToken() > last && entities.typeOf(m) == EntityType.PERSON
                    && holdsTitle(m.entity(), noun)) {
                holder = m.entity();
                last = m.firstToken();
            }
        }
        return holder;
    }

    /** Whether the article's own titles for a person name the role (not the gazetteer's roles). */
    private boolean holdsTitle(String entityId, String noun) {
        return entities.entity(entityId).titles().stream().anyMatch(t -> namesRole(t.toLowerCase(Locale.ROOT), noun));
    }

    /** "campaign manager" names a manager; "manager" too. */
    private static boolean namesRole(String role, String noun) {
        return role.equals(noun) || role.endsWith(" " + noun);
    }

    /** The party the article's titles or the gazetteer's roles give a person, or null. */
    private String partyOf(String entityId) {
        return Parties.of(knownRoles(entityId));
    }

    /** The titles the article gives a person and the roles the gazetteer knows them by, lower case. */
    private List<String> knownRoles(String entityId) {
        Entity e = entities.entity(entityId);
        List<String> roles = new ArrayList<>();
        e.titles().forEach(t -> roles.add(t.toLowerCase(Locale.ROOT)));
        KnownPeople.Person known = KnownPeople.builtIn().named(List.of(e.name()));
        if (known != null) {
            roles.addAll(known.roles());
        }
        return roles;
    }

    private boolean agrees(String entityId, String party) {
        String has = partyOf(entityId);
        return has == null || has.equals(party);
    }

    /**
     * Whether a person holds the role a description names: true or false where the article's titles or
     * the person's known roles say, null where nothing is known of them.
     */
    private Boolean holdsRole(String entityId, String noun, boolean former) {
        List<String> roles = knownRoles(entityId);
        if (roles.isEmpty()) {
            return null;
        }
        for (String r : roles) {
            boolean sameNoun = namesRole(r, noun);
            if (sameNoun && (!former || r.contains("former"))) {
                return true;
            }
        }
        return false;
    }

    /** The news organisation named last before this token, outside quotes, within the look-back. */
    private String mediaBefore(int token) {
        return lastNamedBefore(token, e -> e.type() == EntityType.ORGANIZATION && "MED".equals(e.sector()));
    }

    /** The entity of the last mention before this token, outside quotes and within the look-back, that is wanted. */
    private String lastNamedBefore(int token, Predicate<Entity> wanted) {
        Sentence here = text.sentenceOfToken(token);
        int floor = text.sentences().get(Math.max(0, here.index() - LOOK_BACK_SENTENCES)).firstToken();
        for (int i = token - 1; i >= floor; i--) {
            EntityMention m = entities.at(i);
            if (m != null && !insideQuote.test(m.span().start()) && wanted.test(entities.entity(m.entity()))) {
                return m.entity();
            }
        }
        return null;
    }

    /** The person named last before this token, within the look-back, whom the role is known to fit. */
    private String nearestHolding(int token, String noun, boolean former) {
        return lastNamedBefore(token, e -> e.type() == EntityType.PERSON && Boolean.TRUE.equals(holdsRole(e.id(), noun, former)));
    }

    /** The person entity with exactly this name, or null. */
    private String personNamed(String name) {
        for (Entity e : entities.entities()) {
            if (e.type() == EntityType.PERSON && e.name().equalsIgnoreCase(name)) {
                return e.id();
            }
        }
        return null;
    }

    /**
     * A surname the tagger did not mark ("Law said" after "Steven Law"): the person of the document
     * whose full name ends in it (the most mentioned where several do), or the one it misspells by a
     * slip; null when none.
     */
    public String personWithSurname(String surname) {
        Entity best = null;
        for (Entity e : entities.entities()) {
            String[] parts = e.name().split(" ");
            if (e.type() == EntityType.PERSON && parts.length > 1 && parts[parts.length - 1].equalsIgnoreCase(surname)
                    && (best == null || e.mentions().size() > best.mentions().size())) {
                best = e;
            }
        }
        if (best == null) {
            // "McLenney said" after "Tyresha McClenney": a misspelt surname, when one person fits
            best = NameTokens.misspelt(entities.entities(), e -> {
                String[] parts = e.name().split(" ");
                return e.type() == EntityType.PERSON && parts.length > 1 ? parts[parts.length - 1] : null;
            }, surname);
        }
        return best == null ? null : best.id();
    }

    /** Whether the entity of a mention can be a speaker: anything but a place, unless a capital. */
    private boolean speaks(EntityMention m) {
        return entities.typeOf(m) != EntityType.LOCATION || m.kind() == MentionKind.CAPITAL;
    }

    /** Counts a resolved pronoun as a mention of its entity, so that a later "he" can follow it. */
    public void remember(int token, String entity) {
        if (entity != null) {
            remembered.put(token, entity);
        }
    }

    /** The entity a pronoun at this token refers to, or null. */
    public String pronoun(int token) {
        String w = text.token(token).text().toLowerCase(Locale.ROOT);
        return subjectBefore(token, PERSON_PRONOUNS.contains(w), genderOf(w));
    }

    /**
     * The person (or, with {@code person} false, the organisation or country) that the sentences
     * before this token are about: the subject of the nearest one that names one, outside quotes.
     */
    public String subjectBefore(int token, boolean person) {
        return subjectBefore(token, person, null);
    }

    private String subjectBefore(int token, boolean person, GivenNames.Gender gender) {
        return subjectBefore(token, person, gender, LOOK_BACK_SENTENCES);
    }

    private String subjectBefore(int token, boolean person, GivenNames.Gender gender, int lookBack) {
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
        if (m == null || m.firstToken() != c.token() || m.endToken() - m.nameToken() < 2 || m.endToken() + 1 >= text.tokens().size()
                || !text.token(m.endToken()).text().equals(",")) {
            return false;
        }
        boolean first = entities.mentions().stream().noneMatch(o -> o.entity().equals(m.entity()) && o.firstToken() < m.firstToken());
        Token after = text.token(m.endToken() + 1);
        return first && (after.pos().equals("DT") || after.pos().startsWith("NN") || after.pos().startsWith("JJ"))
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
                entity = personWithSurname(t.text()); // "Donors want more, Law said": a surname the tagger missed
            } else {
                continue;
            }
            if (entity != null && fits(entity, person, gender) && !notSpeakers.contains(entity)) {
                candidates.add(new Candidate(entity, i, speaking && closesAttribution(i, i + 1) ? SPEAKER : rank(i, person)));
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
        boolean owner = after >= 0 && after < text.tokens().size() && text.token(after).pos().equals("POS");
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
