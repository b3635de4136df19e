package org.newsgraph.extract;

import org.jsoup.nodes.Element;

/**
 * A run of text that a browser would show as one block: a paragraph, a heading, a list item, or
 * the loose text of a {@code <div>} between its child blocks. Internal to extraction (it holds
 * the jsoup element the text sits in, which never leaves this package).
 *
 * @param owner     the nearest block-level element around the text
 * @param text      the text with white space folded
 * @param linkChars how many of its characters are inside links
 * @param index     position in document order
 */
record TextBlock(Element owner, String text, int linkChars, int index) {

    double linkDensity() {
        return text.isEmpty() ? 0 : Math.min(1, linkChars / (double) text.length());
    }

    String tag() {
        return owner.normalName();
    }

    boolean isHeading() {
        String t = tag();
        return t.length() == 2 && t.charAt(0) == 'h' && t.charAt(1) >= '1' && t.charAt(1) <= '6';
    }

    int words() {
        return PlainTextPageExtractor.words(text);
    }
}
