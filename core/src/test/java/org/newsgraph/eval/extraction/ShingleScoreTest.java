package org.newsgraph.eval.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleScoreTest {
    @Test
    void tokensAreRunsOfWordCharactersWithCaseKept() {
        assertEquals(List.of("Bakı", "s", "3", "Über", "a_b"), ShingleScore.tokens("Bakı's 3. Über—a_b!"));
    }

    @Test
    void identicalTextsScoreOneAndAreExact() {
        ShingleScore s = ShingleScore.of("The harbour reopened on Wednesday.", "The harbour reopened on  Wednesday");

        assertEquals(new ShingleScore(2, 0, 0, true), s);
        assertEquals(1.0, s.f1());
    }

    @Test
    void surplusAndMissingShinglesAreCountedWithMultiplicity() {
        // gold: a b c d e -> abcd, bcde; predicted: a b c d x -> abcd, bcdx
        ShingleScore s = ShingleScore.of("a b c d x", "a b c d e");

        assertEquals(1, s.tp());
        assertEquals(1, s.fp());
        assertEquals(1, s.fn());
        assertEquals(0.5, s.precision());
        assertEquals(0.5, s.recall());
        assertFalse(s.exact());
    }

    @Test
    void repeatedShinglesCountOnlyAsOftenAsTheGoldHasThem() {
        ShingleScore s = ShingleScore.of("a b c d a b c d", "a b c d");

        assertEquals(1, s.tp());
        assertEquals(4, s.fp());
    }

    @Test
    void shortTextIsOneShingle() {
        assertEquals(new ShingleScore(1, 0, 0, true), ShingleScore.of("Hello world", "hello, world".replace('h', 'H')));
        assertEquals(new ShingleScore(0, 1, 1, false), ShingleScore.of("Hello world", "Hello there"));
    }

    @Test
    void emptyPredictionHasRecallZeroAndBothEmptyScoreOne() {
        assertEquals(0.0, ShingleScore.of("", "a b c d").recall());
        assertEquals(1.0, ShingleScore.of("", "").precision());
        assertEquals(1.0, ShingleScore.of("...", "").recall());
    }

    @Test
    void tallyAveragesPrecisionOnlyOverPagesWithOutput() {
        ShingleTally t = new ShingleTally();
        t.add("a b c d", "a b c d");
        t.add("a b c d x", "a b c d e");
        t.add("", "a b c d");

        assertEquals((1 + 0.5) / 2, t.precision(), 1e-9);
        assertEquals((1 + 0.5 + 0) / 3, t.recall(), 1e-9);
        assertEquals(2 * 0.75 * 0.5 / 1.25, t.f1(), 1e-9);
        assertEquals(1 / 3.0, t.accuracy(), 1e-9);
        assertTrue(t.pages() == 3);
    }
}
