package org.newsgraph.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
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
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Who a description no title of the document matched stands for: a definite one ("the former
 * pollster", "the network", "the statement") for the one the sentences before are about, as
 * {@link DiscourseSubjects} finds them, unless the role, party or nationality it names is known not
 * to fit; a possessive one ("Sanders's campaign manager") for the person the article gave that role.
 * One instance per document.
 */
final class DescriptionResolver {
    /** Heads of descriptions that name a known person of the story ("the former pollster"). */
    static final Set<String> PERSON_NOUNS = Set.of("front-runner", "frontrunner", "nominee", "candidate",
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
    /** The end of an age used as a noun: "the 46-year-old". */
    private static final Pattern AGE = Pattern.compile("\\d+-year-old$");

    /** Heads of descriptions of a news organisation. */
    static final Set<String> MEDIA_NOUNS = Set.of("network", "newspaper", "paper", "publication", "outlet",
            "magazine", "channel", "station", "broadcaster", "daily", "tabloid");

    /** Heads of descriptions that usually stand for a source the writer leaves unnamed. */
    private static final Set<String> UNNAMED_OFTEN = Set.of("aide", "adviser", "advisor", "official", "spokesman",
            "spokeswoman", "spokesperson", "staffer", "strategist", "analyst", "expert", "lawmaker", "operative",
            "consultant", "organizer", "activist", "source", "insider", "employee");
    private static final Set<String> PARTY_MEMBERS = Set.of("republican", "democrat", "independent", "socialist");
    /** Heads of descriptions of an organisation ("the company said"). */
    private static final Set<String> GROUP_NOUNS = Set.of("company", "firm", "group", "organization", "organisation",
            "agency", "ministry", "department", "newspaper", "network", "committee", "foundation", "institute",
            "university", "bank", "union", "council", "commission", "channel", "magazine", "publisher", "paper",
            "publication", "outlet", "association", "center", "fund", "court", "panel",
            "regulator", "watchdog");
    /** Heads that only a company is called by ("the brokerage said"): never a country, nor a ministry. */
    private static final Set<String> COMPANY_NOUNS = Set.of("brokerage", "lender", "insurer", "retailer", "carrier",
            "airline", "automaker", "carmaker", "manufacturer", "maker", "startup", "chain", "studio", "label",
            "conglomerate", "giant");

    private final AnnotatedText text;
    private final DocumentEntities entities;
    private final IntPredicate insideQuote;
    private final DiscourseSubjects subjects;
    private final HomeStates homeStates;

    DescriptionResolver(AnnotatedText text, DocumentEntities entities, IntPredicate insideQuote, DiscourseSubjects subjects) {
        this.text = text;
        this.entities = entities;
        this.insideQuote = insideQuote;
        this.subjects = subjects;
        this.homeStates = new HomeStates(text, entities);
    }

    /**
     * "The former pollster said", "the GOP front-runner said", "the company said": a definite
     * description no title of the document matched refers, as a reader takes it, to the person (or
     * organisation) the sentences before are about. Nouns that usually stand for someone left
     * unnamed ("the official", "the source") are not followed: guessing a name there would be wrong
     * more often than right.
     */
    String definiteDescription(int first, int head) {
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
        // "the Texan": a person from a state, named by it
        boolean demonym = UsStates.builtIn().isDemonym(h.text());
        boolean singular = age || demonym || h.pos().equals("NN")
                || (h.pos().equals("NNP") && (PARTY_MEMBERS.contains(noun) || Character.isLowerCase(h.text().charAt(0))));
        if (!singular) {
            return null;
        }
        if (age) {
            // (when the sentences just before have no person for a subject, the story's figure:
            // "Jose Mourinho has agreed a deal ... The Portuguese boss had been out of work ... The
            // 56-year-old said")
            String subject = subjects.subjectBefore(first, true, null, 2);
            return subject != null ? subject : mostNamedBefore(first);
        }
        if (demonym) {
            String state = UsStates.builtIn().demonymEndingAt(text, head, first); // ("the West Virginian")
            String subject = subjects.subjectBefore(first, true);
            return subject != null && state.equals(homeStates.of(subject)) ? subject
                    : lastNamedBefore(first, e -> e.type() == EntityType.PERSON && state.equals(homeStates.of(e.id())));
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
        if (COMPANY_NOUNS.contains(noun)) {
            // "... economists at Goldman Sachs said. ... The brokerage said": the company the sentences
            // are about; a country or a person is not it. (Not the last company named either: the
            // tagger misses many, and "with EgyptAir, the airline said" is no Facebook's.)
            String subject = subjects.subjectBefore(first, false);
            return subject != null && entities.entity(subject).type() == EntityType.ORGANIZATION ? subject : null;
        }
        if (GROUP_NOUNS.contains(noun)) {
            // "the department" after "the State Department": when the body the sentences are about is
            // not called by the noun, the last body named within the look-back whose name holds it
            // ("The Judiciary Committee subpoenaed the DNC. ... the committee said" stays the subject's)
            String groupNoun = noun;
            // "The French ministry" is no Russian one: a country named in the description must be the body's.
            String country = countryNamedIn(first + 1, head);
            Predicate<Entity> ofCountry = e -> country == null || e.country() == null || country.equals(e.country());
            Predicate<Entity> calledSo = e -> e.type() == EntityType.ORGANIZATION && ofCountry.test(e)
                    && List.of(e.name().toLowerCase(Locale.ROOT).split(" ")).contains(groupNoun);
            String subject = subjects.subjectBefore(first, false);
            if (subject != null && calledSo.test(entities.entity(subject))) {
                return subject;
            }
            String headed = lastNamedBefore(first, calledSo);
            return headed != null ? headed : subject != null && ofCountry.test(entities.entity(subject)) ? subject : null;
        }
        if (DocumentOwners.isDocument(h)) {
            // "“...,” the statement said", "the email reads": the words of whoever the sentences just
            // before are about.
            String author = subjects.subjectBefore(first, true, null, 2);
            return author != null ? author : subjects.subjectBefore(first, false, null, 2);
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
        String person = subjects.subjectBefore(first, true, null, unnamedOften ? 2 : DiscourseSubjects.LOOK_BACK_SENTENCES);
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
        // "the Vermont senator" is the one named last whom the article or the gazetteer places in
        // Vermont; failing that, not one placed elsewhere.
        String state = UsStates.builtIn().namedIn(text, first + 1, head);
        if (state != null) {
            boolean wasFormer = former;
            String role = noun;
            String fromState = lastNamedBefore(first, e -> e.type() == EntityType.PERSON && state.equals(homeStates.of(e.id()))
                    && !Boolean.FALSE.equals(holdsRole(e.id(), role, wasFormer))); // (not Trump for "the New York attorney general")
            boolean elsewhere = person != null && homeStates.of(person) != null && !state.equals(homeStates.of(person));
            person = fromState != null ? fromState : elsewhere ? null : person;
        }
        // "the Mexican president" is not the story's American subject: a nationality must agree.
        // (A member of an American party is American where the article gives no country; a person
        // of no known country passes, as nothing says they are not the one described.)
        String country = person == null ? null : entities.entity(person).country() != null ? entities.entity(person).country()
                : partyOf(person) != null ? "USA" : null;
        String described = countryNamedIn(first + 1, head);
        return described != null && country != null && !described.equals(country) ? null : person;
    }

    /** The code of the first country named in tokens {@code [from, to)} ("the Mexican president"), or null. */
    private String countryNamedIn(int from, int to) {
        for (int i = from; i < to; i++) {
            EntityMention m = entities.at(i);
            if (m != null && entities.typeOf(m) == EntityType.COUNTRY) {
                return entities.entity(m.entity()).country();
            }
        }
        return null;
    }

    /**
     * "Sanders's campaign manager", "his longtime personal physician": a role the document gave
     * someone by name, owned by another; the person known to hold it, the last one named before where
     * several do, or the only one named after when none is named before.
     */
    String possessiveRole(int first, int head) {
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
        Set<String> later = new HashSet<>();
        for (EntityMention m : entities.mentions()) {
            if (entities.typeOf(m) != EntityType.PERSON || !holdsTitle(m.entity(), noun)) {
                continue;
            }
            if (m.firstToken() < first && m.firstToken() > last) {
                holder = m.entity();
                last = m.firstToken();
            } else if (m.firstToken() > head) {
                later.add(m.entity());
            }
        }
        // "Sanders's campaign manager said ..." before "Sanders's campaign manager, Jeff Weaver,": the
        // story names the one who holds the role further on, if only one does
        return holder != null || later.size() != 1 ? holder : later.iterator().next();
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

    /**
     * The person named most often, by name and outside quotes, before this token; of several named
     * as often, the one named first, as the story opens with its figure. Null when none is named.
     */
    private String mostNamedBefore(int token) {
        Map<String, Integer> counts = new LinkedHashMap<>(); // (in the order of first mention)
        for (EntityMention m : entities.mentions().stream().sorted(Comparator.comparingInt(EntityMention::firstToken)).toList()) {
            if (m.firstToken() < token && m.kind() == MentionKind.NAME && entities.typeOf(m) == EntityType.PERSON
                    && !insideQuote.test(m.span().start())) {
                counts.merge(m.entity(), 1, Integer::sum);
            }
        }
        String best = null;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (best == null || e.getValue() > counts.get(best)) {
                best = e.getKey();
            }
        }
        return best;
    }

    /** The news organisation named last before this token, outside quotes, within the look-back. */
    private String mediaBefore(int token) {
        return lastNamedBefore(token, e -> e.type() == EntityType.ORGANIZATION && "MED".equals(e.sector()));
    }

    /** The entity of the last mention before this token, outside quotes and within the look-back, that is wanted. */
    private String lastNamedBefore(int token, Predicate<Entity> wanted) {
        Sentence here = text.sentenceOfToken(token);
        int floor = text.sentences().get(Math.max(0, here.index() - DiscourseSubjects.LOOK_BACK_SENTENCES)).firstToken();
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
}
