package org.newsgraph.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Span;
import org.newsgraph.testing.TaggedText;
import org.newsgraph.testing.TestVocabulary;

class EntityResolverTest {
    private final EntityResolver resolver = new EntityResolver(TestVocabulary.VOCABULARY);

    private static Entity named(DocumentEntities d, String name) {
        return d.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElse(null);
    }

    private static List<String> mentions(Entity e) {
        return e.mentions().stream().map(Span::text).toList();
    }

    @Test
    void titlePhraseBeforeNameGivesTitleCountryAndSector() {
        DocumentEntities d = resolver.resolve(new TaggedText()
                .sentence("President/NNP of/IN the/DT Republic/NNP of/IN Azerbaijan/NNP Ilham/NNP/PERSON Aliyev/NNP/PERSON "
                        + "met/VBD/meet reporters/NNS ./.")
                .annotated());
        Entity aliyev = named(d, "Ilham Aliyev");
        assertNotNull(aliyev);
        assertEquals(EntityType.PERSON, aliyev.type());
        assertEquals("AZE", aliyev.country());
        assertEquals("GOV", aliyev.sector());
        assertEquals("AZEGOV", aliyev.code());
        assertEquals(List.of("President"), aliyev.titles());
        assertEquals(List.of("President of the Republic of Azerbaijan Ilham Aliyev"), mentions(aliyev));
        assertEquals(List.of("Republic of Azerbaijan"), mentions(named(d, "Azerbaijan")));
    }

    @Test
    void militaryTitleWinsAndCompoundTitleIsKeptWhole() {
        DocumentEntities d = resolver.resolve(new TaggedText()
                .sentence("a/DT delegation/NN led/VBN/lead by/IN Chairman/NNP Joint/NNP/ORGANIZATION Chiefs/NNPS/ORGANIZATION "
                        + "of/IN/ORGANIZATION Staff/NNP/ORGANIZATION Committee/NNP/ORGANIZATION of/IN the/DT Islamic/NNP "
                        + "Republic/NNP of/IN Pakistan/NNP General/NNP Nadeem/NNP/PERSON Raza/NNP/PERSON arrived/VBD/arrive ./.")
                .annotated());
        Entity raza = named(d, "Nadeem Raza");
        assertEquals("PAK", raza.country());
        assertEquals("MIL", raza.sector());
        assertTrue(raza.titles().contains("General"), raza.titles().toString());
        assertTrue(raza.titles().contains("Chairman Joint Chiefs of Staff Committee"), raza.titles().toString());
        assertNull(named(d, "Chairman Joint Chiefs of Staff Committee"), "a title is not an organisation");
        assertEquals(List.of("Islamic Republic of Pakistan"), mentions(named(d, "Pakistan")));
    }

    @Test
    void surnameAndDescriptionsJoinTheNamedPerson() {
        DocumentEntities d = resolver.resolve(new TaggedText()
                .sentence("Azerbaijani/JJ President/NNP Ilham/NNP/PERSON Aliyev/NNP/PERSON spoke/VBD/speak ./.")
                .sentence("President/NNP Aliyev/NNP/PERSON smiled/VBD/smile ./.")
                .sentence("The/DT head/NN of/IN state/NN left/VBD/leave ./.")
                .sentence("The/DT Azerbaijani/JJ leader/NN returned/VBD/return ./.")
                .sentence("The/DT president/NN slept/VBD/sleep ./.")
                .annotated());
        Entity aliyev = named(d, "Ilham Aliyev");
        assertEquals(List.of("Azerbaijani President Ilham Aliyev", "President Aliyev", "The head of state",
                "The Azerbaijani leader", "The president"), mentions(aliyev));
        assertEquals(1, d.entities().stream().filter(e -> e.type() == EntityType.PERSON).count());
    }

    @Test
    void aNameEndingInCountyIsAPlaceWhateverTheTaggerSays() {
        DocumentEntities d = resolver.resolve(new TaggedText()
                .sentence("Maricopa/NNP/PERSON County/NNP/PERSON Sheriff/NNP Joe/NNP/PERSON Arpaio/NNP/PERSON spoke/VBD/speak ./.")
                .annotated());
        assertEquals(EntityType.LOCATION, named(d, "Maricopa County").type());
        assertEquals(EntityType.PERSON, named(d, "Joe Arpaio").type());
    }

    @Test
    void descriptionOfAnotherCountryDoesNotJoinTheWrongPerson() {
        DocumentEntities d = resolver.resolve(new TaggedText()
                .sentence("Azerbaijani/JJ President/NNP Ilham/NNP/PERSON Aliyev/NNP/PERSON spoke/VBD/speak ./.")
                .sentence("The/DT Armenian/JJ president/NN did/VBD/do not/RB ./.")
                .annotated());
        assertEquals(List.of("Azerbaijani President Ilham Aliyev"), mentions(named(d, "Ilham Aliyev")));
    }

    @Test
    void countriesInsideAHyphenatedCompoundAreCountriesNotAPerson() {
        DocumentEntities d = resolver.resolve(new TaggedText()
                .sentence("Azerbaijan/NNP/PERSON -/HYPH/PERSON Pakistan/NNP/PERSON relations/NNS are/VBP/be old/JJ ./.")
                .annotated());
        assertTrue(d.entities().stream().noneMatch(e -> e.type() == EntityType.PERSON), d.entities().toString());
        assertEquals("AZE", named(d, "Azerbaijan").code());
        assertEquals("PAK", named(d, "Pakistan").code());
    }

    @Test
    void acronymsResolveToTheOrganisationsCanonicalName() {
        DocumentEntities d = resolver.resolve(new TaggedText()
                .sentence("We/PRP spoke/VBD/speak at/IN the/DT UN/NNP/ORGANIZATION and/CC the/DT "
                        + "Organization/NNP/ORGANIZATION of/IN/ORGANIZATION Islamic/NNP/ORGANIZATION Cooperation/NNP/ORGANIZATION ./.")
                .annotated());
        Entity un = named(d, "United Nations");
        assertEquals(EntityType.ORGANIZATION, un.type());
        assertEquals(List.of("UN"), mentions(un));
        assertNotNull(named(d, "Organization of Islamic Cooperation"));
    }

    @Test
    void anOutletsShortNameIsTheOutlet() {
        // a newsletter's "[WaPo]" and a story's "The Washington Post" are one speaker
        DocumentEntities d = resolver.resolve(new TaggedText()
                .sentence("The/DT Washington/NNP/ORGANIZATION Post/NNP/ORGANIZATION reported/VBD/report it/PRP ,/, "
                        + "and/CC WaPo/NNP/PERSON said/VBD/say so/RB again/RB ./.")
                .annotated());
        Entity post = named(d, "Washington Post");
        assertEquals(EntityType.ORGANIZATION, post.type());
        assertEquals(List.of("Washington Post", "WaPo"), mentions(post));
    }

    @Test
    void organisationTakesCountryAndSectorFromItsName() {
        DocumentEntities d = resolver.resolve(new TaggedText()
                .sentence("the/DT Moldovan/NNP/ORGANIZATION Border/NNP/ORGANIZATION Police/NNP/ORGANIZATION "
                        + "Army/NNP/ORGANIZATION acted/VBD/act ./.")
                .annotated());
        Entity org = d.entities().stream().filter(e -> e.type() == EntityType.ORGANIZATION).findFirst().orElseThrow();
        assertEquals("MDA", org.country());
        assertEquals("MIL", org.sector());
    }

    @Test
    void taggedPlaceNotInTheVocabularyIsALocation() {
        DocumentEntities d = resolver.resolve(new TaggedText()
                .sentence("the/DT Kashmir/NNP/LOCATION issue/NN ./.")
                .annotated());
        assertEquals(EntityType.LOCATION, named(d, "Kashmir").type());
    }

    @Test
    void capitalStandsForItsCountryAsALocation() {
        DocumentEntities d = resolver.resolve(new TaggedText()
                .sentence("Moscow/NNP/LOCATION said/VBD/say no/UH ./.")
                .annotated());
        Entity moscow = named(d, "Moscow");
        assertEquals(EntityType.LOCATION, moscow.type());
        assertEquals("RUS", moscow.country());
    }

    @Test
    void mentionSpansIndexTheText() {
        var tagged = new TaggedText().sentence("President/NNP Aliyev/NNP/PERSON of/IN Azerbaijan/NNP spoke/VBD/speak ./.");
        String text = tagged.annotated().text();
        DocumentEntities d = resolver.resolve(tagged.annotated());
        for (Entity e : d.entities()) {
            for (Span m : e.mentions()) {
                assertEquals(text.substring(m.start(), m.end()), m.text());
            }
        }
    }

    @Test
    void affiliationAfterTheNameGivesTheCountry() {
        DocumentEntities d = resolver.resolve(new TaggedText()
                .sentence("Prime/NNP Minister/NNP Levan/NNP/PERSON Kiknadze/NNP/PERSON of/IN Georgia/NNP/LOCATION spoke/VBD/speak ./.")
                .sentence("The/DT Georgian/JJ prime/JJ minister/NN left/VBD/leave ./.")
                .annotated());
        Entity k = named(d, "Levan Kiknadze");
        assertEquals("GEO", k.country());
        assertEquals(List.of("Prime Minister Levan Kiknadze", "The Georgian prime minister"), mentions(k));
    }

    @Test
    void titleInAnAppositiveIsThePersonsToo() {
        DocumentEntities d = resolver.resolve(new TaggedText()
                .sentence("David/NNP/PERSON Wasserman/NNP/PERSON ,/, an/DT elections/NNS analyst/NN at/IN the/DT "
                        + "Cook/NNP/ORGANIZATION Report/NNP/ORGANIZATION ,/, spoke/VBD/speak ./.")
                .sentence("The/DT analyst/NN left/VBD/leave ./.")
                .annotated());
        Entity w = named(d, "David Wasserman");
        assertTrue(w.titles().contains("analyst"), w.titles().toString());
        assertEquals(List.of("David Wasserman", "The analyst"), mentions(w));
    }

    @Test
    void aNicknameInMarksStaysOutOfTheName() {
        DocumentEntities d = resolver.resolve(new TaggedText()
                .sentence("Former/JJ Marine/NNP/PERSON John/NNP/PERSON “/`` Tig/NNP/ORGANIZATION ”/'' Tiegen/NNP/PERSON "
                        + "spoke/VBD/speak ./.")
                .sentence("Tiegen/NNP/PERSON left/VBD/leave ./.")
                .annotated());
        Entity t = named(d, "John Tiegen");
        assertNotNull(t, d.entities().toString());
        assertEquals(List.of("John “Tig” Tiegen", "Tiegen"), mentions(t));
        assertNull(named(d, "Tig"), d.entities().toString());
    }

    @Test
    void aPersonGoesByTheNicknameTheArticleUsesMost() {
        DocumentEntities d = resolver.resolve(new TaggedText()
                .sentence("Rep./NNP Robert/NNP/PERSON C./NNP/PERSON \"/`` Bobby/NNP/PERSON \"/'' Scott/NNP/PERSON "
                        + "spoke/VBD/speak ./.")
                .sentence("Bobby/NNP/PERSON Scott/NNP/PERSON left/VBD/leave ./.")
                .sentence("Voters/NNS like/VBP/like Bobby/NNP/PERSON Scott/NNP/PERSON ./.")
                .annotated());
        Entity scott = named(d, "Bobby Scott");
        assertNotNull(scott, d.entities().toString());
        assertEquals(3, scott.mentions().size(), d.entities().toString());
    }

    @Test
    void aShortGivenNameIsTheSamePersonWhoKeepsTheFullGivenName() {
        DocumentEntities d = resolver.resolve(new TaggedText()
                .sentence("Ken/NNP/PERSON Starr/NNP/PERSON spoke/VBD/speak ./.")
                .sentence("Kenneth/NNP/PERSON Starr/NNP/PERSON left/VBD/leave ./.")
                .sentence("Voters/NNS like/VBP/like Ken/NNP/PERSON Starr/NNP/PERSON ./.")
                .sentence("Starr/NNP/PERSON smiled/VBD/smile ./.")
                .annotated());
        Entity starr = named(d, "Kenneth Starr");
        assertNotNull(starr, d.entities().toString());
        assertEquals(4, starr.mentions().size(), d.entities().toString());
        assertNull(named(d, "Ken Starr"), d.entities().toString());
    }

    @Test
    void givenNamesThatOnlyShareLettersAreTwoPeople() {
        DocumentEntities d = resolver.resolve(new TaggedText()
                .sentence("Al/NNP/PERSON Green/NNP/PERSON met/VBD/meet Alan/NNP/PERSON Green/NNP/PERSON ./.")
                .sentence("Dan/NNP/PERSON Moore/NNP/PERSON met/VBD/meet Danielle/NNP/PERSON Moore/NNP/PERSON ./.")
                .sentence("Joe/NNP/PERSON Ray/NNP/PERSON met/VBD/meet Joel/NNP/PERSON Ray/NNP/PERSON ./.")
                .annotated());
        assertNotNull(named(d, "Joe Ray"), "Joel is not Joe's long form: " + d.entities());
        assertNotNull(named(d, "Al Green"), "two letters are not a short name: " + d.entities());
        assertNotNull(named(d, "Dan Moore"), "a man's name is not short for a woman's: " + d.entities());
    }

    @Test
    void aRoyalNamedByGivenNameAloneGoesByTitleAndName() {
        DocumentEntities d = resolver.resolve(new TaggedText()
                .sentence("Prince/NNP Andrew/NNP/PERSON gave/VBD/give an/DT interview/NN ./.")
                .sentence("Andrew/NNP/PERSON said/VBD/say it/PRP went/VBD/go well/RB ./.")
                .annotated());
        Entity andrew = named(d, "Prince Andrew");
        assertNotNull(andrew, d.entities().toString());
        assertEquals(2, andrew.mentions().size(), d.entities().toString());
    }

    @Test
    void aRoyalTitleOfAPhraseNearTheNameIsNotTheirs() {
        DocumentEntities d = resolver.resolve(new TaggedText()
                .sentence("After/IN meeting/VBG/meet the/DT Queen/NNP ,/, Andrew/NNP/PERSON left/VBD/leave ./.")
                .annotated());
        assertNull(named(d, "Queen Andrew"), d.entities().toString());
    }

    @Test
    void aNationalityOpeningATwoWordBodyIsPartOfItsName() {
        DocumentEntities d = resolver.resolve(new TaggedText()
                .sentence("The/DT American/NNP/MISC Legion/NNP/MISC said/VBD/say the/DT veterans/NNS were/VBD/be "
                        + "insulted/VBN/insult ./.")
                .sentence("British/NNP/ORGANIZATION Airways/NNPS/ORGANIZATION said/VBD/say the/DT flights/NNS "
                        + "were/VBD/be late/JJ ./.")
                .sentence("The/DT American/NNP/MISC Revolution/NNP/MISC began/VBD/begin early/RB ./.")
                .annotated());
        assertNotNull(named(d, "American Legion"), d.entities().toString());
        assertNotNull(named(d, "British Airways"), d.entities().toString());
        assertNull(named(d, "American Revolution"), "a name of another kind becomes a body only when it speaks: " + d.entities());
        assertNotNull(named(d, "United States"), "the adjective of the revolution still names the country: " + d.entities());
    }

    @Test
    void aNationalityAndANounThatActAreABody() {
        DocumentEntities d = resolver.resolve(new TaggedText()
                .sentence("The/DT American/NNP/MISC Legion/NNP/MISC has/VBZ/have asked/VBN/ask the/DT campaign/NN "
                        + "to/TO stop/VB ./.")
                .sentence("The/DT Russian/NNP/MISC Revolution/NNP/MISC threatened/VBD/threaten the/DT monarchy/NN ./.")
                .annotated());
        assertNotNull(named(d, "American Legion"), "the subject of \"has asked\" is a body: " + d.entities());
        assertNull(named(d, "Russian Revolution"), "an event that threatens says nothing: " + d.entities());
    }

    @Test
    void aDescriptionDoesNotStandForANameParagraphsAfterIt() {
        DocumentEntities d = resolver.resolve(new TaggedText()
                .sentence("The/DT actor/NN discussed/VBD/discuss history/NN ./.")
                .sentence("The/DT weather/NN was/VBD/be fine/JJ on/IN day/NN 0/CD ./.")
                .sentence("The/DT weather/NN was/VBD/be fine/JJ on/IN day/NN 1/CD ./.")
                .sentence("The/DT weather/NN was/VBD/be fine/JJ on/IN day/NN 2/CD ./.")
                .sentence("The/DT weather/NN was/VBD/be fine/JJ on/IN day/NN 3/CD ./.")
                .sentence("The/DT weather/NN was/VBD/be fine/JJ on/IN day/NN 4/CD ./.")
                .sentence("The/DT weather/NN was/VBD/be fine/JJ on/IN day/NN 5/CD ./.")
                .sentence("The/DT weather/NN was/VBD/be fine/JJ on/IN day/NN 6/CD ./.")
                .sentence("The/DT weather/NN was/VBD/be fine/JJ on/IN day/NN 7/CD ./.")
                .sentence("Actor/NN Michael/NNP/PERSON Jordan/NNP/PERSON starred/VBD/star ./.")
                .annotated());
        Entity jordan = named(d, "Michael Jordan");
        assertNotNull(jordan, d.entities().toString());
        assertEquals(1, jordan.mentions().size(), "no description far before him is his: " + d.entities());
    }

    @Test
    void aGivenNameTheTaggerReadAsAnAdjectiveStaysInTheName() {
        DocumentEntities d = resolver.resolve(new TaggedText()
                .sentence("The/DT hopeful/JJ ,/, Deval/JJ/PERSON Patrick/NNP/PERSON ,/, arrived/VBD/arrive ./.")
                .sentence("He/PRP mocked/VBD/mock Little/JJ/PERSON Marco/NNP/PERSON ./.")
                .annotated());
        assertNotNull(named(d, "Deval Patrick"), d.entities().toString());
        assertNotNull(named(d, "Marco"), "a nickname's adjective is no part of the name: " + d.entities());
    }

    @Test
    void aSurnameOfTwoWordsUsedMostDoesNotReplaceTheFullName() {
        DocumentEntities d = resolver.resolve(new TaggedText()
                .sentence("Marine/NNP/PERSON Le/NNP/PERSON Pen/NNP/PERSON spoke/VBD/speak ./.")
                .sentence("Le/NNP/PERSON Pen/NNP/PERSON left/VBD/leave ./.")
                .sentence("Voters/NNS like/VBP/like Le/NNP/PERSON Pen/NNP/PERSON ./.")
                .annotated());
        assertNotNull(named(d, "Marine Le Pen"), d.entities().toString());
    }

    @Test
    void theSurnameAfterANicknameIsPartOfTheNameWhateverItsTag() {
        DocumentEntities d = resolver.resolve(new TaggedText()
                .sentence("His/PRP$ niece/NN ,/, state/NN Del./NNP Marcia/NNP/PERSON \"/`` Cia/NNP/ORGANIZATION \"/'' Price/NN ,/, "
                        + "shouted/VBD/shout to/IN the/DT crowd/NN ./.")
                .annotated());
        assertNotNull(named(d, "Marcia Price"), d.entities().toString());
    }

    @Test
    void aGivenNameTheTaggerLeftInTheOrganisationJoinsThePersonAfterIt() {
        DocumentEntities d = resolver.resolve(new TaggedText()
                .sentence("The/DT order/NN by/IN District/NNP/ORGANIZATION Judge/NNP/ORGANIZATION Emmet/NNP/ORGANIZATION "
                        + "G./NNP/PERSON Sullivan/NNP/PERSON came/VBD/come ./.")
                .annotated());
        assertNotNull(named(d, "Emmet G. Sullivan"), d.entities().toString());
    }

    @Test
    void anHonorificBeforeTheTaggersOrganisationMakesAPerson() {
        DocumentEntities d = resolver.resolve(new TaggedText()
                .sentence("Peter/NNP/PERSON Morgan/NNP/PERSON ,/, a/DT lawyer/NN ,/, agreed/VBD/agree ./.")
                .sentence("Mr./NNP Morgan/NNP/ORGANIZATION of/IN/ORGANIZATION the/DT/ORGANIZATION Sierra/NNP/ORGANIZATION "
                        + "Club/NNP/ORGANIZATION said/VBD/say so/RB ./.")
                .annotated());
        Entity m = named(d, "Peter Morgan");
        assertEquals(List.of("Peter Morgan", "Mr. Morgan"), mentions(m));
        assertNull(named(d, "Morgan of the Sierra Club"), d.entities().toString());
    }

    @Test
    void anEpithetOrAPartyBeforeTheGivenNameIsNotPartOfIt() {
        DocumentEntities d = resolver.resolve(new TaggedText()
                .sentence("Hillary/NNP/PERSON Clinton/NNP/PERSON spoke/VBD/speak ./.")
                .sentence("He/PRP mocked/VBD/mock Crooked/JJ/PERSON Hillary/NNP/PERSON Clinton/NNP/PERSON ./.")
                .sentence("Democrat/NNP/PERSON Hillary/NNP/PERSON Clinton/NNP/PERSON replied/VBD/reply ./.")
                .annotated());
        Entity h = named(d, "Hillary Clinton");
        assertNotNull(h, d.entities().toString());
        assertEquals(3, h.mentions().size(), h.mentions().toString());
    }

    @Test
    void aPlaceTheTaggerReadAsAPersonTakesNoAppositiveTitle() {
        DocumentEntities d = resolver.resolve(new TaggedText()
                .sentence("Mayor/NNP/PERSON Bill/NNP/PERSON de/NNP/PERSON Blasio/NNP/PERSON spoke/VBD/speak ./.")
                .sentence("At/IN a/DT briefing/NN in/IN Chelsea/NNP/PERSON ,/, the/DT mayor/NN said/VBD/say more/JJR ./.")
                .annotated());
        assertEquals(List.of("Mayor Bill de Blasio", "the mayor"), mentions(named(d, "Bill de Blasio")));
    }

    @Test
    void aWomanOfTheFamilyIsNotTheManNamedBefore() {
        DocumentEntities d = resolver.resolve(new TaggedText()
                .sentence("Mr./NNP Obama/NNP/PERSON spoke/VBD/speak ./.")
                .sentence("Michelle/NNP/PERSON Obama/NNP/PERSON spoke/VBD/speak too/RB ./.")
                .annotated());
        Entity michelle = named(d, "Michelle Obama");
        assertEquals(List.of("Michelle Obama"), mentions(michelle));
    }

    @Test
    void anApostrophesFormDoesNotMakeAnotherPerson() {
        DocumentEntities d = resolver.resolve(new TaggedText()
                .sentence("Commissioner/NNP James/NNP/PERSON O’Neill/NNP/PERSON spoke/VBD/speak ./.")
                .sentence("O'Neill/NNP/PERSON left/VBD/leave ./.")
                .annotated());
        assertEquals(2, named(d, "James O’Neill").mentions().size(), d.entities().toString());
    }

    @Test
    void aBodysNameRunsOnPastTheTaggersSpanAndItsAcronym() {
        DocumentEntities d = resolver.resolve(new TaggedText()
                .sentence("The/DT nonpartisan/JJ/ORGANIZATION Commission/NN/ORGANIZATION on/IN Presidential/NNP "
                        + "Debates/NNPS/PERSON agreed/VBD/agree ./.")
                .sentence("The/DT organizer/NN Alliance/NNP to/TO Reclaim/VB/ORGANIZATION Our/PRP$/ORGANIZATION "
                        + "Schools/NNS/ORGANIZATION (/-LRB- AROS/NNP/ORGANIZATION )/-RRB- spoke/VBD/speak ./.")
                .annotated());
        assertNotNull(named(d, "Commission on Presidential Debates"), d.entities().toString());
        assertNull(named(d, "Debates"), d.entities().toString());
        Entity aros = named(d, "Alliance to Reclaim Our Schools");
        assertEquals(List.of("Alliance to Reclaim Our Schools", "AROS"), mentions(aros));
    }

    @Test
    void aPersonTheTaggerCalledAForeignWordOrAPlaceIsStillAPersonAndAMonthIsNot() {
        DocumentEntities d = resolver.resolve(new TaggedText()
                .sentence("An/DT email/NN from/IN Neera/NNP/LOCATION Tanden/NNP/LOCATION was/VBD/be sent/VBN/send ./.")
                .sentence("In/IN a/DT May/NNP 2012/CD message/NN ,/, Tanden/NNP/PERSON wrote/VBD/write more/JJR ./.")
                .sentence("Rahm/FW/PERSON Emanuel/FW/PERSON replied/VBD/reply ./.")
                .annotated());
        assertEquals(List.of("Neera Tanden", "Tanden"), mentions(named(d, "Neera Tanden")));
        assertNotNull(named(d, "Rahm Emanuel"), d.entities().toString());
        assertNull(named(d, "Theresa May"), "a month, not the prime minister");
    }

    @Test
    void aMisspeltSurnameJoinsThePersonItMisspells() {
        DocumentEntities d = resolver.resolve(new TaggedText()
                .sentence("Tyresha/NNP/PERSON McClenney/NNP/PERSON and/CC Anthony/NNP/PERSON Kiedis/NNP/PERSON spoke/VBD/speak ./.")
                .sentence("McLenney/NNP/ORGANIZATION said/VBD/say more/JJR ./.")
                .sentence("Keidis/NNP/PERSON continued/VBD/continue ./.")
                .annotated());
        assertEquals(List.of("Tyresha McClenney", "McLenney"), mentions(named(d, "Tyresha McClenney")));
        assertEquals(List.of("Anthony Kiedis", "Keidis"), mentions(named(d, "Anthony Kiedis")));
    }

    @Test
    void reviewedEdgesOfTheNameRules() {
        // a title closing the text inside the tagger's organisation throws nothing
        assertNotNull(resolver.resolve(new TaggedText()
                .sentence("Acme/NNP/ORGANIZATION Director/NNP/ORGANIZATION General/NNP/ORGANIZATION").annotated()));
        DocumentEntities d = resolver.resolve(new TaggedText()
                .sentence("Clinton/NNP/PERSON Says/VBZ/say Goldman/NNP/ORGANIZATION Sachs/NNP/ORGANIZATION Paid/VBD/pay "
                        + "Well/RB").paragraph()
                .sentence("Troops/NNS left/VBD/leave Fort/NNP/LOCATION Bragg/NNP/LOCATION ./.")
                .sentence("Bragg/NNP/PERSON said/VBD/say nothing/NN ./.")
                .sentence("He/PRP met/VBD/meet with/IN May/NNP in/IN London/NNP/LOCATION ./.")
                .annotated());
        assertEquals(EntityType.ORGANIZATION, named(d, "Goldman Sachs").type(), "a headline's 'Says' is no honorific");
        Entity fort = named(d, "Fort Bragg");
        assertTrue(fort == null || fort.type() != EntityType.PERSON, "a place named after someone stays a place");
        assertNotNull(named(d, "Theresa May"), "'with May' is the prime minister, not a month");
    }

    @Test
    void aTitledNameTheTaggerCalledMiscIsAPersonButAnUntitledOneIsNot() {
        DocumentEntities d = resolver.resolve(new TaggedText()
                .sentence("Mayor/NNP/MISC Bill/NNP/MISC de/NNP/MISC Blasio/NNP/MISC intervened/VBD/intervene ./.")
                .sentence("de/FW/PERSON Blasio/FW/PERSON tweeted/VBD/tweet ./.")
                .sentence("The/DT Paris/NNP/MISC Agreement/NNP/MISC holds/VBZ/hold ./.")
                .sentence("Supreme/NNP/MISC Court/NNP/MISC Justice/NNP/MISC Tomas/NNP/MISC Veldhuis/NNP/MISC wrote/VBD/write ./.")
                .sentence("Maria/NNP/MISC Ostrander/NNP/MISC Day/NNP/MISC came/VBD/come ./.")
                .annotated());
        assertEquals(List.of("Mayor Bill de Blasio", "de Blasio"), mentions(named(d, "Bill de Blasio")));
        assertNull(named(d, "Paris Agreement"));
        assertNotNull(named(d, "Tomas Veldhuis"), "the whole title is passed, not one word of it");
        assertNull(named(d, "Maria Ostrander Day"), "an untitled name the tagger called MISC waits for a use");
        assertNull(named(d, "Maria Ostrander"), "an untitled name the tagger called MISC waits for a use");
    }

    @Test
    void aLowerCaseVerbOrAClausesOpeningWordIsInNoName() {
        DocumentEntities d = resolver.resolve(new TaggedText()
                .sentence("George/NNP/PERSON Will/NNP/PERSON wrote/VBD/write a/DT column/NN ./.")
                .sentence("While/IN/ORGANIZATION Will/NNP/ORGANIZATION acknowledges/VBZ/ORGANIZATION Trump/NNP/ORGANIZATION "
                        + "'s/POS appeal/NN ,/, he/PRP sees/VBZ/see flaws/NNS ./.")
                .annotated());
        assertEquals(List.of("George Will", "Will"), mentions(named(d, "George Will")));
        assertNotNull(named(d, "Donald Trump"));
        assertTrue(d.entities().stream().noneMatch(e -> e.name().contains("acknowledges")));
    }

    @Test
    void aLowerCaseTitleInsideATaggedNameSplitsTheBodyFromThePerson() {
        DocumentEntities d = resolver.resolve(new TaggedText()
                .sentence("“/`` No/DT ,/, ”/'' said/VBD/say CBS/NNP/ORGANIZATION This/DT/ORGANIZATION Morning/NNP/ORGANIZATION "
                        + "co-Anchor/NN/ORGANIZATION DeMarco/NNP/ORGANIZATION Morgan/NNP/ORGANIZATION ./.")
                .annotated());
        assertEquals(EntityType.PERSON, named(d, "DeMarco Morgan").type());
        assertEquals(EntityType.ORGANIZATION, named(d, "CBS This Morning").type());
    }

    @Test
    void aSurnameOfParticlesTheTaggerCalledABodyIsThePerson() {
        DocumentEntities d = resolver.resolve(new TaggedText()
                .sentence("James/NNP/PERSON Van/NNP/PERSON Der/NNP/PERSON Beek/NNP/PERSON danced/VBD/dance ./.")
                .sentence("Van/NNP/ORGANIZATION Der/NNP/ORGANIZATION Beek/NNP/ORGANIZATION thanked/VBD/thank fans/NNS ./.")
                .annotated());
        assertEquals(List.of("James Van Der Beek", "Van Der Beek"), mentions(named(d, "James Van Der Beek")));
    }

    @Test
    void aCountrysMinistryOrMilitaryIsABodyOfThatCountry() {
        DocumentEntities d = resolver.resolve(new TaggedText()
                .sentence("Russia/NNP/LOCATION 's/POS foreign/JJ ministry/NN said/VBD/say it/PRP regrets/VBZ/regret the/DT move/NN ./.")
                .sentence("The/DT French/JJ/MISC foreign/JJ ministry/NN spokesman/NN spoke/VBD/speak ./.")
                .sentence("The/DT US/NNP/LOCATION military/NN said/VBD/say two/CD died/VBD/die ./.")
                .sentence("Palestinians/NNPS protested/VBD/protest Israeli/JJ/MISC military/JJ policies/NNS ./.")
                .annotated());
        Entity russian = named(d, "Russian Foreign Ministry");
        assertEquals(EntityType.ORGANIZATION, russian.type());
        assertEquals("RUS", russian.country());
        assertEquals("GOV", russian.sector());
        assertNotNull(named(d, "French Foreign Ministry"));
        assertEquals("MIL", named(d, "US Military").sector());
        assertTrue(d.entities().stream().noneMatch(e -> e.name().contains("Israeli")), d.entities().toString());
    }

    @Test
    void aFullNameTheTaggerCallsABodyElsewhereIsThePerson() {
        DocumentEntities d = resolver.resolve(new TaggedText()
                .sentence("A/DT company/NN owned/VBN/own by/IN Scooter/NNP/ORGANIZATION Braun/NNP/ORGANIZATION bought/VBD/buy it/PRP ./.")
                .sentence("Scooter/NNP/PERSON Braun/NNP/PERSON declined/VBD/decline to/TO comment/VB/comment ./.")
                .annotated());
        assertEquals(EntityType.PERSON, named(d, "Scooter Braun").type());
        assertEquals(2, named(d, "Scooter Braun").mentions().size());
    }

    @Test
    void aSurnameThatIsAlsoAWordIsThePersonAfterACommaOrAClosingMark() {
        DocumentEntities d = resolver.resolve(new TaggedText()
                .sentence("Rex/NNP/PERSON Early/RB/PERSON spoke/VBD/speak ./.")
                .sentence("In/IN Iowa/NNP/LOCATION ,/, Early/RB said/VBD/say it/PRP was/VBD/be over/RB ./.")
                .sentence("“/`` Over/RB ,/, ”/'' Early/RB said/VBD/say ./.")
                .annotated());
        assertEquals(List.of("Rex Early", "Early", "Early"), mentions(named(d, "Rex Early")));
    }

    @Test
    void aCountrysBodyTheVocabularyListsIsThatBody() {
        DocumentEntities d = resolver.resolve(new TaggedText()
                .sentence("Russia/NNP/LOCATION 's/POS defence/NN ministry/NN said/VBD/say it/PRP struck/VBD/strike ./.")
                .annotated());
        Entity ministry = named(d, "Russian Ministry of Defence");
        assertEquals("MIL", ministry.sector());
        assertEquals(List.of("Russia's defence ministry"), mentions(ministry));
    }

    @Test
    void aCompanysWordOrNameMakesABodyWhateverTheTaggerSaid() {
        DocumentEntities d = resolver.resolve(new TaggedText()
                .sentence("Dick/NNP/PERSON Clark/NNP/PERSON Productions/NNP/PERSON runs/VBZ/run the/DT show/NN ./.")
                .sentence("Instagram/NNP/PERSON said/VBD/say it/PRP would/MD change/VB/change ./.")
                .annotated());
        assertEquals(EntityType.ORGANIZATION, named(d, "Dick Clark Productions").type());
        assertEquals(EntityType.ORGANIZATION, named(d, "Instagram").type());
        assertEquals("USA", named(d, "Instagram").country());
    }

    @Test
    void aSitesAddressTheTaggerCalledAPlaceIsAnOrganisation() {
        DocumentEntities d = resolver.resolve(new TaggedText()
                .sentence("The/DT website/NN GunBroker.com/NNP/LOCATION said/VBD/say listings/NNS are/VBP/be its/PRP$ users/NNS ./.")
                .annotated());
        assertEquals(EntityType.ORGANIZATION, named(d, "GunBroker.com").type());
    }

    @Test
    void aHeadlinesVerbEndsTheNameTheTaggerRanOverIt() {
        DocumentEntities d = resolver.resolve(new TaggedText()
                .sentence("Selenis/NNP/ORGANIZATION Leyva/NNP/ORGANIZATION Got/VBD/ORGANIZATION Real/JJ/ORGANIZATION "
                        + "About/RB/ORGANIZATION It/PRP ./.")
                .sentence("CNN/NNP/ORGANIZATION Disputes/NNPS/ORGANIZATION Characterization/NN/ORGANIZATION ./.")
                .sentence("Shane/NNP/PERSON Shook/VBD/PERSON ,/, an/DT expert/NN ,/, spoke/VBD/speak ./.")
                .sentence("Black/NNP/ORGANIZATION Lives/NNP/ORGANIZATION Matter/NNP/ORGANIZATION Sends/VBZ/ORGANIZATION "
                        + "Brutal/JJ/ORGANIZATION Message/NN/ORGANIZATION ./.")
                .annotated());
        assertTrue(d.entities().stream().noneMatch(e -> e.name().contains("Got") || e.name().contains("Disputes")
                || e.name().contains("Sends")), d.entities().toString());
        assertNotNull(named(d, "Black Lives Matter"));
        assertNotNull(named(d, "CNN"));
        assertNotNull(named(d, "Shane Shook"));
    }
}
