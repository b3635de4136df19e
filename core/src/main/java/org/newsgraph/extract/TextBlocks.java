package org.newsgraph.extract;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Cuts a cleaned page into the blocks a reader sees, in document order, and remembers which
 * blocks each element holds, so that the text and link length of any element is a subtraction.
 * Text directly inside a {@code <div>} counts as a paragraph, as many sites write articles with
 * {@code <br>} and no {@code <p>}; two {@code <br>} in a row end a paragraph. The walk is
 * iterative (jsoup's traversor), so deeply nested pages cannot overflow the stack.
 */
final class TextBlocks {
    /** Elements that break the flow of text: what is inside is a block of its own. */
    static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "body", "center",
            "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
            "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "li", "main", "menu", "nav",
            "ol", "p", "pre", "section", "summary", "table", "tbody", "thead", "tfoot", "tr", "td", "th", "ul",
            "caption", "legend", "option", "html", "amp-story", "time-line");

    private final List<TextBlock> blocks = new ArrayList<>();
    private final Map<Element, int[]> ranges = new IdentityHashMap<>();
    private final int[] charsBefore;
    private final int[] linksBefore;

    private TextBlocks(Element root) {
        NodeTraversor.traverse(new Walker(), root);
        charsBefore = new int[blocks.size() + 1];
        linksBefore = new int[blocks.size() + 1];
        for (int i = 0; i < blocks.size(); i++) {
            charsBefore[i + 1] = charsBefore[i] + blocks.get(i).text().length();
            linksBefore[i + 1] = linksBefore[i] + blocks.get(i).linkChars();
        }
    }

    static TextBlocks of(Element root) {
        return new TextBlocks(root);
    }

    List<TextBlock> all() {
        return blocks;
    }

    /** The blocks inside {@code e}, in order. */
    List<TextBlock> within(Element e) {
        int[] r = ranges.get(e);
        return r == null ? List.of() : blocks.subList(r[0], r[1]);
    }

    int chars(Element e) {
        int[] r = ranges.get(e);
        return r == null ? 0 : charsBefore[r[1]] - charsBefore[r[0]];
    }

    double linkDensity(Element e) {
        int[] r = ranges.get(e);
        if (r == null) {
            return 0;
        }
        int chars = charsBefore[r[1]] - charsBefore[r[0]];
        return chars == 0 ? 0 : Math.min(1, (linksBefore[r[1]] - linksBefore[r[0]]) / (double) chars);
    }

    private final class Walker implements NodeVisitor {
        private final StringBuilder text = new StringBuilder();
        private final Deque<Element> open = new ArrayDeque<>();
        private int linkChars;
        private int linkDepth;
        private int breaks;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode t) {
                String s = t.getWholeText();
                if (!s.isBlank()) {
                    breaks = 0;
                }
                text.append(s);
                if (linkDepth > 0) {
                    linkChars += s.strip().length();
                }
                return;
            }
            if (!(node instanceof Element e)) {
                return;
            }
            String tag = e.normalName();
            boolean block = BLOCK_TAGS.contains(tag);
            if (block) {
                // The text before this element belongs to the enclosing block, not to this one.
                flush();
            }
            ranges.put(e, new int[] {blocks.size(), blocks.size()});
            if (tag.equals("br")) {
                if (++breaks >= 2) {
                    flush();
                } else {
                    text.append('\n');
                }
            } else if (tag.equals("a")) {
                linkDepth++;
            } else if (block) {
                open.push(e);
            } else if (tag.equals("img") || tag.equals("input")) {
                text.append(' ');
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (!(node instanceof Element e)) {
                return;
            }
            String tag = e.normalName();
            if (tag.equals("a")) {
                linkDepth--;
            } else if (BLOCK_TAGS.contains(tag)) {
                flush();
                if (!open.isEmpty()) {
                    open.pop();
                }
            } else if (tag.equals("td") || tag.equals("th")) {
                text.append(' ');
            }
            int[] r = ranges.get(e);
            if (r != null) {
                r[1] = blocks.size();
            }
        }

        private void flush() {
            breaks = 0;
            String t = BodyBuilder.normalize(text.toString());
            if (!t.isEmpty() && !open.isEmpty()) {
                blocks.add(new TextBlock(open.peek(), t, Math.min(linkChars, t.length()), blocks.size()));
            }
            text.setLength(0);
            linkChars = 0;
        }
    }
}
