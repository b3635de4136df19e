package org.newsgraph.eval.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class FieldMatchTest {
    @Test
    void titlesMatchIgnoringCaseAndWhiteSpaceButNotASiteSuffix() {
        assertTrue(FieldMatch.title("Harbour  Reopens", "harbour reopens"));
        assertFalse(FieldMatch.title("Harbour reopens | Ledger", "Harbour reopens"));
        assertFalse(FieldMatch.title(null, "Harbour reopens"));
    }

    @Test
    void authorsMatchInAnyOrderWithAnySeparator() {
        assertTrue(FieldMatch.author("Ann Smith and Bo Lee", "Bo Lee, Ann Smith"));
        assertTrue(FieldMatch.author("AFP / The Local", "AFP/The Local"));
        assertFalse(FieldMatch.author("Ann Smith", "Ann Smith, Bo Lee"));
    }

    @Test
    void datesMatchOnTheDay() {
        assertTrue(FieldMatch.date(LocalDate.of(2021, 3, 3), LocalDate.of(2021, 3, 3)));
        assertFalse(FieldMatch.date(null, LocalDate.of(2021, 3, 3)));
    }

    @Test
    void tallyCountsOnlyPagesWithGold() {
        FieldTally t = new FieldTally();
        t.add(true, true);
        t.add(true, false);
        t.add(false, true);

        assertEquals(2, t.gold());
        assertEquals(0.5, t.accuracy());
    }
}
