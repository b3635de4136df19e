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
}
