package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Finds the element that holds the article, by letting every paragraph vote for the elements
 * around it: a paragraph's weight grows with its length and its commas (prose has commas, menus
 * do not); its parent takes the whole weight, its grandparent half, and elements further up less.
 * An element's total is then raised or lowered by what its tag and its class/id names suggest
 * and cut by the share of its text that is links. Elements beside the winner that look like more
 * of the same (a second column of paragraphs) join it.
 */
final class ContentArea {
    /** Paragraphs shorter than this are captions, buttons or labels and do not vote. */
    private static final int MIN_VOTING_CHARS = 25;
    private static final int ANCESTOR_LEVELS = 5;

    private ContentArea() {}

    /** The elements whose blocks make the article, in document order; empty if the page has no prose. */
    static List<Element> find(Element body, TextBlocks blocks) {
        Map<Element, Double> scores = new IdentityHashMap<>();
        for (TextBlock b : blocks.all()) {
            if (b.text().length() < MIN_VOTING_CHARS || b.isHeading()) {
                continue;
            }
            double vote = 1 + commas(b.text()) + Math.min(3, b.text().length() / 100.0);
            Element voter = b.owner();
            // A loose run of text inside a <div> votes as if it were a <p> inside that div.
            Element a = isParagraphLike(voter) ? voter.parent() : voter;
            for (int level = 0; a != null && level < ANCESTOR_LEVELS; level++, a = a.parent()) {
                double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
                Element candidate = a;
                scores.computeIfAbsent(candidate, ContentArea::initialScore);
                scores.merge(candidate, vote * share, Double::sum);
                if (a == body) {
                    break;
                }
            }
        }
        Element top = null;
        double topScore = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double s = e.getValue() * (1 - blocks.linkDensity(e.getKey()));
            e.setValue(s);
            if (s > topScore) {
                topScore = s;
                top = e.getKey();
            }
        }
        if (top == null) {
            return List.of();
        }
        top = widen(top, topScore, scores, body);
        return withSiblings(top, scores.getOrDefault(top, topScore), scores, blocks);
    }

    /**
     * Climbs from the winner while its parent holds other strong candidates too: an article split
     * into several containers (text, then a "continued" box) is one article.
     */
    private static Element widen(Element top, double topScore, Map<Element, Double> scores, Element body) {
        List<Element> strong = new ArrayList<>();
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            if (e.getKey() != top && e.getValue() >= topScore * 0.75) {
                strong.add(e.getKey());
            }
        }
        Element p = top.parent();
        for (int i = 0; p != null && p != body && i < 3; i++, p = p.parent()) {
            int inside = 0;
            for (Element s : strong) {
                if (s != p && s.parents().contains(p) && !top.parents().contains(s) && !s.parents().contains(top)) {
                    inside++;
                }
            }
            if (inside >= 2) {
                top = p;
            }
        }
        return top;
    }

    private static List<Element> withSiblings(Element top, double topScore, Map<Element, Double> scores,
            TextBlocks blocks) {
        Element parent = top.parent();
        if (parent == null) {
            return List.of(top);
        }
        double threshold = Math.max(10, topScore * 0.2);
        List<Element> out = new ArrayList<>();
        for (Element sibling : parent.children()) {
            if (sibling == top) {
                out.add(sibling);
                continue;
            }
            Double s = scores.get(sibling);
            boolean join = s != null && s >= threshold && sameKind(sibling, top);
            if (!join && sibling.normalName().equals("p")) {
                String text = sibling.text();
                double links = blocks.linkDensity(sibling);
                join = text.length() > 80 && links < 0.25
                        || text.length() > 0 && links == 0 && text.matches("(?s).*[.!?]\\s*$") && text.length() > 20;
            }
            if (join) {
                out.add(sibling);
            }
        }
        return out;
    }

    private static boolean sameKind(Element sibling, Element top) {
        return !ClassHints.isNegative(sibling);
    }

    static boolean isParagraphLike(Element e) {
        String t = e.normalName();
        return t.equals("p") || t.equals("pre") || t.equals("td") || t.equals("blockquote") || t.equals("li")
                || t.equals("dd") || t.equals("div") && !hasBlockChild(e) || t.equals("section") && !hasBlockChild(e);
    }

    private static boolean hasBlockChild(Element e) {
        for (Element c : e.children()) {
            if (TextBlocks.BLOCK_TAGS.contains(c.normalName())) {
                return true;
            }
        }
        return false;
    }

    private static double initialScore(Element e) {
        double s = switch (e.normalName()) {
            case "article" -> 10;
            case "div", "main", "section" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        if (e.hasAttr("itemprop") && e.attr("itemprop").contains("articleBody")) {
            s += 30;
        }
        return s + ClassHints.weight(e);
    }

    private static int commas(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == '，' || c == '、' || c == '،') {
                n++;
            }
        }
        return n;
    }
}
