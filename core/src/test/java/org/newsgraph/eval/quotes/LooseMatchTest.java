package org.newsgraph.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Span;

class LooseMatchTest {
    @Test
    void aSnippetInMarksIsPreferredToTheSameWordsInTheWritersProse() {
        String text = "Officials urged people to take responsibility.\n\nTegnell said all must \u201ctake responsibility\u201d now.";
        Span s = LooseMatch.quotation(text, "take responsibility", "", 400);
        assertEquals(text.indexOf("\u201ctake") + 1, s.start());
        String owner = "The players' take responsibility pledge held.\n\nHe said \"take responsibility\" twice.";
        assertEquals(owner.indexOf("\"take") + 1, LooseMatch.quotation(owner, "take responsibility", "", 400).start(),
                "an owner's apostrophe opens nothing");
        String closed = "\u201cWe are done.\u201d Take responsibility, officials urged.\n\nShe wants \u201ctake responsibility\u201d rules.";
        assertEquals(closed.lastIndexOf("take responsibility"), LooseMatch.quotation(closed, "take responsibility", "", 400).start(),
                "a closing mark before the words opens nothing");
    }

    @Test
    void ofTwoOccurrencesInMarksTheOneNearItsSourceWins() {
        String text = "\u201cIt was outrageous,\u201d Malinowski said.\n\nThe ruling was \u201coutrageous,\u201d Eric Lewis said.";
        assertEquals(text.lastIndexOf("outrageous"), LooseMatch.quotation(text, "outrageous", "Eric Lewis", 60).start());
    }

    @Test
    void aSourceAfterASingleQuotedOrClosedSnippetIsFound() {
        String single = "\u2018We will be back,\u2019 Pollard said.";
        Span quote = LooseMatch.quotation(single, "We will be back", "", 400);
        assertEquals(single.indexOf("Pollard"), LooseMatch.nearest(single, "Pollard", quote, 400).start());
        String twice = "\u201cWe will be back,\u201d he said. \u201cWe promise.\u201d";
        Span withMark = LooseMatch.quotation(twice, "We will be back,\"", "", 400);
        assertEquals(twice.indexOf(" he ") + 1, LooseMatch.nearest(twice, "he", withMark, 400).start(),
                "a snippet ending in its closing mark closes there");
    }

    @Test
    void onlyWholeWordsMatchAndTheSourceIsNotInsideTheQuotation() {
        String text = "\u201cI think he is wrong and then some,\u201d he said.";
        Span quote = LooseMatch.quotation(text, "I think", "", 400);
        Span source = LooseMatch.nearest(text, "he", quote, 400);
        assertEquals(text.lastIndexOf(" he ") + 1, source.start(), "the cue's he, not the quotation's nor then's");
        assertNull(LooseMatch.quotation(text, "hen some", "", 400), "no match inside a word at its start");
        assertNull(LooseMatch.quotation(text, "I thin", "", 400), "nor at its end");
        assertNull(LooseMatch.quotation("Ge\u00ADneva talks", "neva talks", "", 400), "a soft hyphen does not split a word");
    }

    @Test
    void dashesEllipsesAndOddSpacesFold() {
        String text = "He said: \u201cWe waited\u2026 and waited \u2014 for\u00ad\u202fnothing.\u201d";
        Span s = LooseMatch.quotation(text, "We waited... and waited - for nothing", "", 400);
        assertEquals("We waited\u2026 and waited \u2014 for\u00ad\u202fnothing", s.text());
        assertEquals("Well\u2026", LooseMatch.quotation("\u201cWell\u2026", "Well...", "", 400).text(), "an ellipsis as three dots");
    }
}
