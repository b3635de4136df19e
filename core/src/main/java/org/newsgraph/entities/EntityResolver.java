package org.newsgraph.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Locale;
import java.util.regex.Pattern;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;
import org.newsgraph.vocab.Organization;
import org.newsgraph.vocab.PhraseMatcher;
import org.newsgraph.vocab.Title;
import org.newsgraph.vocab.Vocabulary;

/**
 * The entity stage. Countries and known organisations come from the vocabulary (so "Azerbaijan"
 * inside "Azerbaijan-Pakistan relations" is a country, whatever the tagger thought of the
 * compound); people, other organisations and places from the tagger's labels. Person names take
 * the title phrase before them; definite descriptions ("the head of state") are then resolved
 * to the person they describe. Stateless and thread-safe.
 */
public final class EntityResolver {
    private static final Pattern ORG_MILITARY = Pattern.compile(
            "\\b(army|navy|air force|armed forces|military|defen[cs]e|chiefs of staff|guard)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORG_GOVERNMENT = Pattern.compile(
            "\\b(ministry|government|cabinet|presidency|administration|embassy|council of ministers)\\b", Pattern.CASE_INSENSITIVE);
    /** Words of news organisations' names: "Fox News", "The Washington Post", "MSNBC". */
    private static final Pattern ORG_MEDIA = Pattern.compile("\\b(news|times|post|journal|tribune|herald|globe|gazette|"
            + "chronicle|network|broadcasting|radio|television|tv|magazine|daily|press|cnn|msnbc|cnbc|nbc|abc|cbs|fox|npr|"
            + "pbs|bbc|politico|breitbart|huffington|huffpost|bloomberg|reuters|axios|slate|vox|salon|atlantic|"
            + "national review|new republic|weekly standard)\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ORG_LEGISLATURE = Pattern.compile("\\b(parliament|congress|senate|assembly)\\b", Pattern.CASE_INSENSITIVE);
    /** Last words that make a name an organisation's, whatever the tagger said. */
    private static final Pattern ORG_HEAD = Pattern.compile(
            "Foundation|Institute|Campaign|Party|Committee|University|College|Center|Centre|Council|Association|Inc\\.?"
                    + "|Corp\\.?|Company|Group|Agency|Ministry|Department|Administration|Commission|Fund|Bank|Times|Post|News"
                    + "|Productions|Records|Entertainment|Studios|Pictures|Holdings|Industries|Airlines|Ltd\\.?|LLC|PLC",
            Pattern.CASE_INSENSITIVE);
    /** The last word of a place's name: no person's name ends in it. */
    private static final Pattern PLACE_HEAD = Pattern.compile("County|Township|Parish|Province|Borough");
    /** Verbs of saying in a headline's capitals, which no name holds. */
    private static final Pattern HEADLINE_VERB = Pattern.compile("Says|Said|Tells|Told|Slams|Blasts|Rips|Urges|Warns|Vows|Asks|Disputes|Gets|Got");
    /** "Team Clinton", "Camp Trump": a candidate's people, not a person of that name. */
    private static final Pattern TEAM = Pattern.compile("Team|Camp");
    /** A generational suffix the tagger leaves out of a name. */
    private static final Pattern GENERATION = Pattern.compile("Jr\\.?|Sr\\.?|II|III|IV");
    /** A word written with one capital, then small letters: "Ford", "Sagufta". */
    private static final Pattern CAPITALISED_WORD = Pattern.compile("\\p{Lu}\\p{Ll}+");
    /** A word with a capital inside it, as some given names have ("LeBron", "DeShawn"). */
    private static final Pattern CAMEL_CASE_NAME = Pattern.compile("\\p{Lu}\\p{Ll}+\\p{Lu}\\p{Ll}+");
    private static final Pattern ORG_JUDICIARY = Pattern.compile("\\b(court|tribunal|judiciary)\\b", Pattern.CASE_INSENSITIVE);

    private final Vocabulary vocab;
    private final TitlePhraseParser titles;
    private final StateBodies stateBodies;
    private final GivenNames givenNames = new GivenNames();
    private final KnownPeople knownPeople = KnownPeople.builtIn();

    public EntityResolver(Vocabulary vocab) {
        this.vocab = vocab;
        this.titles = new TitlePhraseParser(vocab);
        this.stateBodies = new StateBodies(vocab);
    }

    public DocumentEntities resolve(AnnotatedText text) {
        List<Token> tokens = text.tokens();
        List<String> texts = tokens.stream().map(Token::text).toList();
        EntityGroups groups = new EntityGroups(text, knownPeople, givenNames);
        boolean[] taken = new boolean[tokens.size()];

        Set<String> nameForms = taggedNameForms(tokens);
        Set<String> alone = taggedAlone(tokens);
        Map<String, Integer> givenForms = taggedGivenNames(tokens, nameForms);
        for (Sentence s : text.sentences()) {
            matchVocabulary(text, s, texts, groups, taken, nameForms);
        }
        // Descriptions are gathered before names (they are resolved last) so that a bare surname can
        // see that its bearer was just described ("The former Florida governor ... Bush said").
        for (Sentence s : text.sentences()) {
            descriptions(text, s, texts, groups);
        }
        for (Sentence s : text.sentences()) {
            taggedSpans(text, s, texts, groups, taken, nameForms, alone, givenForms);
            knownSurnames(tokens, texts, s, groups, taken);
            surnamesReadAsWords(tokens, texts, s, groups, taken, nameForms);
            givenNamesAlone(tokens, texts, s, groups, taken, givenForms);
        }
        return groups.build();
    }

    /**
     * The given names of the people the tagger named in full, each with the token where the first
     * bearer is named: only a given name the list lacks, that one person of the text bears, and no
     * one's surname.
     */
    private Map<String, Integer> taggedGivenNames(List<Token> tokens, Set<String> nameForms) {
        Map<String, Integer> first = new HashMap<>();
        Map<String, String> bearer = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            boolean opens = tokens.get(i).ner().equals("PERSON") && (i == 0 || !tokens.get(i - 1).ner().equals("PERSON"))
                    && tokens.get(i + 1).ner().equals("PERSON");
            if (!opens || !CAPITALISED_WORD.matcher(tokens.get(i).text()).matches()) {
                continue;
            }
            int end = i + 1;
            while (end < tokens.size() && tokens.get(end).ner().equals("PERSON")) {
                end++;
            }
            String given = tokens.get(i).text();
            String surname = tokens.get(end - 1).text();
            first.putIfAbsent(given, i);
            if (bearer.containsKey(given) && !bearer.get(given).equals(surname)) {
                shared.add(given); // (one person may be named with and without a middle name)
            }
            bearer.putIfAbsent(given, surname);
        }
        first.keySet().removeAll(shared);
        first.keySet().removeAll(nameForms);
        first.keySet().removeIf(givenNames::isGivenName); // a common given name alone may be a place ("a rally in Madison")
        return first;
    }

    /**
     * "Canada’s Sowmyan wants ...", "Sagufta from Fiji turns ..." after "Sowmyan Jegatheesan" and
     * "Sagufta Salma": a given name the list lacks, standing alone after its bearer was named in
     * full, is that person where the tagger left it unlabelled or called it miscellany (where it
     * called it a place, see {@link #taggedSpans}).
     */
    private void givenNamesAlone(List<Token> tokens, List<String> texts, Sentence s, EntityGroups groups, boolean[] taken,
            Map<String, Integer> givenForms) {
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            Token t = tokens.get(i);
            Integer named = givenForms.get(t.text());
            boolean alone = standsAlone(tokens, i, s);
            if (named != null && named < i && alone && !taken[i] && t.isProperNoun()
                    && (t.ner().equals("O") || t.ner().equals("MISC"))) {
                person(tokens, texts, s, i, i + 1, groups);
            }
        }
    }

    /** Whether no proper noun stands right before or after the token in its sentence: a one-word name. */
    private static boolean standsAlone(List<Token> tokens, int i, Sentence s) {
        return (i == s.firstToken() || !tokens.get(i - 1).isProperNoun())
                && (i + 1 >= s.endToken() || !tokens.get(i + 1).isProperNoun());
    }

    /** "Cuban said": a nationality word that is a known figure's surname, right before a verb. */
    private boolean knownSurnameBeforeVerb(AnnotatedText text, List<String> texts, int i, Sentence s) {
        return i + 1 < s.endToken() && text.token(i + 1).isVerb() && knownPeople.isKnownSurname(texts.get(i));
    }

    /**
     * Whether the proper nouns {@code [start, end)}, two or three words (a hyphenated given name
     * counts as one), stand before "of the" and a news organisation: a journalist of the paper.
     */
    private static boolean reporterOfPaper(List<Token> tokens, List<String> texts, int start, int end) {
        if (end + 2 >= texts.size() || !texts.get(end).equals("of") || !texts.get(end + 1).equalsIgnoreCase("the")) {
            return false;
        }
        int words = 0;
        for (int i = start; i < end; i++) {
            if (!tokens.get(i).isProperNoun()) {
                return false;
            }
            if (i + 2 < end && texts.get(i + 1).equals("-")) {
                i += 2; // "Sui - Lee": one given name
            }
            words++;
        }
        String media = String.join(" ", texts.subList(end + 2, Math.min(texts.size(), end + 6)));
        return words >= 2 && words <= 3 && ORG_MEDIA.matcher(media).find();
    }

    /** Words the tagger marks alone as a person somewhere in the text ("Tanden said"). */
    private static Set<String> taggedAlone(List<Token> tokens) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).ner().equals("PERSON") && (i == 0 || !tokens.get(i - 1).ner().equals("PERSON"))
                    && (i + 1 >= tokens.size() || !tokens.get(i + 1).ner().equals("PERSON"))) {
                out.add(tokens.get(i).text());
            }
        }
        return out;
    }

    /**
     * The forms a person the tagger named in full may take later: the surname ("Cuban" of "Mark
     * Cuban"), a surname of particles ("Van Der Beek") and the full name itself ("Scooter Braun"),
     * which the tagger may elsewhere call a body; several words are joined by spaces.
     */
    private static Set<String> taggedNameForms(List<Token> tokens) {
        Set<String> out = new HashSet<>();
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (tokens.get(i).ner().equals("PERSON") && tokens.get(i + 1).ner().equals("PERSON")
                    && (i + 2 >= tokens.size() || !tokens.get(i + 2).ner().equals("PERSON"))) {
                out.add(tokens.get(i + 1).text());
                // and a surname of particles, as words joined by spaces: "Van Der Beek" of "James Van Der Beek"
                int first = i;
                while (first - 1 >= 0 && tokens.get(first - 1).ner().equals("PERSON")) {
                    first--;
                }
                if (i - first >= 1 && NameTokens.isParticle(tokens.get(first + 1).text())) {
                    out.add(wordsOf(tokens, first + 1, i + 2));
                }
                out.add(wordsOf(tokens, first, i + 2));
            }
        }
        return out;
    }

    private static String wordsOf(List<Token> tokens, int from, int to) {
        return String.join(" ", tokens.subList(from, to).stream().map(Token::text).toList());
    }

    /** Countries (names, formal names, adjectives, capitals) and known organisations. */
    private void matchVocabulary(AnnotatedText text, Sentence s, List<String> texts, EntityGroups groups, boolean[] taken,
            Set<String> nameForms) {
        boolean[] person = personNames(text, s, texts);
        StateBodies.Body body;
        for (int i = s.firstToken(); i < s.endToken(); ) {
            if (person[i - s.firstToken()]) {
                i++; // "Jim Jordan", "Chad Smith": a country's name inside a person's name is the person's
                continue;
            }
            PhraseMatcher.Match<Organization> org = vocab.organizations().matchAt(texts, i);
            PhraseMatcher.Match<Vocabulary.CountryRef> c = vocab.countries().matchAt(texts, i);
            if (org != null && org.end() <= s.endToken() && (c == null || org.end() > c.end())) {
                groups.organization(org.value(), i, org.end());
                mark(taken, i, org.end());
                i = org.end();
            } else if (c != null && c.end() == i + 1 && (nameForms.contains(texts.get(i)) && (i + 1 >= s.endToken()
                    || !text.token(i + 1).pos().startsWith("NN")) || knownSurnameBeforeVerb(text, texts, i, s))) {
                // "Cuban said" after "Mark Cuban": the surname, not the nationality
                person(text.tokens(), texts, s, i, i + 1, groups);
                mark(taken, i, i + 1);
                i++;
            } else if (c != null && c.value().form() == Vocabulary.CountryForm.ADJECTIVE && i > s.firstToken()
                    && REGION_WORDS.contains(texts.get(i - 1))) {
                i++; // "the North American Free Trade Agreement", "Latin American voters": a region, not the country
            } else if (c != null && (c.value().form() == Vocabulary.CountryForm.ADJECTIVE && opensTaggedBody(text, i, s, 3)
                    || c.value().form() == Vocabulary.CountryForm.CAPITAL && opensTaggedBody(text, i, s, 2))) {
                i++; // "the American Bar Association", "the Washington Post": the place word is part of the body's name
            } else if (c != null && c.end() <= s.endToken() && (body = stateBodies.after(text.tokens(), texts, i, c.end(), s.endToken(),
                    c.value().country().iso3(), c.value().form() == Vocabulary.CountryForm.ADJECTIVE)) != null) {
                groups.organization(body.organization(), i, body.end()); // "Russia's foreign ministry said ..."
                mark(taken, i, body.end());
                i = body.end();
            } else if (c != null && c.value().form() == Vocabulary.CountryForm.ADJECTIVE && c.end() == i + 1
                    && demonymOpensName(text, texts, i, s)) {
                i++; // "British Airways", "the American Legion said": the adjective is the body's first word
            } else if (c != null && c.end() <= s.endToken()) {
                int start = formalStart(texts, s.firstToken(), i, c.value().form());
                groups.country(c.value(), start, c.end());
                mark(taken, start, c.end());
                i = c.end();
            } else {
                i++;
            }
        }
    }

    /**
     * Whether a nationality adjective at {@code i} opens a two-word name the tagger calls one body
     * ("British Airways") or, when it speaks, one name of another kind ("The American Legion said"):
     * the second word a capitalised noun that is no title ("Russian President"), no country word
     * and no people ("Mexican Americans"). Bodies of a state ("the Russian Parliament") were taken
     * before this is asked.
     */
    private boolean demonymOpensName(AnnotatedText text, List<String> texts, int i, Sentence s) {
        String label = text.token(i).ner();
        if (!label.equals("ORGANIZATION") && !label.equals("MISC") || i + 2 > s.endToken()
                || i > s.firstToken() && text.token(i - 1).ner().equals(label)) {
            return false;
        }
        int end = i + 1;
        while (end < s.endToken() && text.token(end).ner().equals(label)) {
            end++;
        }
        Token second = text.token(i + 1);
        // (a plural only in a body's name: "British Airways", not the tagger's "Mexican Americans")
        boolean noun = second.pos().equals("NNP") || second.pos().equals("NNPS") && label.equals("ORGANIZATION");
        boolean name = end == i + 2 && noun && Character.isUpperCase(second.text().charAt(0))
                && vocab.titles().matchAt(texts, i + 1) == null && vocab.countries().matchAt(texts, i + 1) == null;
        return name && (label.equals("ORGANIZATION") || speaksNext(text, end, s));
    }

    /**
     * Whether a verb only a speaker does follows token {@code end}, maybe after "has" and an adverb
     * ("The American Legion has asked", "... wrote"). Events and works that are the subject of other
     * verbs stay names of their own kind: "the American Revolution began".
     */
    private static boolean speaksNext(AnnotatedText text, int end, Sentence s) {
        int verb = end;
        while (verb < s.endToken() && verb - end < 2 && (text.token(verb).pos().startsWith("RB")
                || text.token(verb).lemma().equals("have"))) {
            verb++;
        }
        return verb < s.endToken() && text.token(verb).isVerb() && SPEECH_LEMMAS.contains(text.token(verb).lemma());
    }

    /** Verbs only a speaker does: the name before one names someone who can speak. */
    private static final Set<String> SPEECH_LEMMAS = Set.of("say", "deny", "tell", "announce", "insist", "confirm",
            "claim", "respond", "reply", "declare", "warn", "urge", "state", "ask", "write", "complain", "demand",
            "request", "accuse", "criticize", "criticise", "praise", "endorse", "vow", "pledge", "sue");

    /** Whether token {@code i} opens a run of at least {@code words} words the tagger calls one organisation. */
    private static boolean opensTaggedBody(AnnotatedText text, int i, Sentence s, int words) {
        boolean opens = i == s.firstToken() || !text.token(i - 1).ner().equals("ORGANIZATION");
        int end = i;
        while (end < s.endToken() && text.token(end).ner().equals("ORGANIZATION")) {
            end++;
        }
        return opens && end - i >= words;
    }

    /**
     * Tokens of the sentence inside a tagged person name that is more than country words: the
     * tagger's "Jim Jordan" is a person, its "Azerbaijan-Pakistan" (countries only) is not.
     */
    private boolean[] personNames(AnnotatedText text, Sentence s, List<String> texts) {
        boolean[] out = new boolean[s.size()];
        int i = s.firstToken();
        while (i < s.endToken()) {
            if (!text.token(i).ner().equals("PERSON")) {
                i++;
                continue;
            }
            int end = i;
            while (end < s.endToken() && text.token(end).ner().equals("PERSON")) {
                end++;
            }
            boolean onlyCountries = true;
            for (int j = i; j < end && onlyCountries; ) {
                PhraseMatcher.Match<Vocabulary.CountryRef> c = vocab.countries().matchAt(texts, j);
                if (c != null && c.end() <= end) {
                    j = c.end();
                } else if (!Character.isLetterOrDigit(texts.get(j).charAt(0))) {
                    j++;
                } else {
                    onlyCountries = false;
                }
            }
            if (!onlyCountries && end - i > 1) {
                for (int j = i; j < end; j++) {
                    out[j - s.firstToken()] = true;
                }
            }
            i = end;
        }
        return out;
    }

    /** "Republic of X", "Islamic Republic of X", "Kingdom of X": the formal name is one mention. */
    private static int formalStart(List<String> texts, int sentenceStart, int i, Vocabulary.CountryForm form) {
        if (form != Vocabulary.CountryForm.NAME || i - 2 < sentenceStart || !texts.get(i - 1).equals("of")) {
            return i;
        }
        int k = i - 1;
        while (k - 1 >= sentenceStart && isFormalWord(texts.get(k - 1))) {
            k--;
        }
        return k < i - 1 ? k : i;
    }

    private static boolean isFormalWord(String w) {
        return switch (w) {
            case "Republic", "Kingdom", "Islamic", "Federal", "Democratic", "People", "People's", "Socialist", "United",
                    "State", "Commonwealth", "Federation", "Principality", "Sultanate", "Emirate", "Arab" -> true;
            default -> false;
        };
    }

    /**
     * A title in lower case ("anchor", "co-anchor") inside a tagged name, with two or more capitalised
     * words after it to the name's end: its token, or -1.
     */
    private int lowerCaseTitleInside(List<String> texts, int start, int end) {
        for (int k = start + 1; k <= end - 3; k++) {
            String word = texts.get(k);
            String bare = word.regionMatches(true, 0, "co-", 0, 3) ? word.substring(3) : word;
            if (!Character.isLowerCase(word.charAt(0)) || vocab.titles().get(bare) == null) {
                continue;
            }
            boolean named = true;
            for (int j = k + 1; j < end; j++) {
                named &= Character.isUpperCase(texts.get(j).charAt(0));
            }
            if (named) {
                return k;
            }
        }
        return -1;
    }

    /** People, organisations and places the tagger labelled and the vocabulary did not claim. */
    private void taggedSpans(AnnotatedText text, Sentence s, List<String> texts, EntityGroups groups, boolean[] taken,
            Set<String> nameForms, Set<String> alone, Map<String, Integer> givenForms) {
        List<Token> tokens = text.tokens();
        int i = s.firstToken();
        while (i < s.endToken()) {
            Token t = tokens.get(i);
            // A lower-case verb is in no name, nor does a clause's opening word start one: the tagger's
            // organisation "While Will acknowledges Trump" is Will, a verb and Trump.
            if (!t.hasEntityLabel() || inNoName(t) || t.pos().equals("IN") || t.pos().equals("WRB") || t.pos().equals("CC")) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < s.endToken() && tokens.get(end).ner().equals(t.ner()) && !inNoName(tokens.get(end))) {
                end++;
            }
            int nickname = NameTokens.nicknameEnd(tokens, end, s.endToken());
            if (t.ner().equals("PERSON") && nickname > 0 && tokens.get(nickname).ner().equals("PERSON")) {
                end = NameTokens.personRunEnd(tokens, nickname, s); // John “Tig” Tiegen: the tagger stopped at the nickname
            } else if (t.ner().equals("PERSON") && nickname > 0 && tokens.get(nickname).isCapitalized()
                    && tokens.get(nickname).pos().startsWith("NN") && !NameTokens.isTitleCase(tokens, s)) {
                // (not in a headline's capitals: 'Trump “Apprentice” Tapes')
                end = nickname + 1; // Marcia “Cia” Price: a surname the tagger read as a common noun ("price")
            }
            int start = i;
            i = end;
            // A span the vocabulary covered wholly (countries in "Azerbaijan-Pakistan") is not a new name.
            if (coveredOrPunctuation(tokens, taken, start, end)) {
                continue;
            }
            while (start < end && (taken[start] || !Character.isLetterOrDigit(tokens.get(start).text().charAt(0)))) {
                start++;
            }
            // Only the run before the first token the vocabulary claimed is new: "Chairman" of "Chairman
            // Joint Chiefs...". A headline's verb ends the name the tagger ran over it: "Sanders Says Fight Goes On".
            boolean afterVocabulary = start > s.firstToken() && taken[start - 1]; // "CNN Disputes ...", CNN being the vocabulary's
            for (int j = start; j < end; j++) {
                // (the tagger's own past or present verb too, with words after it: "Selenis Leyva Got Real
                // About Being Called", "National Review Crowd Does Not Like Trump"; not "Shane Shook")
                boolean headlineVerb = (j > start || afterVocabulary) && (HEADLINE_VERB.matcher(texts.get(j)).matches()
                        || j + 1 < end && tokens.get(j).isCapitalized()
                                && (tokens.get(j).pos().equals("VBD") || tokens.get(j).pos().equals("VBZ")));
                if (taken[j] || headlineVerb) {
                    end = j;
                    break;
                }
            }
            while (end > start && !Character.isLetterOrDigit(tokens.get(end - 1).text().charAt(0))) {
                end--;
            }
            boolean ranIntoOf = false;
            while (end - 1 > start && Character.isLowerCase(texts.get(end - 1).charAt(0))
                    && (tokens.get(end - 1).pos().equals("IN") || tokens.get(end - 1).pos().equals("DT"))) {
                end--; // "Sui-Lee Wee of the": no name ends in "of the"; the tagger ran on towards the next one
                ranIntoOf = true;
            }
            if (start >= end) {
                continue;
            }
            if (ranIntoOf && t.ner().equals("ORGANIZATION") && reporterOfPaper(tokens, texts, start, end)) {
                person(tokens, texts, s, start, end, groups); // "according to Sui-Lee Wee of the New York Times"
                continue;
            }
            for (int k = end - 1; k > start; k--) {
                if (text.text().substring(tokens.get(k - 1).end(), tokens.get(k).start()).contains("\n")) {
                    start = k; // "... Over Zika Virus / Chris Christie said": a name does not run over a line break
                    break;
                }
            }
            if (t.ner().equals("ORGANIZATION") && start > s.firstToken() && POSSESSIVE.contains(texts.get(start - 1))
                    && start >= 2 && taken[start - 2] && tokens.get(start).isProperNoun()) {
                person(tokens, texts, s, start, end, groups); // "CNN's Gloria Borger" after the vocabulary took CNN
                continue;
            }
            if (t.ner().equals("PERSON") && start > s.firstToken() && !taken[start - 1]
                    && tokens.get(start - 1).ner().equals("O") && tokens.get(start - 1).isProperNoun()
                    && (knownPeople.named(texts.subList(start - 1, end)) != null || CAMEL_CASE_NAME.matcher(texts.get(start - 1)).matches())) {
                start--; // "Sens. Rand Paul", "LeBron James": the tagger left the given name out of the person
            }
            if (t.ner().equals("PERSON") && end + 1 < s.endToken() && NameTokens.isParticle(texts.get(end))
                    && Character.isLowerCase(texts.get(end).charAt(0)) && tokens.get(end + 1).ner().equals("O")
                    && tokens.get(end + 1).isProperNoun() && !taken[end + 1]) {
                end += 2; // "Laurence des Cars": the tagger stopped the name at its particle
            }
            if (!t.ner().equals("PERSON") && end - start > 1 && (knownPeople.named(texts.subList(start, end)) != null
                    || knownPeople.endsName(texts.subList(start, end)))) {
                person(tokens, texts, s, start, end, groups); // the tagger's organisation "Marine Le Pen" is the woman
                continue;
            }
            if (end - start == 1 && WEB_ADDRESS.matcher(texts.get(start)).matches()) {
                organization(tokens, texts, start, end, groups); // the tagger's place "GunBroker.com" is a company
                continue;
            }
            int titleToken = t.ner().equals("PERSON") ? -1 : lowerCaseTitleInside(texts, start, end);
            if (titleToken >= 0) {
                // "CBS This Morning co-Anchor DeMarco Morgan": the tagger ran a body, a title and the
                // person holding it into one name
                person(tokens, texts, s, titleToken + 1, end, groups);
                end = titleToken;
            }
            switch (t.ner()) {
                case "PERSON" -> person(tokens, texts, s, start, end, groups);
                case "ORGANIZATION" -> {
                    if (end - start == 1 && NameTokens.isHonorific(texts.get(start))) {
                        continue; // the tagger's "Sec." before "John Kerry"
                    }
                    if (titledSurname(tokens, texts, start, end)) {
                        person(tokens, texts, s, start, end, groups); // the tagger's body "Judge Ford" is the judge
                        continue;
                    }
                    String before = start > s.firstToken() ? texts.get(start - 1) : "";
                    if (start > s.firstToken() && !taken[start - 1] && ((NameTokens.isHonorific(before)
                            && !HEADLINE_VERB.matcher(before).matches())
                            || (titleEndsAt(texts, start) && givenNames.isGivenName(texts.get(start))))) {
                        // "Mr. Morgan of the Sierra Club said", "Air Force general Lloyd Newton"
                        person(tokens, texts, s, start, end, groups);
                        continue;
                    }
                    while (end - start > 1 && tokens.get(start).pos().equals("JJ")
                            && Character.isLowerCase(texts.get(start).charAt(0))) {
                        start++; // "The nonpartisan Commission on ...": the adjective is not the name
                    }
                    int acronymStart = NameTokens.acronymStart(tokens, start, end, s);
                    if (acronymStart < start && !anyTaken(taken, acronymStart, start)) {
                        start = acronymStart;
                    }
                    int bodyEnd = NameTokens.bodyNameEnd(tokens, end, s);
                    if (anyTaken(taken, end, bodyEnd)) {
                        bodyEnd = end; // the vocabulary claimed a word of it ("Center for American Progress")
                    }
                    if (bodyEnd > end) {
                        organization(tokens, texts, start, bodyEnd, groups);
                        i = Math.max(i, bodyEnd);
                        continue;
                    }
                    // "U.S. District Judge Emmet" + "G. Sullivan": the given name the tagger put in the body
                    // goes with the person it tagged right after
                    int runOn = NameTokens.personRunEnd(tokens, end, s);
                    int personStart = personAfterTitle(texts, start, end, runOn > end);
                    String word = texts.get(start);
                    boolean surname = end - start == 1 && (knownPeople.isKnownSurname(word) || nameForms.contains(word)
                            || nameForms.stream().anyMatch(n -> NameTokens.oneSlipApart(n, word)))
                            || end - start > 1 && nameForms.contains(String.join(" ", texts.subList(start, end))) // "Van Der Beek said", "Scooter Braun"
                            // "Amelize Joseph loves ..." before "Joseph said": two names whose second the tagger elsewhere calls a person alone
                            // (not "Team Trump", "Camp Harris": a first word the text also writes as a word)
                            || end - start == 2 && CAPITALISED_WORD.matcher(texts.get(start)).matches() && alone.contains(texts.get(end - 1))
                                    && !ORG_HEAD.matcher(texts.get(end - 1)).matches() && !writtenAsWord(texts, texts.get(start));
                    // "LeVell declared" after "Bruce LeVell"; "McLenney said" after "Tyresha McClenney"
                    if (surname || (end - start > 1 && GENERATION.matcher(texts.get(end - 1)).matches())) {
                        // the tagger's "Trump" company is the man; its "Brent Bozell III" organisation too
                        person(tokens, texts, s, start, end, groups);
                    } else if (personStart > start) {
                        // "United Steelworkers Political Director Tim Waters", "CNN's Gloria Borger": a body, a person
                        if (texts.get(personStart - 1).matches("['’]s") && personStart - 1 > start) {
                            organization(tokens, texts, start, personStart - 1, groups);
                        }
                        person(tokens, texts, s, personStart, runOn, groups);
                        i = Math.max(i, runOn);
                    } else {
                        organization(tokens, texts, start, end, groups);
                    }
                }
                case "LOCATION" -> {
                    boolean personsName = end - start == 2 && tokens.get(start).isProperNoun()
                            && !PLACE_PREFIXES.contains(texts.get(start))
                            && (nameForms.contains(texts.get(end - 1)) || alone.contains(texts.get(end - 1)));
                    boolean givenName = end - start == 1 && givenForms.getOrDefault(texts.get(start), end) < start;
                    if (end - start == 1 && (knownPeople.isKnownSurname(texts.get(start)) || nameForms.contains(texts.get(start)))
                            || personsName || givenName) {
                        // the tagger's place "Trump" is the man; its "Neera Tanden", a person "Tanden" later, the
                        // woman; its "Sagufta" after "Sagufta Salma", her again
                        person(tokens, texts, s, start, end, groups);
                    } else {
                        groups.location(text.textOf(start, end - 1), start, end);
                    }
                }
                default -> {
                    if (end - start == 2 && vocab.countries().matchAt(texts, start) != null && demonymOpensName(text, texts, start, s)) {
                        organization(tokens, texts, start, end, groups); // "The American Legion said": the vocabulary left it whole
                        i = Math.max(i, end);
                        continue;
                    }
                    // MISC: nationalities are matched by the vocabulary; other names wait for a use, but
                    // a titled given name and surname is a person: the tagger's "Mayor Bill de Blasio".
                    int name = pastTitles(texts, start, end); // "Supreme Court Justice Anthony Kennedy"
                    boolean titled = name > start || start > s.firstToken() && !taken[start - 1]
                            && (NameTokens.isHonorific(texts.get(start - 1)) || titleEndsAt(texts, start));
                    if (titled && end - name >= 2 && givenNames.isGivenName(texts.get(name)) && tokens.get(end - 1).isProperNoun()) {
                        person(tokens, texts, s, start, end, groups);
                    } else {
                        // "Rockland County Executive Ed Day": a place, a title and the person holding it
                        int personStart = personAfterTitle(texts, start, end, false);
                        if (personStart > start && end - personStart >= 2 && tokens.get(end - 1).isProperNoun()) {
                            person(tokens, texts, s, personStart, end, groups);
                        }
                    }
                }
            }
        }
    }

    /**
     * "Sanders promised ...": a well-known figure's surname standing alone is a person even where
     * the tagger left it unlabelled (a capitalised word inside a longer name is not).
     */
    private void knownSurnames(List<Token> tokens, List<String> texts, Sentence s, EntityGroups groups, boolean[] taken) {
        knownNames(tokens, texts, s, groups, taken);
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            Token t = tokens.get(i);
            boolean alone = standsAlone(tokens, i, s);
            if (t.ner().equals("O") && t.isProperNoun() && alone && !taken[i] && knownPeople.isKnownSurname(t.text())
                    && !NameTokens.isDate(tokens, i)) {
                person(tokens, texts, s, i, i + 1, groups);
            }
        }
    }

    /**
     * '"...," says Early.' after "Chris Early": a surname of the story that is also a word ("Early",
     * "Price", "Long") is the person where it stands capitalised inside a sentence, untagged, right
     * by a verb.
     */
    private void surnamesReadAsWords(List<Token> tokens, List<String> texts, Sentence s, EntityGroups groups, boolean[] taken,
            Set<String> nameForms) {
        if (NameTokens.isTitleCase(tokens, s)) {
            return; // a headline's capitals: "... Says Early Voting ..."
        }
        for (int i = s.firstToken() + 1; i < s.endToken(); i++) {
            Token t = tokens.get(i);
            Token previous = tokens.get(i - 1);
            if (taken[i] || !t.ner().equals("O") || t.isProperNoun() || !nameForms.contains(t.text())
                    || !Character.isUpperCase(t.text().charAt(0)) || previous.pos().equals("``") || previous.isDash()
                    || previous.text().equals(":")) {
                continue; // (not after an opening mark, a dash or a colon, where any word may take a capital)
            }
            int next = i + 1;
            while (next < s.endToken() && tokens.get(next).pos().startsWith("RB")) {
                next++;
            }
            if (previous.isVerb() || next < s.endToken() && tokens.get(next).isVerb()) {
                person(tokens, texts, s, i, i + 1, groups);
            }
        }
    }

    /**
     * "Ban Ki-moon, the globe-trotting secretary general": a known figure's full name the tagger
     * left unlabelled is a person all the same.
     */
    private void knownNames(List<Token> tokens, List<String> texts, Sentence s, EntityGroups groups, boolean[] taken) {
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if (taken[i] || !tokens.get(i).ner().equals("O") || !tokens.get(i).isProperNoun()) {
                continue;
            }
            StringBuilder name = new StringBuilder(texts.get(i));
            for (int j = i + 1; j < s.endToken() && j <= i + 4; j++) {
                Token t = tokens.get(j);
                if (taken[j] || !(t.isProperNoun() || t.pos().equals("HYPH")) || !t.ner().equals("O")) {
                    break;
                }
                name.append(t.start() == tokens.get(j - 1).end() ? "" : " ").append(t.text());
                KnownPeople.Person p = knownPeople.named(List.of(name.toString()));
                if (p != null && p.words().size() == name.toString().split("\\s+").length) {
                    person(tokens, texts, s, i, j + 1, groups);
                    mark(taken, i, j + 1);
                    i = j;
                    break;
                }
            }
        }
    }

    private void person(List<Token> tokens, List<String> texts, Sentence s, int start, int end, EntityGroups groups) {
        // The tagger's span may hold an honorific or a title ("Mr. Obama", "Sen. Warren") and run on
        // past the name ("Morgan of the Sierra Club", a headline's "Christie Calls Clinton"): keep
        // the name, and let the title phrase parser read what stands before it.
        while (start < end - 1 && (NameTokens.isHonorific(texts.get(start)) || vocab.titles().matchAt(texts, start) != null)) {
            start++;
        }
        // "United Steelworkers Political Director Tim Waters": the name starts after the last title
        // the tagger folded into it.
        for (int j = start + 1; j < end - 1; j++) {
            PhraseMatcher.Match<Title> title = vocab.titles().matchAt(texts, j);
            if (title != null && title.end() < end && tokens.get(title.end()).isProperNoun()) {
                start = title.end();
            }
        }
        String lead = tokens.get(start).pos();
        boolean epithet = lead.equals("JJ") || lead.equals("VBN") || lead.equals("VBD") || Parties.named(texts.get(start)) != null;
        // (before a lone given name only a word that is one: "Little Marco", not "Deval Patrick",
        // whose given name the tagger read as an adjective)
        if (end - start >= 2 && epithet && !givenNames.isGivenName(texts.get(start)) && givenNames.isGivenName(texts.get(start + 1))
                && (end - start > 2 || !lead.equals("JJ") || Parties.named(texts.get(start)) != null
                        || EPITHETS.contains(texts.get(start).toLowerCase(Locale.ROOT))
                        || texts.contains(texts.get(start).toLowerCase(Locale.ROOT)))) { // (a word the text also writes in lower case)
            start++; // "Crooked Hillary Clinton", "Little Marco", "Democrat Hillary Clinton": a word before the given name
        }
        if (end - start >= 3 && SERVICES.contains(texts.get(start)) && givenNames.isGivenName(texts.get(start + 1))) {
            start++; // "Marine John Tiegen" served in the Marines; "Marine Le Pen" is a given name
        }
        for (int j = start + 1; j < end; j++) {
            int nickname = NameTokens.nicknameEnd(tokens, j, end);
            if (nickname > 0) {
                j = nickname; // the capitalised word after a nickname is the surname, whatever its tag ("Price")
                continue;
            }
            if (!NameTokens.isNamePart(tokens.get(j)) && !NameTokens.surnameReadAsVerb(tokens, j)) {
                end = j;
                break;
            }
        }
        while (end - start > 2 && POST_NOMINALS.contains(texts.get(end - 1))) {
            end--; // "Judge Neil Ford QC" is Neil Ford
        }
        if (end - start == 1 && (tokens.get(start).text().length() < 2 || vocab.titles().matchAt(texts, start) != null)) {
            return; // "the Head of State" names a title, not a person called Head
        }
        if (end < s.endToken() && GENERATION.matcher(texts.get(end)).matches()) {
            end++; // "Brent Bozell III", whose father "Brent Bozell Jr." may be in the story too
        }
        if (ORG_HEAD.matcher(texts.get(end - 1)).matches() || (end - start >= 2 && TEAM.matcher(texts.get(start)).matches())) {
            // The tagger reads "Clinton Foundation" and "Team Clinton" as people; a word says what they are.
            organization(tokens, texts, start, end, groups);
            return;
        }
        if (end - start >= 2 && PLACE_HEAD.matcher(texts.get(end - 1)).matches()) {
            groups.location(String.join(" ", texts.subList(start, end)), start, end); // the tagger's person "Maricopa County"
            return;
        }
        TitlePhrase phrase = titles.parse(tokens, texts, s.firstToken(), start);
        if (phrase.country() == null) {
            String after = countryAfterName(texts, end, s.endToken());
            if (after != null) {
                phrase = new TitlePhrase(phrase.start(), phrase.titles(), after, phrase.sector(), phrase.head());
            }
        }
        if (start == s.firstToken() || !PLACE_PREPOSITIONS.contains(texts.get(start - 1).toLowerCase(Locale.ROOT))) {
            // not "At a press conference in Chelsea, the mayor said": a place the tagger read as a person
            phrase = withAppositiveTitle(tokens, texts, s, end, phrase);
        }
        phrase = withTitleBeforeComma(tokens, texts, s, start, phrase);
        List<String> nameParts = NameTokens.joinHyphens(NameTokens.nameWords(tokens, start, end));
        String familyName = familyName(tokens, texts, start, end);
        // A given name says the gender only before a family name: a bare "Christie" or "Kelly" is a
        // surname, and "Mark-Viverito" holds no "Mark".
        boolean givenName = end - start >= 2 && !texts.get(start + 1).equals("-");
        GivenNames.Gender gender = givenName ? givenNames.of(texts.get(start)) : null;
        for (int j = phrase.start(); j < start && gender == null; j++) {
            gender = givenNames.of(texts.get(j)); // "Mr.", "Mrs." in the title phrase
        }
        // "her husband, Milton Berg": the relative's word says the gender a name does not; right
        // before the name ("daughter Dylan Farrow") it says it over the name's usual one (but "Along
        // with his wife, Barack Obama" names no wife)
        boolean comma = start >= 2 && texts.get(start - 1).equals(",");
        int relative = comma ? start - 2 : start - 1;
        GivenNames.Gender kin = relative >= s.firstToken() ? RELATIVE_GENDER.get(texts.get(relative).toLowerCase(Locale.ROOT)) : null;
        if (kin != null && (!comma || gender == null)) {
            gender = kin;
        }
        groups.person(nameParts, familyName, NameTokens.nicknames(tokens, start, end), phrase, start, end, gender,
                NameTokens.isTitleCase(tokens, s));
    }

    /**
     * "the Minister of Foreign Affairs of Mali, Seydou Coulibaly", "The President of the Republic,
     * Cheikh Tidiane Mbengue": a title phrase closed by a comma right before the name is the
     * person's, so that "the Malian minister" and "the Head of State" find them later.
     */
    private TitlePhrase withTitleBeforeComma(List<Token> tokens, List<String> texts, Sentence s, int start,
            TitlePhrase phrase) {
        int comma = start - 1;
        if (comma - 1 <= s.firstToken() || !texts.get(comma).equals(",")) {
            return phrase;
        }
        if (!phrase.titles().isEmpty()) {
            String country = phrase.country() != null ? phrase.country()
                    : countryAfterTitle(texts, Math.max(s.firstToken(), comma - 8), comma);
            return new TitlePhrase(phrase.start(), phrase.titles(), country, phrase.sector(), phrase.head());
        }
        TitlePhrase before = titles.parse(tokens, texts, s.firstToken(), comma);
        if (before.titles().isEmpty() || before.start() >= comma) {
            return phrase;
        }
        String country = phrase.country() != null ? phrase.country() : before.country();
        if (country == null) {
            country = countryAfterTitle(texts, before.start(), comma);
        }
        return new TitlePhrase(phrase.start(), before.titles(), country,
                phrase.sector() != null ? phrase.sector() : before.sector(), phrase.head() || before.head());
    }

    /** "Minister of Foreign Affairs of Mali": the country named at the end of a title phrase. */
    private String countryAfterTitle(List<String> texts, int from, int to) {
        for (int j = to - 1; j > from; j--) {
            PhraseMatcher.Match<Vocabulary.CountryRef> c = vocab.countries().matchAt(texts, j);
            if (c != null && c.end() <= to && texts.get(j - 1).equals("of")) {
                return c.value().country().iso3();
            }
        }
        return null;
    }

    /**
     * "David Wasserman, an elections analyst at the Cook Political Report": the title in an
     * appositive is the person's too, so that "the analyst said" later finds him.
     */
    private TitlePhrase withAppositiveTitle(List<Token> tokens, List<String> texts, Sentence s, int end, TitlePhrase phrase) {
        if (end + 2 >= s.endToken() || !texts.get(end).equals(",")) {
            return phrase;
        }
        for (int j = end + 1; j < s.endToken() && j <= end + 6; j++) {
            Token t = tokens.get(j);
            // (nor past a quotation's close: "... beat Hillary Clinton,” the governor said" is another's title)
            if (t.isVerb() || t.pos().equals("IN") || t.text().equals(",") || t.isQuotationMark()) {
                return phrase;
            }
            PhraseMatcher.Match<Title> title = vocab.titles().matchAt(texts, j);
            if (title != null && title.end() <= s.endToken()) {
                int last = title.end();
                boolean closes = last >= s.endToken() || !tokens.get(last).isNoun(); // "a senior aide", not "aide's"
                if (!closes) {
                    continue;
                }
                List<String> titles = new ArrayList<>(phrase.titles());
                titles.add(String.join(" ", texts.subList(j, last)));
                String sector = phrase.sector() != null ? phrase.sector() : title.value().sector();
                return new TitlePhrase(phrase.start(), titles, phrase.country(), sector, phrase.head() || title.value().isHead());
            }
        }
        return phrase;
    }

    /**
     * "Clinton's husband, Bill", "his wife, Jane": a given name alone after a relative of a named
     * person takes that person's surname, which this returns (else null). After "his" or "her" the
     * person is the one last named before it whom the pronoun may fit (the pronouns are resolved
     * only later; this is the reader's first guess, and the name the article would print).
     */
    private String familyName(List<Token> tokens, List<String> texts, int start, int end) {
        if (end - start != 1 || start < 3 || !texts.get(start - 1).equals(",") || !givenNames.isGivenName(texts.get(start))
                || !RELATIVES.contains(texts.get(start - 2).toLowerCase(Locale.ROOT))) {
            return null;
        }
        String owner = texts.get(start - 3).toLowerCase(Locale.ROOT);
        String surname = null;
        if (POSSESSIVE.contains(owner) && start >= 4) {
            surname = texts.get(start - 4);
        } else if (owner.equals("his") || owner.equals("her")) {
            surname = surnameNamedBefore(tokens, start - 3, owner.equals("his") ? GivenNames.Gender.MALE : GivenNames.Gender.FEMALE);
        }
        return surname != null && Character.isUpperCase(surname.charAt(0)) ? surname : null;
    }

    /**
     * The gender of the given name the text wrote earlier before a bare surname at {@code token}
     * ("Hillary Clinton ... Clinton"), or null.
     */
    private GivenNames.Gender genderOfSurname(List<Token> tokens, int token) {
        String surname = tokens.get(token).text();
        for (int k = token - 1; k > 0; k--) {
            if (tokens.get(k).text().equals(surname) && tokens.get(k - 1).ner().equals("PERSON") && tokens.get(k).ner().equals("PERSON")) {
                return givenNames.of(tokens.get(k - 1).text());
            }
        }
        return null;
    }

    /** Whether the text writes this capitalised word in lower case somewhere ("team" of "Team Trump"). */
    private static boolean writtenAsWord(List<String> texts, String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return texts.stream().anyMatch(lower::equals);
    }

    /** Most tokens looked back for the person a possessive pronoun before a relative stands for. */
    private static final int OWNER_LOOK_BACK_TOKENS = 80;

    /** The last word of the person the tagger named last before {@code token} whose given name does not contradict the gender, or null. */
    private String surnameNamedBefore(List<Token> tokens, int token, GivenNames.Gender gender) {
        for (int k = token - 1; k >= 0 && k >= token - OWNER_LOOK_BACK_TOKENS; k--) {
            if (!tokens.get(k).ner().equals("PERSON") || tokens.get(k).text().equals(",")) {
                continue;
            }
            int first = k;
            while (first - 1 >= 0 && tokens.get(first - 1).ner().equals("PERSON")) {
                first--;
            }
            GivenNames.Gender given = first < k ? givenNames.of(tokens.get(first).text()) : genderOfSurname(tokens, first);
            if (given != null && given != gender) {
                k = first;
                continue; // "Donald Trump ... her husband, Bill": not Trump
            }
            return tokens.get(k).text();
        }
        return null;
    }

    private static boolean anyTaken(boolean[] taken, int from, int to) {
        for (int k = from; k < to; k++) {
            if (taken[k]) {
                return true;
            }
        }
        return false;
    }

    /** Whether a title of the vocabulary ends right before this token ("general" before "Lloyd Newton"). */
    private boolean titleEndsAt(List<String> texts, int token) {
        for (int j = Math.max(0, token - 3); j < token; j++) {
            PhraseMatcher.Match<Title> title = vocab.titles().matchAt(texts, j);
            if (title != null && title.end() == token) {
                return true;
            }
        }
        return false;
    }

    private static boolean inNoName(Token t) {
        return t.isFiniteVerb() && !t.pos().equals("MD") && Character.isLowerCase(t.text().charAt(0));
    }

    /** A site's name as its address: "GunBroker.com", "Change.org". */
    private static final Pattern WEB_ADDRESS = Pattern.compile("\\p{L}[\\p{L}\\d-]*\\.(com|org|net|gov|edu|io|co\\.uk)");

    /** "'s", and the bare apostrophe of "Sanders' wife, Jane". */
    private static final Set<String> POSSESSIVE = Set.of("'s", "’s", "'", "’");

    private static final Map<String, GivenNames.Gender> RELATIVE_GENDER = Map.of(
            "husband", GivenNames.Gender.MALE, "wife", GivenNames.Gender.FEMALE, "son", GivenNames.Gender.MALE,
            "daughter", GivenNames.Gender.FEMALE, "brother", GivenNames.Gender.MALE, "sister", GivenNames.Gender.FEMALE,
            "father", GivenNames.Gender.MALE, "mother", GivenNames.Gender.FEMALE, "widow", GivenNames.Gender.FEMALE,
            "widower", GivenNames.Gender.MALE);
    /** Words for a person's family: "Clinton's husband, Bill"; also the roles of a figure's relatives in {@link KnownPeople}. */
    static final Set<String> RELATIVES = RELATIVE_GENDER.keySet();
    /** Words that make a country's adjective a region's: "North American", "Latin American". */
    private static final Set<String> REGION_WORDS = Set.of("North", "South", "Central", "Latin", "Pan", "Anglo");
    /** First words of places named after someone: "Fort Bragg" stays a place when "Bragg" speaks. */
    private static final Set<String> PLACE_PREFIXES = Set.of("Fort", "Port", "Mount", "Mt.", "Lake", "Cape", "Camp",
            "San", "Santa", "Saint", "St.", "New", "North", "South", "East", "West", "Glen", "Point");
    /** Prepositions that put the name after them in a place: "in Chelsea, the mayor said". */
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "outside", "inside", "across");
    /** Adjectives of nicknames given to politicians ("Little Marco", "Sleepy Joe", "Lyin' Ted"). */
    private static final Set<String> EPITHETS = Set.of("little", "crooked", "lyin", "lyin'", "lying", "crazy", "sleepy",
            "mini", "low-energy", "tiny", "sloppy", "goofy", "shifty", "crying", "cryin", "cryin'", "liddle", "dopey", "slippery");
    /** A service member's branch written before the name as a title ("Marine John Tiegen"). */
    private static final Set<String> SERVICES = Set.of("Marine", "Army", "Navy", "Airman", "Soldier", "Sailor");

    /**
     * Where a person's given name follows a title ("United Steelworkers Political Director Tim
     * Waters") or an owner ("CNN's Gloria Borger") inside a tagged organisation, or -1. When the
     * tagger's person follows the organisation, the given name may be the organisation's last word.
     */
    private int personAfterTitle(List<String> texts, int start, int end, boolean nameRunsOn) {
        for (int j = start + 1; j < end - 1; j++) {
            if ((texts.get(j).equals("'s") || texts.get(j).equals("’s")) && givenNames.isGivenName(texts.get(j + 1))) {
                return j + 1;
            }
            PhraseMatcher.Match<Title> title = vocab.titles().matchAt(texts, j);
            if (title == null || title.end() >= end) {
                continue;
            }
            String next = texts.get(title.end());
            // (or a title and two capitalised words closing the span: "Another City Councilor Ely
            // Estante", a given name the list lacks)
            boolean twoWordName = title.end() == end - 2 && texts.subList(end - 2, end).stream().allMatch(w -> CAPITALISED_WORD.matcher(w).matches())
                    && !ORG_HEAD.matcher(texts.get(end - 1)).matches();
            if ((title.end() < end - 1 && givenNames.isGivenName(next)) || twoWordName
                    || (nameRunsOn && title.end() == end - 1 && Character.isUpperCase(next.charAt(0)))) {
                return title.end();
            }
        }
        return -1;
    }

    /**
     * Whether the words are a person's title or honorific and one capitalised word after it:
     * "Judge Ford", "Councilor Estante". A title names no body, so the word is a surname.
     */
    private boolean titledSurname(List<Token> tokens, List<String> texts, int start, int end) {
        int k = pastTitles(texts, start, end);
        return k > start && k == end - 1 && CAPITALISED_WORD.matcher(texts.get(k)).matches() && tokens.get(k).isProperNoun()
                && !ORG_HEAD.matcher(texts.get(k)).matches() && vocab.countries().matchAt(texts, k) == null;
    }

    /** The first token past the honorifics and whole titles opening the words, keeping the last word. */
    private int pastTitles(List<String> texts, int start, int end) {
        int k = start;
        while (k < end - 1) {
            PhraseMatcher.Match<Title> title = vocab.titles().matchAt(texts, k);
            if (NameTokens.isHonorific(texts.get(k))) {
                k++;
            } else if (title != null && title.end() < end) {
                k = title.end();
            } else {
                break;
            }
        }
        return k;
    }

    /** Post-nominal letters after a name: "Neil Ford QC", "Micheál Martin TD". */
    private static final Set<String> POST_NOMINALS = Set.of("QC", "KC", "SC", "MP", "MEP", "MSP", "TD", "OBE", "CBE", "MBE",
            "KBE", "DBE", "PhD", "FRS");

    /** "President Tofig Mammadli of Azerbaijan": the affiliation written after the name. */
    private String countryAfterName(List<String> texts, int end, int sentenceEnd) {
        if (end + 1 >= sentenceEnd || !texts.get(end).equals("of")) {
            return null;
        }
        int q = texts.get(end + 1).equals("the") ? end + 2 : end + 1;
        PhraseMatcher.Match<Vocabulary.CountryRef> c = q < sentenceEnd ? vocab.countries().matchAt(texts, q) : null;
        return c != null && c.value().form() == Vocabulary.CountryForm.NAME ? c.value().country().iso3() : null;
    }

    private void organization(List<Token> tokens, List<String> texts, int start, int end, EntityGroups groups) {
        // "Chairman Joint Chiefs of Staff Committee": the tagger folds a title into the body's name.
        while (start < end) {
            PhraseMatcher.Match<Title> t = vocab.titles().matchAt(texts, start);
            if (t == null) {
                break;
            }
            start = t.end();
        }
        // "VFI Chief Executive, Padraig Cribben, said": a title closing the tagger's body is the role
        // of someone named beside it, not part of the body's name
        for (int j = start + 1; j < end; j++) {
            PhraseMatcher.Match<Title> t = vocab.titles().matchAt(texts, j);
            // (not "Office of the President": a title after "the" or "of" is the body's own word)
            boolean inName = tokens.get(j - 1).pos().equals("DT") || tokens.get(j - 1).pos().equals("IN");
            if (t != null && t.end() == end && !inName && !ORG_HEAD.matcher(texts.get(end - 1)).matches()) {
                end = j;
                break;
            }
        }
        if (start >= end || end - start == 1 && UsStates.builtIn().isDemonym(texts.get(start))) {
            return; // a title alone names no organisation, nor does "the Texan" (a person from a state)
        }
        int nameStart = start;
        while (nameStart < end - 1 && (texts.get(nameStart).equalsIgnoreCase("the") || tokens.get(nameStart).pos().equals("IN")
                || tokens.get(nameStart).pos().equals("CC"))) {
            nameStart++; // "The Wall Street Journal" is "Wall Street Journal"; a sentence's "As Politico" is "Politico"
        }
        String name = String.join(" ", texts.subList(nameStart, end)).replace(" - ", "-");
        String country = null;
        for (int j = Math.max(0, start - 1); j < Math.min(texts.size(), end + 5) && country == null; j++) {
            PhraseMatcher.Match<Vocabulary.CountryRef> c = vocab.countries().matchAt(texts, j);
            boolean inside = j >= start && j < end;
            boolean ofAfter = j >= end && end < texts.size() && texts.get(end).equals("of");
            if (c != null && (inside || ofAfter || j == start - 1)) {
                country = c.value().country().iso3();
            }
        }
        groups.organization(new Organization(name, country, orgSector(name)), start, end);
    }

    private static String orgSector(String name) {
        if (ORG_MEDIA.matcher(name).find()) {
            return "MED";
        }
        if (ORG_MILITARY.matcher(name).find()) {
            return "MIL";
        }
        if (ORG_GOVERNMENT.matcher(name).find()) {
            return "GOV";
        }
        if (ORG_LEGISLATURE.matcher(name).find()) {
            return "LEG";
        }
        return ORG_JUDICIARY.matcher(name).find() ? "JUD" : null;
    }

    /** "the head of state", "The Azerbaijani leader", "the president": resolved to a named person. */
    private void descriptions(AnnotatedText text, Sentence s, List<String> texts, EntityGroups groups) {
        for (int i = s.firstToken(); i < s.endToken(); i++) {
            if (!texts.get(i).toLowerCase(Locale.ROOT).equals("the")) {
                continue;
            }
            int q = i + 1;
            while (q + 1 < s.endToken() && (text.token(q).pos().startsWith("JJ") && vocab.countries().matchAt(texts, q) == null
                    || text.token(q).ner().equals("LOCATION") || Parties.named(texts.get(q)) != null)) {
                q++; // "the independent Vermont senator", "the GOP nominee": adjectives, a state, a party
            }
            String country = null;
            PhraseMatcher.Match<Vocabulary.CountryRef> c = q < s.endToken() ? vocab.countries().matchAt(texts, q) : null;
            if (c != null && c.value().form() == Vocabulary.CountryForm.ADJECTIVE) {
                country = c.value().country().iso3();
                q = c.end();
            }
            PhraseMatcher.Match<Title> t = q < s.endToken() ? vocab.titles().matchAt(texts, q) : null;
            if (t == null && q + 1 < s.endToken() && (text.token(q).pos().equals("NN") && Character.isLowerCase(texts.get(q).charAt(0))
                    || text.token(q).ner().equals("ORGANIZATION"))) {
                // "the city councilor", "the PAHO Director": a noun or a body's name before the title
                // (but "the band leader", "the company president" head no state)
                t = vocab.titles().matchAt(texts, q + 1);
                if (t != null && t.value().rank().equals("head") && !text.token(q).ner().equals("ORGANIZATION")) {
                    t = null;
                }
            }
            if (t == null || t.end() > s.endToken()) {
                continue;
            }
            // "the President Ilham Aliyev" is a titled name, already a mention; in "the Justice
            // Department" the title word names a body.
            if (t.end() < s.endToken() && (text.token(t.end()).ner().equals("PERSON")
                    || text.token(t.end() - 1).isCapitalized() && text.token(t.end()).ner().equals("ORGANIZATION"))) {
                continue;
            }
            boolean former = false;
            for (int k = i + 1; k < q; k++) {
                former |= texts.get(k).equalsIgnoreCase("former");
            }
            groups.description(t.value(), country, i, t.end(), former);
        }
    }

    private static boolean coveredOrPunctuation(List<Token> tokens, boolean[] taken, int start, int end) {
        for (int j = start; j < end; j++) {
            if (!taken[j] && Character.isLetterOrDigit(tokens.get(j).text().charAt(0))) {
                return false;
            }
        }
        return true;
    }

    private static void mark(boolean[] taken, int from, int to) {
        for (int j = from; j < to; j++) {
            taken[j] = true;
        }
    }

    static Span spanOf(AnnotatedText text, int from, int to) {
        return Span.of(text.text(), text.token(from).start(), text.token(to - 1).end());
    }
}
