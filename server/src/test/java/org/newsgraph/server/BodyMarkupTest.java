package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.newsgraph.server.BodyMarkup.Mark;

class BodyMarkupTest {
    private static final Pattern TAG = Pattern.compile("<span ([^>]*)>|</span>");

    private static Mark quote(int start, int end) {
        return new Mark(start, end, ArticleMarks.QUOTE_LAYER, "<span class=\"quote\">");
    }

    private static Mark ent(int start, int end, String id) {
        return new Mark(start, end, ArticleMarks.ENTITY_LAYER, "<span class=\"ent\" data-entity=\"" + id + "\">");
    }

    @Test
    void aMentionInsideAQuoteNestsInsideIt() {
        String text = "He said: we agree with Putin today.";
        String html = BodyMarkup.render(text, 0, text.length(), List.of(ent(23, 28, "e1"), quote(9, 34)));
        assertEquals("He said: <span class=\"quote\">we agree with <span class=\"ent\" data-entity=\"e1\">Putin"
                + "</span> today</span>.", html);
    }

    @Test
    void aMentionCrossingTheEndOfAQuoteIsSplitAndStaysWellNested() {
        String text = "ABCDEFGHIJ";
        String html = BodyMarkup.render(text, 0, 10, List.of(quote(0, 6), ent(4, 9, "e1")));
        assertEquals("<span class=\"quote\">ABCD<span class=\"ent\" data-entity=\"e1\">EF</span></span>"
                + "<span class=\"ent\" data-entity=\"e1\">GHI</span>J", html);
        assertWellNested(html);
        assertEquals(text, stripTags(html));
    }

    @Test
    void aQuoteStartingInsideAMentionIsSplitAndStaysWellNested() {
        String text = "ABCDEFGHIJ";
        String html = BodyMarkup.render(text, 0, 10, List.of(ent(1, 5, "e1"), quote(3, 8)));
        assertWellNested(html);
        assertEquals(text, stripTags(html));
        assertEquals("A<span class=\"ent\" data-entity=\"e1\">BC<span class=\"quote\">DE</span></span>"
                + "<span class=\"quote\">FGH</span>IJ", html);
    }

    @Test
    void aQuoteAndAMentionOfTheSameStretchPutTheQuoteOutside() {
        String html = BodyMarkup.render("Putin", 0, 5, List.of(ent(0, 5, "e1"), quote(0, 5)));
        assertEquals("<span class=\"quote\"><span class=\"ent\" data-entity=\"e1\">Putin</span></span>", html);
    }

    @Test
    void marksAreClippedToTheStretchAndThoseOutsideOrEmptyDropped() {
        String text = "First para.\n\nSecond para.";
        List<Mark> marks = List.of(quote(6, 19), ent(11, 13, "gap"), ent(3, 3, "empty"), ent(30, 99, "past"));
        String first = BodyMarkup.render(text, 0, 11, marks);
        String second = BodyMarkup.render(text, 13, text.length(), marks);
        assertEquals("First <span class=\"quote\">para.</span>", first);
        assertEquals("<span class=\"quote\">Second</span> para.", second);
    }

    @Test
    void textIsEscapedInsideAndOutsideMarks() {
        String text = "<b>\"x\" & 'y'</b>";
        String html = BodyMarkup.render(text, 0, text.length(), List.of(quote(3, 6)));
        assertEquals("&lt;b&gt;<span class=\"quote\">&quot;x&quot;</span> &amp; &#39;y&#39;&lt;/b&gt;", html);
    }

    @Test
    void aCutInsideAnEmojiMovesPastIt() {
        String text = "a😀b";
        String html = BodyMarkup.render(text, 0, text.length(), List.of(quote(0, 2)));
        assertEquals("<span class=\"quote\">a😀</span>b", html);
    }

    @Test
    void randomOverlappingMarksAlwaysGiveWellNestedMarkupOfTheSameText() {
        Random random = new Random(42);
        String text = "abcdefghijklmnopqrstuvwxyz0123456789";
        for (int round = 0; round < 500; round++) {
            List<Mark> marks = new java.util.ArrayList<>();
            for (int i = 0, n = random.nextInt(6); i < n; i++) {
                int a = random.nextInt(text.length() + 1);
                int b = random.nextInt(text.length() + 1);
                marks.add(random.nextBoolean() ? quote(Math.min(a, b), Math.max(a, b))
                        : ent(Math.min(a, b), Math.max(a, b), "e" + i));
            }
            String html = BodyMarkup.render(text, 0, text.length(), marks);
            assertWellNested(html);
            assertEquals(text, stripTags(html), html);
        }
    }

    /** Every {@code </span>} closes an open span and none is left open. */
    static void assertWellNested(String html) {
        Deque<String> open = new ArrayDeque<>();
        Matcher m = TAG.matcher(html);
        while (m.find()) {
            if (m.group(1) != null) {
                open.push(m.group(1));
            } else {
                assertTrue(!open.isEmpty(), "close without open in " + html);
                open.pop();
            }
        }
        assertTrue(open.isEmpty(), "unclosed spans in " + html);
    }

    private static String stripTags(String html) {
        return TAG.matcher(html).replaceAll("");
    }
}
