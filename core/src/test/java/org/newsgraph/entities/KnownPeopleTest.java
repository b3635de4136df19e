package org.newsgraph.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.vocab.TsvFile;

class KnownPeopleTest {
    private static TsvFile.Row row(String name, String gender, String roles) {
        return new TsvFile.Row("people.tsv", 1, List.of(name, gender, roles));
    }

    private final KnownPeople people = new KnownPeople(List.of(
            row("Hillary Clinton", "F", "secretary of state|senator"),
            row("Bill Clinton", "M", "president"),
            row("Thomas Perez|Tom Perez", "M", "labor secretary"),
            row("Donald Trump Jr.", "M", "")));

    @Test
    void aBareSurnameMeansTheFirstListedUnlessTheGenderSaysOtherwise() {
        assertEquals("Hillary Clinton", people.bySurname("Clinton", null).name());
        assertEquals("Bill Clinton", people.bySurname("clinton", GivenNames.Gender.MALE).name());
        assertNull(people.bySurname("Sanders", null));
    }

    @Test
    void otherSpellingsAreTheSamePerson() {
        assertEquals("Thomas Perez", people.named(List.of("Tom", "Perez")).name());
        assertEquals(people.named(List.of("Thomas", "Perez")), people.bySurname("Perez", null));
        assertEquals("Hillary Clinton", people.named(List.of("Hillary", "Rodham", "Clinton")).name());
        assertEquals("trump", people.named(List.of("Donald", "Trump", "Jr.")).surname());
    }

    @Test
    void commonSurnamesAreNotKnownSurnames() {
        assertTrue(people.isKnownSurname("Clinton"));
        assertFalse(KnownPeople.builtIn().isKnownSurname("Johnson"));
        assertFalse(people.isKnownSurname("clinton"), "a lower-case word is not a name");
    }

    @Test
    void theBuiltInListLoadsAndKnowsItsRoles() {
        KnownPeople builtIn = KnownPeople.builtIn();
        assertEquals("Marco Rubio", builtIn.bySurname("Rubio", null).name());
        assertTrue(builtIn.bySurname("Rubio", null).roles().contains("senator"));
        assertEquals("Reince Priebus", builtIn.bySurname("Priebus", null).name());
    }

    @Test
    void aLineWithoutGenderNamesItsFileAndLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new KnownPeople(List.of(row("Somebody", "X", ""))));
        assertTrue(e.getMessage().startsWith("people.tsv:1:"), e.getMessage());
    }
}
