package org.newsgraph.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.vocab.Organization;
import org.newsgraph.vocab.Title;
import org.newsgraph.vocab.Vocabulary;

/**
 * Collects mentions into groups, one per real-world entity, then builds the entities. People are
 * grouped by name ("Aliyev" joins "Ilham Aliyev"); descriptions are resolved last, when every
 * named person and title is known.
 */
final class EntityGroups {
    /** Role nouns that fit any head of state or government, whatever the exact title. */
    private static final Set<String> GENERIC_HEAD = Set.of("leader", "head of state", "head of government", "head",
            "state leader", "national leader");

    /** Last words of organisations' names that news uses alone for the full name. */
    private static final Set<String> SHORT_NAME_HEADS = Set.of("Journal", "Post", "Times", "Tribune", "Herald", "Globe",
            "Guardian", "Telegraph", "Chronicle", "Gazette", "Examiner", "Foundation", "Institute");

    private static final class Group {
        final String key;
        final EntityType type;
        String name;
        List<String> nameTokens = List.of();
        String country;
        String sector;
        boolean head;
        /** Whether the name was read in a title-case line, where the tagger runs names on ("Ben Carson Slams Hillary"). */
        boolean nameFromHeadline;
        GivenNames.Gender gender;
        final List<String> titles = new ArrayList<>();
        /** Roles a well-known person is known by, for descriptions the text itself does not support. */
        List<String> roles = List.of();
        /** The US state the gazetteer gives a well-known politician, "" for none. */
        String knownState = "";
        final List<EntityMention> mentions = new ArrayList<>();
        /** How often each full name (two words or more, outside headlines) names the person: "Bobby Scott" 4, "Robert C. Scott" 1. */
        final Map<String, Integer> fullNames = new HashMap<>();
        /** Nicknames given in marks inside the name, which stand for the given name: "bobby". */
        final Set<String> nicknames = new HashSet<>();

        Group(String key, EntityType type, String name) {
            this.key = key;
            this.type = type;
            this.name = name;
        }

        int firstToken() {
            return mentions.stream().mapToInt(EntityMention::firstToken).min().orElse(Integer.MAX_VALUE);
        }
    }

    private record PendingDescription(Title title, String country, int start, int end, boolean former, String party,
            String state) {}

    private final AnnotatedText text;
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final List<Group> people = new ArrayList<>();
    private final List<PendingDescription> descriptions = new ArrayList<>();

    private final KnownPeople known;
    private final GivenNames givenNames;

    EntityGroups(AnnotatedText text, KnownPeople known, GivenNames givenNames) {
        this.text = text;
        this.known = known;
        this.givenNames = givenNames;
    }

    void country(Vocabulary.CountryRef ref, int start, int end) {
        String iso3 = ref.country().iso3();
        if (ref.form() == Vocabulary.CountryForm.CAPITAL) {
            String city = text.textOf(start, end - 1);
            Group g = groups.computeIfAbsent("L:" + city, k -> new Group(k, EntityType.LOCATION, city));
            g.country = iso3;
            add(g, start, end, start, MentionKind.CAPITAL);
            return;
        }
        Group g = groups.computeIfAbsent("C:" + iso3, k -> new Group(k, EntityType.COUNTRY, ref.country().name()));
        g.country = iso3;
        add(g, start, end, start, ref.form() == Vocabulary.CountryForm.ADJECTIVE ? MentionKind.COUNTRY_ADJECTIVE
                : MentionKind.COUNTRY_NAME);
    }

    void organization(Organization org, int start, int end) {
        Group g = shortNameOf(org.name());
        if (g == null) {
            g = sameBody(org.name());
        }
        if (g == null) {
            g = groups.computeIfAbsent("O:" + org.name().toLowerCase(Locale.ROOT),
                    k -> new Group(k, EntityType.ORGANIZATION, org.name()));
        }
        if (g.country == null) {
            g.country = org.country();
        }
        if (g.sector == null) {
            g.sector = org.sector();
        }
        add(g, start, end, start, MentionKind.ORGANIZATION);
    }

    /**
     * "The Journal" after "The Wall Street Journal", "the Foundation" after "the Clinton
     * Foundation": a paper's or a body's last word alone stands for the full name met before, as an
     * acronym does ("NRA" after "National Rifle Association"); the most mentioned one where several fit.
     */
    private Group shortNameOf(String name) {
        boolean acronym = name.length() >= 2 && name.length() <= 6 && name.chars().allMatch(Character::isUpperCase);
        if (!SHORT_NAME_HEADS.contains(name) && !acronym) {
            return null;
        }
        Group best = null;
        for (Group g : groups.values()) {
            boolean same = acronym ? name.equals(initials(g.name)) : g.name.endsWith(" " + name);
            if (g.type == EntityType.ORGANIZATION && same && (best == null || g.mentions.size() > best.mentions.size())) {
                best = g;
            }
        }
        return best;
    }

    /**
     * "Platte River" and "Platte River Networks", "Pew" and "Pew Research": a name opening the other
     * is the same body, known by the longer name; so is "the Post" met before "the Washington Post".
     */
    private Group sameBody(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (Group g : groups.values()) {
            if (g.type != EntityType.ORGANIZATION) {
                continue;
            }
            String other = g.name.toLowerCase(Locale.ROOT);
            boolean longer = lower.startsWith(other + " ") || (SHORT_NAME_HEADS.contains(g.name) && lower.endsWith(" " + other));
            boolean shorter = other.startsWith(lower + " ");
            if (longer || shorter) {
                if (longer) {
                    g.name = name;
                }
                return g;
            }
        }
        return null;
    }

    /** "NRA" of "National Rifle Association", "DSCC" of "Democratic Senatorial Campaign Committee". */
    private static String initials(String name) {
        String out = NameTokens.initials(List.of(name.split("[\\s-]+")));
        return out.length() >= 2 ? out : "";
    }

    void location(String name, int start, int end) {
        Group g = groups.computeIfAbsent("L:" + name, k -> new Group(k, EntityType.LOCATION, name));
        add(g, start, end, start, MentionKind.LOCATION);
    }

    /**
     * @param familyName a relative's surname a given name alone takes ("Bill" of "Clinton's husband,
     *     Bill"), or null: it is part of the name shown, not a name the text calls the person by, so a
     *     bare "Clinton" later does not mean him
     * @param nicknames a nickname in marks inside the name, lower case ("bobby" of Robert C. “Bobby” Scott)
     */
    void person(List<String> nameTokens, String familyName, List<String> nicknames, TitlePhrase phrase, int nameStart, int nameEnd,
            GivenNames.Gender gender, boolean headline) {
        List<String> clean = nameTokens.stream().filter(t -> Character.isLetter(t.charAt(0))).toList();
        Group g = personNamed(clean, gender);
        if (g == null && clean.size() == 1) {
            g = misspeltSurname(clean.get(0)); // "Keidis continued" after "Anthony Kiedis"
        }
        if (g != null && clean.size() == 1 && g.nameTokens.size() > 1 && !recentlyNamed(g, nameStart)
                && !recentlyDescribed(g, nameStart)) {
            g = primaryBearerInstead(clean.get(0), g);
        }
        if (g == null) {
            g = new Group("P:" + people.size(), EntityType.PERSON, String.join(" ", clean) + (familyName == null ? "" : " " + familyName));
            g.nameTokens = clean;
            g.nameFromHeadline = headline;
            groups.put(g.key, g);
            people.add(g);
        } else if (clean.size() > g.nameTokens.size() && (!headline || g.nameFromHeadline)
                || (g.nameFromHeadline && !headline && clean.size() >= 2)) {
            g.nameTokens = clean;
            g.name = String.join(" ", clean);
            g.nameFromHeadline = headline;
        }
        if (clean.size() >= 2 && !headline) {
            // "Ken Starr" three times and "Kenneth Starr" once is Kenneth Starr: a short given name
            // counts for the full one
            List<String> counted = clean;
            if (shortGivenName(lower(clean), lower(g.nameTokens))) {
                counted = g.nameTokens;
            } else if (shortGivenName(lower(g.nameTokens), lower(clean))) {
                Integer shortCount = g.fullNames.remove(g.name);
                g.nameTokens = clean;
                g.name = String.join(" ", clean);
                g.fullNames.merge(g.name, shortCount == null ? 0 : shortCount, Integer::sum);
            }
            g.fullNames.merge(String.join(" ", counted), 1, Integer::sum);
        }
        g.nicknames.addAll(nicknames);
        for (String t : phrase.titles()) {
            if (g.titles.stream().noneMatch(x -> x.equalsIgnoreCase(t))) {
                g.titles.add(t);
            }
        }
        if (g.country == null) {
            g.country = phrase.country();
        }
        if (phrase.sector() != null && (g.sector == null || phrase.sector().equals("MIL"))) {
            g.sector = phrase.sector();
        }
        g.head |= phrase.head();
        if (g.gender == null) {
            g.gender = gender;
        }
        add(g, phrase.start(), nameEnd, nameStart, MentionKind.NAME);
    }

    void description(Title title, String country, int start, int end, boolean former) {
        descriptions.add(new PendingDescription(title, country, start, end, former, Parties.namedIn(text, start, end),
                UsStates.builtIn().namedIn(text, start, end)));
    }

    /** The US state of a person, as the article gives it beside a mention or the gazetteer knows it; null for none. */
    private String stateOf(Group person) {
        return HomeStates.of(text, person.mentions, person.knownState);
    }

    /** Whether the person held the role before: a title or known role with "former" ("former president"). */
    private static boolean formerHolder(Group person, String role) {
        return person.roles.contains("former " + role)
                || person.titles.stream().anyMatch(t -> t.toLowerCase(Locale.ROOT).contains("former"));
    }

    /**
     * The person whose name holds all these name tokens, or whose name they hold, compared without
     * case ("De Blasio", "Bill de Blasio"). Where several fit ("Murphy" after "Chris Murphy" and
     * "Anne Marie Murphy"), the one mentioned most so far, as a reader follows the story's figure;
     * on a tie the most recent. Someone of the other sex is another person of the family: "Michelle
     * Obama" after "Mr. Obama".
     */
    private Group personNamed(List<String> nameTokens, GivenNames.Gender gender) {
        if (nameTokens.isEmpty()) {
            return null;
        }
        List<String> wanted = lower(nameTokens);
        Group best = null;
        for (int i = people.size() - 1; i >= 0; i--) {
            Group g = people.get(i);
            List<String> have = lower(g.nameTokens);
            boolean otherSex = gender != null && g.gender != null && gender != g.gender && !have.equals(wanted);
            // (a nickname stands for the given name: "Bobby Scott" after Robert C. “Bobby” Scott)
            boolean named = wanted.stream().allMatch(w -> have.contains(w) || g.nicknames.contains(w))
                    || shortGivenName(wanted, have) || shortGivenName(have, wanted);
            if ((named || wanted.containsAll(have)) && !otherSex
                    && (best == null || g.mentions.size() > best.mentions.size())) {
                best = g;
            }
        }
        return best;
    }

    /**
     * "Josh Apte" after "Joshua Apte", "Bill Clinton" after "William Clinton": the same family name,
     * and a given name that is a usual short form of the other's. A table, not shared first letters:
     * Joel is not Joe, nor Samantha Sam's long form when Sam may be Samuel.
     */
    private static boolean shortGivenName(List<String> shorter, List<String> longer) {
        if (shorter.size() < 2 || shorter.size() != longer.size()
                || !shorter.subList(1, shorter.size()).equals(longer.subList(1, longer.size()))) {
            return false;
        }
        return SHORT_FORMS.getOrDefault(shorter.get(0), Set.of()).contains(longer.get(0));
    }

    /** Usual short forms of English given names, with the full names they stand for (lower case). */
    private static final Map<String, Set<String>> SHORT_FORMS = Map.ofEntries(
            Map.entry("josh", Set.of("joshua")), Map.entry("ken", Set.of("kenneth")),
            Map.entry("chris", Set.of("christopher")), Map.entry("dan", Set.of("daniel")),
            Map.entry("mike", Set.of("michael")), Map.entry("matt", Set.of("matthew")),
            Map.entry("nick", Set.of("nicholas")), Map.entry("alex", Set.of("alexander")),
            Map.entry("ben", Set.of("benjamin")), Map.entry("tom", Set.of("thomas")),
            Map.entry("bill", Set.of("william")), Map.entry("will", Set.of("william")),
            Map.entry("bob", Set.of("robert")), Map.entry("rob", Set.of("robert")),
            Map.entry("jim", Set.of("james")), Map.entry("joe", Set.of("joseph")),
            Map.entry("steve", Set.of("steven", "stephen")), Map.entry("dave", Set.of("david")),
            Map.entry("tony", Set.of("anthony")), Map.entry("andy", Set.of("andrew")),
            Map.entry("pete", Set.of("peter")), Map.entry("rick", Set.of("richard")),
            Map.entry("ed", Set.of("edward")), Map.entry("greg", Set.of("gregory")),
            Map.entry("jeff", Set.of("jeffrey")), Map.entry("jon", Set.of("jonathan")),
            Map.entry("don", Set.of("donald")), Map.entry("ron", Set.of("ronald")),
            Map.entry("tim", Set.of("timothy")), Map.entry("sam", Set.of("samuel")),
            Map.entry("liz", Set.of("elizabeth")), Map.entry("beth", Set.of("elizabeth")),
            Map.entry("kate", Set.of("katherine", "catherine", "kathryn")), Map.entry("jen", Set.of("jennifer")),
            Map.entry("sue", Set.of("susan")), Map.entry("becky", Set.of("rebecca")),
            Map.entry("zach", Set.of("zachary")),
            Map.entry("larry", Set.of("lawrence")), Map.entry("fred", Set.of("frederick")),
            Map.entry("vince", Set.of("vincent")), Map.entry("phil", Set.of("phillip", "philip")));

    /** The one person with a full name whose surname this word misspells by a single slip, or null. */
    private Group misspeltSurname(String word) {
        return NameTokens.misspelt(people, g -> g.nameTokens.size() > 1 ? g.nameTokens.get(g.nameTokens.size() - 1) : null, word);
    }

    /** Whether the person was named within the last few sentences ("Eric Trump called. ... Trump said"). */
    private static boolean recentlyNamed(Group g, int token) {
        return g.mentions.stream().anyMatch(m -> m.firstToken() < token && token - m.firstToken() <= RECENT_TOKENS);
    }

    /**
     * Whether a description of the person stands within the last few sentences ("Jeb Bush ... The
     * former Florida governor entered the race ... Bush tells reporters"): descriptions are resolved
     * at the end, so the titles the article gave and the roles the person is known by are asked here.
     */
    private boolean recentlyDescribed(Group g, int token) {
        KnownPeople.Person p = known.named(g.nameTokens);
        for (PendingDescription d : descriptions) {
            if (d.start() < token && token - d.start() <= RECENT_TOKENS && (describes(d, g)
                    || (p != null && p.roles().contains(d.title().phrase().toLowerCase(Locale.ROOT))))) {
                return true;
            }
        }
        return false;
    }

    /** About three sentences of news prose. */
    private static final int RECENT_TOKENS = 80;

    /**
     * A bare "Trump" after "Melania Trump", "Obama" after "Michelle Obama": where the only person of
     * the document with the surname is a known relative of the figure the surname usually means,
     * the surname means that figure, as it does in the news. Null asks for a new group. A relative
     * known in their own right ("Jeb Bush", "Bill Clinton") keeps the bare surname, unless the
     * figure is named too.
     */
    private Group primaryBearerInstead(String surname, Group matched) {
        KnownPeople.Person primary = known.bySurname(surname, null);
        KnownPeople.Person relative = known.named(matched.nameTokens);
        if (primary == null || relative == null || relative.equals(primary)) {
            return matched;
        }
        for (Group g : people) {
            if (g != matched && lower(g.nameTokens).contains(lower(List.of(surname)).get(0))
                    && (g.nameTokens.size() == 1 || primary.equals(known.named(g.nameTokens)))) {
                return g;
            }
        }
        // A common surname ("Carter" after "Ash Carter") is no sign of a figure the story never names;
        // nor is the surname of one known in their own right ("Bush" after "Jeb Bush" alone is Jeb).
        return KnownPeople.isCommonSurname(surname) || !knownAsKin(relative) ? matched : null;
    }

    /** Whether the figure is known as another's family rather than in their own right: a wife, a son, a first lady, or no role. */
    private static boolean knownAsKin(KnownPeople.Person p) {
        return p.roles().isEmpty() || p.roles().stream().anyMatch(r -> EntityResolver.RELATIVES.contains(r) || r.equals("first lady"));
    }

    /** Name words compared without case or the apostrophe's form: "O’Neill" is "O'Neill". */
    private static List<String> lower(List<String> tokens) {
        return tokens.stream().map(t -> t.toLowerCase(Locale.ROOT).replace('’', '\'')).toList();
    }

    private void add(Group g, int start, int end, int nameToken, MentionKind kind) {
        Span span = EntityResolver.spanOf(text, start, end);
        for (EntityMention m : g.mentions) {
            if (m.firstToken() == start && m.endToken() == end) {
                return;
            }
        }
        g.mentions.add(new EntityMention(g.key, start, end, nameToken, span, kind));
    }

    /** Most words of "of the Anti-Defamation League" between a description and its appositive name. */
    private static final int MAX_APPOSITIVE_QUALIFIER = 8;

    private void resolveDescriptions() {
        for (PendingDescription d : descriptions) {
            Group best = appositiveName(d);
            int bestDistance = best == null ? Integer.MAX_VALUE : -1;
            List<Group> described = people.stream().filter(p -> describes(d, p)).toList();
            // "the Utah senator": one the article places in Utah before one it places nowhere
            boolean fromTheState = d.state() != null && best == null
                    && described.stream().anyMatch(p -> d.state().equals(stateOf(p)));
            for (Group p : described) {
                if (fromTheState && !d.state().equals(stateOf(p))) {
                    continue;
                }
                int distance = Integer.MAX_VALUE;
                for (EntityMention m : p.mentions) {
                    if (m.firstToken() < d.start()) {
                        distance = Math.min(distance, d.start() - m.firstToken());
                    } else if (m.firstToken() > d.end() && m.firstToken() - d.end() <= MAX_DESCRIPTION_AHEAD) {
                        // A description before the name it describes is rarer: weigh it after every earlier one.
                        // (only a name close after it: "the actor" is not the actor the story names
                        // paragraphs later)
                        distance = Math.min(distance, 1_000_000 + m.firstToken() - d.start());
                    }
                }
                if (distance < bestDistance) {
                    bestDistance = distance;
                    best = p;
                }
            }
            if (best != null) {
                boolean insideName = best.mentions.stream().anyMatch(m -> m.firstToken() <= d.start() && d.end() <= m.endToken());
                if (!insideName) {
                    add(best, d.start(), d.end(), d.start(), MentionKind.DESCRIPTION);
                }
            }
        }
    }

    /** Most tokens from a description to a name after it that it may stand for (about two sentences). */
    private static final int MAX_DESCRIPTION_AHEAD = 50;

    /**
     * The person a name set off by a comma right after the description names: "The leader of the
     * Anti-Defamation League, Jonathan Greenblatt, warned" is Greenblatt, not another leader.
     */
    private Group appositiveName(PendingDescription d) {
        int comma = d.end();
        String after = comma < text.tokens().size() ? text.token(comma).text() : "";
        if (after.equals("of") || after.equals("for") || after.equals("at")) {
            while (comma < text.tokens().size() && comma <= d.end() + MAX_APPOSITIVE_QUALIFIER
                    && !text.token(comma).text().equals(",") && !text.token(comma).isVerb()
                    && !text.token(comma).pos().equals(".")) {
                comma++;
            }
        }
        if (comma + 1 >= text.tokens().size() || !text.token(comma).text().equals(",")) {
            return null;
        }
        for (Group p : people) {
            for (EntityMention m : p.mentions) {
                if (m.firstToken() == comma + 1 && m.kind() == MentionKind.NAME) {
                    return p;
                }
            }
        }
        return null;
    }

    private boolean describes(PendingDescription d, Group person) {
        if (d.former() && !formerHolder(person, d.title().phrase().toLowerCase(Locale.ROOT))) {
            return false; // "the former president" is not the sitting one
        }
        if (d.country() != null && !d.country().equals(person.country)) {
            return false;
        }
        if (d.state() != null) {
            // "the Vermont senator" is not the New York one where the article or the gazetteer says
            String state = stateOf(person);
            if (state != null && !state.equals(d.state())) {
                return false;
            }
        }
        if (d.party() != null) {
            // "the Democratic nominee" is not the Republican one where the article or the gazetteer says
            List<String> known = new ArrayList<>(person.titles);
            known.addAll(person.roles);
            String party = Parties.of(known);
            if (party != null && !party.equals(d.party())) {
                return false;
            }
        }
        String phrase = d.title().phrase().toLowerCase(Locale.ROOT);
        if (GENERIC_HEAD.contains(phrase)) {
            return person.head;
        }
        for (String t : person.titles) {
            String title = " " + t.toLowerCase(Locale.ROOT) + " ";
            if (title.contains(" " + phrase + " ")) {
                return true;
            }
        }
        return person.roles.contains(phrase);
    }

    /**
     * What the gazetteer knows of the document's people: the full name behind a bare surname
     * ("Priebus"), the gender, the roles descriptions may refer to ("the senator").
     */
    private void addKnownFacts() {
        for (Group g : people) {
            boolean bare = g.nameTokens.size() == 1;
            KnownPeople.Person p = bare ? known.bySurname(g.nameTokens.get(0), g.gender, g.titles, HomeStates.of(text, g.mentions, ""))
                    : known.named(g.nameTokens);
            if (p == null || (bare && KnownPeople.isCommonSurname(p.surname()) && !p.knownAs(g.titles))) {
                continue; // "Miller said" is not Stephen Miller unless the article calls Miller what he is
            }
            if (g.nameTokens.size() == 1) {
                g.name = p.name();
            }
            if (g.gender == null) {
                g.gender = p.gender();
            }
            g.roles = p.roles();
            g.knownState = p.state();
        }
        for (Group g : people) {
            // "Melanie said" in a story that never gives her surname: a given name alone, not a
            // surname (of a known figure, or a common one), says the gender after all
            String word = g.nameTokens.size() == 1 ? g.nameTokens.get(0) : null;
            if (g.gender == null && word != null && !known.isKnownSurname(word) && !KnownPeople.isCommonSurname(word)) {
                g.gender = givenNames.of(word);
            }
        }
    }

    /**
     * "Prince Andrew", "Queen Elizabeth": a royal or a ruler the article names by a given name alone
     * goes by title and name, as readers know them (not when a full name is known: "Prince
     * Alwaleed" is Alwaleed Bin Talal).
     */
    private void royalNames() {
        for (Group g : people) {
            if (g.name.contains(" ")) {
                continue;
            }
            // only a title the person is called by right before the name ("Prince Andrew"), not one
            // of a phrase near it ("Andrew, the Queen's son")
            String name = g.name;
            g.titles.stream().filter(t -> ROYAL_TITLES.contains(t.toLowerCase(Locale.ROOT)))
                    .filter(t -> g.mentions.stream().anyMatch(m -> m.span().text().equalsIgnoreCase(t + " " + name)))
                    .findFirst()
                    .ifPresent(t -> g.name = Character.toUpperCase(t.charAt(0)) + t.substring(1).toLowerCase(Locale.ROOT) + " " + name);
        }
    }

    /** Titles that, before a lone given name, are part of what a royal or a ruler is called. */
    private static final Set<String> ROYAL_TITLES = Set.of("prince", "princess", "king", "queen", "duke", "duchess",
            "emperor", "empress", "sultan", "emir", "sheikh");

    /**
     * A person goes by the full name the document uses most, when it uses one more often than the
     * longest: "Rep. Robert C. “Bobby” Scott" once and "Bobby Scott" four times is Bobby Scott.
     */
    private void preferUsualNames() {
        for (Group g : people) {
            String usual = g.fullNames.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
            // (not a surname of two words the name ends in: "Le Pen" of "Marine Le Pen", "de Blasio")
            if (usual != null && g.fullNames.get(usual) > g.fullNames.getOrDefault(g.name, 0)
                    && !g.name.toLowerCase(Locale.ROOT).endsWith(" " + usual.toLowerCase(Locale.ROOT))) {
                g.name = usual;
                g.nameTokens = List.of(usual.split(" "));
            }
        }
    }

    DocumentEntities build() {
        preferUsualNames();
        addKnownFacts();
        royalNames();
        resolveDescriptions();
        List<Group> ordered = new ArrayList<>(groups.values());
        ordered.removeIf(g -> g.mentions.isEmpty());
        ordered.sort(Comparator.comparingInt(Group::firstToken));
        List<Entity> entities = new ArrayList<>();
        List<EntityMention> mentions = new ArrayList<>();
        Map<String, String> ids = new LinkedHashMap<>();
        Map<String, GivenNames.Gender> genders = new LinkedHashMap<>();
        for (Group g : ordered) {
            String id = "e" + (entities.size() + 1);
            ids.put(g.key, id);
            if (g.gender != null) {
                genders.put(id, g.gender);
            }
            g.mentions.sort(Comparator.comparingInt(EntityMention::firstToken));
            String code = g.type == EntityType.COUNTRY ? g.country : actorCode(g.country, g.sector);
            entities.add(new Entity(id, g.name, g.type, g.country, g.type == EntityType.COUNTRY ? null : g.sector, code,
                    g.titles, g.mentions.stream().map(EntityMention::span).toList()));
            for (EntityMention m : g.mentions) {
                mentions.add(new EntityMention(id, m.firstToken(), m.endToken(), m.nameToken(), m.span(), m.kind()));
            }
        }
        return new DocumentEntities(entities, mentions, genders);
    }

    /** CAMEO-style actor code: country then sector ("AZEGOV"), either alone where the other is unknown. */
    static String actorCode(String country, String sector) {
        String code = (country == null ? "" : country) + (sector == null ? "" : sector);
        return code.isEmpty() ? null : code;
    }
}
