package org.newsgraph.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ArticleLinksTest {
    @Test
    void idsBecomeOneEncodedPathSegment() {
        assertEquals("/articles/samples%2Fa.txt", ArticleLinks.page("samples/a.txt"));
        assertEquals("/api/articles/https%3A%2F%2Fx.org%2Fa%3Fb%3D1", ArticleLinks.api("https://x.org/a?b=1"));
        assertEquals("a%20b%2Bc%25d%23e", ArticleLinks.encodeSegment("a b+c%d#e"));
        assertEquals("%C3%BC%F0%9F%98%80", ArticleLinks.encodeSegment("ü😀"));
    }

    @Test
    void dotSegmentsAreEncodedSoNothingResolvesThemAway() {
        assertEquals("%2E%2E", ArticleLinks.encodeSegment(".."));
        assertEquals("%2E", ArticleLinks.encodeSegment("."));
        assertEquals("..a", ArticleLinks.encodeSegment("..a"));
    }
}
