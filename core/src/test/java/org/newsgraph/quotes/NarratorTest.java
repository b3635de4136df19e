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

    @Test
    void aBookExcerptsNoteNamesTheNarratorWhenNoBylineDoes() {
        String body = "Stealing America, Part 3.\n\nEditor’s Note: The following is part 3 of 3 exclusive excerpts from "
                + "bestselling author Dinesh D’Souza’s new book, Stealing America. Read part 1 here.\n\nThen I spoke.";
        assertEquals("Dinesh D’Souza", Narrator.of(null, body));
        assertEquals("Jane Doe", Narrator.of("By Jane Doe", body), "the byline comes first");
        assertNull(Narrator.of(null, "Stealing America, a new book, is out. I read it."));
    }
}
