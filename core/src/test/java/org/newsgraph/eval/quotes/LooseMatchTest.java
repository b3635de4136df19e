package org.newsgraph.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Span;

class LooseMatchTest {
    @Test
    void aSnippetInMarksIsPreferredToTheSameWordsInTheWritersProse() {
        String text = "Officials urged people to take responsibility.\n\nTegnell said all must \u201ctake responsibility\u201d now.";
        Span s = LooseMatch.quotation(text, "take responsibility");
        assertEquals(text.indexOf("\u201ctake") + 1, s.start());
    }

    @Test
    void onlyWholeWordsMatchAndTheSourceIsNotInsideTheQuotation() {
        String text = "\u201cI think he is wrong and then some,\u201d he said.";
        Span quote = LooseMatch.quotation(text, "I think");
        Span source = LooseMatch.nearest(text, "he", quote, 400);
        assertEquals(text.lastIndexOf(" he ") + 1, source.start(), "the cue's he, not the quotation's nor then's");
        assertNull(LooseMatch.quotation(text, "hen some"), "no match inside a word");
    }

    @Test
    void dashesEllipsesAndOddSpacesFold() {
        String text = "He said: \u201cWe waited\u2026 and waited \u2014 for\u00ad\u202fnothing.\u201d";
        Span s = LooseMatch.quotation(text, "We waited... and waited - for nothing");
        assertEquals("We waited\u2026 and waited \u2014 for\u00ad\u202fnothing", s.text());
    }
}
