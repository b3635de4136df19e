package org.newsgraph.eval.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Span;

class QuoteScorerTest {
    private static final String TEXT = "“We will win,” Trump said. Clinton said the plan was bad. “Nothing more,” she added.";

    private static Span span(String s) {
        int i = TEXT.indexOf(s);
        return Span.of(TEXT, i, i + s.length());
    }

    private static GoldAttribution gold(String content, String cue, String source, boolean marks, String speaker) {
        // a whole quote when its content opens with a mark ("“We will win,”"), a phrase otherwise
        return new GoldAttribution("g", List.of(span(content)), List.of(span(cue)), List.of(span(source)), marks,
                marks && content.startsWith("“"), speaker);
    }

    private static Quote predicted(String content, String cue, String source, String speaker) {
        Span c = span(content);
        return new Quote(content, c.start(), c.end(), Quote.QuoteKind.direct,
                speaker == null ? null : new Quote.Speaker("e1", speaker), source == null ? null : span(source),
                cue == null ? null : span(cue));
    }

    @Test
    void hitsNeedMoreThanHalfOfTheGoldContentAndCountCueSourceAndSpeaker() {
        GoldDocument doc = new GoldDocument("d", TEXT, List.of(
                gold("“We will win,”", "said", "Trump", true, "Donald Trump"),
                gold("the plan was bad", "said", "Clinton", false, null),
                gold("“Nothing more,”", "added", "she", true, "Hillary Clinton")));
        QuoteScorer scorer = new QuoteScorer();
        scorer.add(doc, List.of(
                predicted("We will win,", "said", "Trump", "Donald Trump"),
                predicted("Nothing", "added", "she", "Hillary Clinton"), // covers under half: a miss
                predicted("Trump said", null, null, null)));             // no gold there: a false positive
        QuoteScorer.Counts marked = scorer.withQuoteMarks();
        assertEquals(1, marked.hits());
        assertEquals(2, marked.gold());
        assertEquals(0.5, marked.recall(), 1e-9);
        assertEquals(1.0, marked.cueAccuracy(), 1e-9);
        assertEquals(1.0, marked.sourceExactAccuracy(), 1e-9);
        // Both marked gold quotes name a speaker; the missed one counts as a speaker not found.
        assertEquals(2, marked.speakerGold());
        assertEquals(0.5, marked.speakerAccuracy(), 1e-9);
        assertEquals(2, marked.wholeQuoteSpeakerGold());
        assertEquals(0.5, marked.wholeQuoteSpeakerAccuracy(), 1e-9);
        QuoteScorer.Counts all = scorer.allAttributions();
        assertEquals(3, all.predicted());
        assertEquals(3, all.gold());
        assertEquals(1, all.hits());
    }

    @Test
    void eachSideMatchesAtMostOnce() {
        GoldDocument doc = new GoldDocument("d", TEXT, List.of(gold("“We will win,”", "said", "Trump", true, null)));
        QuoteScorer scorer = new QuoteScorer();
        scorer.add(doc, List.of(predicted("We will win,", "said", "Trump", null), predicted("We will win", null, null, null)));
        assertEquals(1, scorer.withQuoteMarks().hits());
        assertEquals(0.5, scorer.withQuoteMarks().precision(), 1e-9);
    }

    @Test
    void aClauseHoldingTwoQuotationsNamesTheSpeakerOfBothButHitsOnlyOne() {
        String text = "Begala said the mayor must “push past the attacks” and “not get bogged down.”";
        GoldDocument doc = new GoldDocument("d", text, List.of(
                new GoldAttribution("g1", List.of(spanIn(text, "push past the attacks")), List.of(), List.of(), true, false, "Paul Begala"),
                new GoldAttribution("g2", List.of(spanIn(text, "not get bogged down.")), List.of(), List.of(), true, false, "Paul Begala")));
        Span clause = spanIn(text, "the mayor must “push past the attacks” and “not get bogged down.”");
        QuoteScorer scorer = new QuoteScorer();
        scorer.add(doc, List.of(new Quote(clause.text(), clause.start(), clause.end(), Quote.QuoteKind.indirect,
                new Quote.Speaker("e1", "Paul Begala"), spanIn(text, "Begala"), spanIn(text, "said"))));
        QuoteScorer.Counts marked = scorer.withQuoteMarks();
        assertEquals(1, marked.hits(), "one prediction is one hit");
        assertEquals(1.0, marked.speakerAccuracy(), 1e-9, "both quotations are attributed to Begala by the clause");
        assertEquals(0.5, marked.speakerAccuracyOnePerPrediction(), 1e-9);
    }

    private static Span spanIn(String text, String s) {
        int i = text.indexOf(s);
        return Span.of(text, i, i + s.length());
    }

    @Test
    void namesMatchIgnoringCaseAndMiddleParts() {
        assertTrue(QuoteScorer.sameName("Hillary Clinton", "hillary clinton"));
        assertTrue(QuoteScorer.sameName("Hillary Rodham Clinton", "Hillary Clinton"));
        assertFalse(QuoteScorer.sameName("Hillary Clinton", "Clinton"));
        assertTrue(QuoteScorer.sameName("Azucena González", "Azucena Gonzàlez"), "accents are not the name");
        assertTrue(QuoteScorer.sameName("FBI", "Federal Bureau of Investigation"));
        assertFalse(QuoteScorer.sameName("FBI", "Federal Reserve"));
        assertFalse(QuoteScorer.sameName("Bill Clinton", "Hillary Clinton"));
        assertTrue(QuoteScorer.sameName("The Idle Hour", "Idle Hour"), "an article opening a body's name is not the name");
        assertFalse(QuoteScorer.sameName("The", "Idle Hour"));
    }

    @Test
    void readerNamesTheLineOfABadSpan(@TempDir Path dir) throws IOException {
        Path ok = Files.writeString(dir.resolve("ok.jsonl"), "{\"doc_id\": \"d\", \"text\": \"He said so.\", \"quotes\": "
                + "[{\"id\": \"q\", \"cue\": [{\"start\": 3, \"end\": 7}], \"sources\": [{\"start\": 0, \"end\": 2}], "
                + "\"contents\": [{\"start\": 8, \"end\": 10}], \"has_quote_marks\": false, \"pure_direct\": true, "
                + "\"speaker\": \"Al Smith\"}]}\n");
        List<GoldDocument> docs = new PolnearReader().read(ok);
        assertEquals("said", docs.get(0).attributions().get(0).cues().get(0).text());
        assertTrue(docs.get(0).attributions().get(0).wholeQuote());
        assertEquals("Al Smith", docs.get(0).attributions().get(0).speaker());
        Path bad = Files.writeString(dir.resolve("bad.jsonl"), "\n{\"text\": \"short\", \"quotes\": [{\"contents\": "
                + "[{\"start\": 0, \"end\": 99}]}]}\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new PolnearReader().read(bad));
        assertTrue(e.getMessage().contains("bad.jsonl:2"), e.getMessage());
    }
}
