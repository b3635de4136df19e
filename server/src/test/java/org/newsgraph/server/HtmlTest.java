package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HtmlTest {
    @Test
    void escapesMarkupAndBothQuotes() {
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt;", Html.escape("<script>alert(1)</script>"));
        assertEquals("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;", Html.escape("\"><img src=x onerror=alert(1)>"));
        assertEquals("a &amp; b &#39;c&#39;", Html.escape("a & b 'c'"));
    }

    @Test
    void nullIsEmptyAndOtherTextIsKept() {
        assertEquals("", Html.escape(null));
        assertEquals("ünïcödé 中文 😀", Html.escape("ünïcödé 中文 😀"));
        assertEquals("a\uFFFDb", Html.escape("a\u0000b"));
    }
}
