package org.newsgraph.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class NarratorTest {
    @Test
    void oneNamedAuthorIsTheNarrator() {
        assertEquals("Dinesh D'Souza", Narrator.of("By Dinesh D'Souza"));
        assertEquals("Jane Doe", Narrator.of("Jane Doe, Contributor"));
        assertEquals("Jane Doe", Narrator.of("by Jane Doe | Reuters"));
    }

    @Test
    void noOneOrSeveralIsNoNarrator() {
        assertNull(Narrator.of(null));
        assertNull(Narrator.of("Staff"));
        assertNull(Narrator.of("By Jane Doe and John Roe"));
        assertNull(Narrator.of(""));
    }
}
