package org.newsgraph.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class GivenNamesTest {
    private final GivenNames names = new GivenNames();

    @Test
    void namesAndHonorificsMarkAGender() {
        assertEquals(GivenNames.Gender.FEMALE, names.of("Hillary"));
        assertEquals(GivenNames.Gender.MALE, names.of("Mr."));
        assertEquals(GivenNames.Gender.FEMALE, names.of("Ms"));
    }

    @Test
    void accentsInTheArticleMatchTheFilesPlainSpelling() {
        assertEquals(GivenNames.Gender.MALE, names.of("Jürgen"));
        assertEquals(GivenNames.Gender.FEMALE, names.of("FRANÇOISE"));
    }

    @Test
    void namesBothGendersBearGiveNoAnswer() {
        assertNull(names.of("Jordan"));
        assertNull(names.of("Guadalupe"));
    }
}
