package org.newsgraph.eval.extraction;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SnippetScoreTest {
    @Test
    void foundWithSnippetsAreTruePositivesAndFoundWithoutSnippetsFalsePositives() {
        SnippetScore s = SnippetScore.of("The harbour reopened.\n\nShare this story", List.of("harbour reopened", "storm"),
                List.of("Share this", "Most read"));

        assertEquals(new SnippetScore(1, 1, 1, 1), s);
        assertEquals(0.5, s.f());
    }

    @Test
    void whiteSpaceIsCollapsedOnBothSides() {
        SnippetScore s = SnippetScore.of("two\n\nparagraphs   here", List.of("two paragraphs\nhere"), List.of());

        assertEquals(1, s.tp());
    }

    @Test
    void canonicallyEquivalentTextMatches() {
        // "é" written as one code point in the body and as e + combining accent in the gold.
        SnippetScore s = SnippetScore.of("caf\u00e9 ouvert", List.of("cafe\u0301 ouvert"), List.of());

        assertEquals(1, s.tp());
    }

    @Test
    void tallySumsCountsBeforeComputingTheMetric() {
        SnippetTally t = new SnippetTally();
        t.add(new SnippetScore(3, 0, 0, 3));
        t.add(new SnippetScore(0, 3, 1, 2));

        assertEquals(3 / 4.0, t.precision(), 1e-9);
        assertEquals(3 / 6.0, t.recall(), 1e-9);
        assertEquals(6 / 10.0, t.f(), 1e-9);
        assertEquals(8 / 12.0, t.accuracy(), 1e-9);
    }
}
