package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Span;

class ParagraphsTest {
    @Test
    void blocksBetweenBlankLinesKeepTheirOffsets() {
        String text = "Title line\n\nFirst para\nstill first.  \n \nSecond.\n";
        List<Span> ps = Paragraphs.of(text);
        assertEquals(3, ps.size());
        assertEquals("Title line", text.substring(ps.get(0).start(), ps.get(0).end()));
        assertEquals("First para\nstill first.", text.substring(ps.get(1).start(), ps.get(1).end()));
        assertEquals("Second.", text.substring(ps.get(2).start(), ps.get(2).end()));
    }

    @Test
    void emptyAndBlankTextHaveNoParagraphs() {
        assertEquals(List.of(), Paragraphs.of(""));
        assertEquals(List.of(), Paragraphs.of(" \n\n \t"));
    }
}
