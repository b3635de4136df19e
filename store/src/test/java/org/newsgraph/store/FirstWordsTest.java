package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FirstWordsTest {
    @Test
    void shortBodiesAreKeptWholeWithSpacesCollapsed() {
        assertEquals("One two three.", FirstWords.of("  One\ttwo\n\nthree.  "));
        assertEquals("", FirstWords.of("   "));
    }

    @Test
    void longBodiesStopAfterTwentyWordsWithAnEllipsis() {
        String body = "w ".repeat(30);
        assertEquals("w ".repeat(20).strip() + " …", FirstWords.of(body));
    }

    @Test
    void anUnbrokenRunOfTextIsCutToABoundedLength() {
        String result = FirstWords.of("x".repeat(5000));
        assertTrue(result.length() <= FirstWords.MAX_CHARS + 1, result);
        assertTrue(result.endsWith("…"));
    }
}
