package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The standfirst: the paragraph in bold or large type between the headline and the article's
 * text that sums the story up. Many sites set it outside the element that holds the paragraphs
 * (in the article's header, beside the headline), so the content area misses it although it is
 * part of the article. It is found by its class ("lead", "intro", "standfirst", "excerpt",
 * "teaser-text", "deck"...) between the headline and the first paragraph of the content area,
 * and kept only when it reads as prose.
 */
final class Standfirst {
    private static final Pattern LEAD = Pattern.compile("(?:^|[\\s-])(?:lead|leadtext|lede|intro|introduction|standfirst"
            + "|excerpt|deck|dek|teaser-?text|summary|subtitle|sub-?headline|abstract|kurztext|vorspann|anriss|bajada"
            + "|chapo|chapeau|sapo|entradilla|article-lead|story-lead|summary-text)(?:$|[\\s-])");
    /** How many blocks before the content area a standfirst may stand when the headline is not found. */
    private static final int NEAR_BLOCKS = 6;
    private static final int MIN_WORDS = 8;
    /** How far above its block a standfirst's class is looked for. */
    private static final int ANCESTOR_LEVELS = 4;
    private static final double MAX_LINK_DENSITY = 0.3;

    private Standfirst() {}

    /**
     * The standfirst's blocks, in order, or none.
     *
     * @param title the page's title, to find the headline among the blocks; may be null
     */
    static List<TextBlock> find(TextBlocks blocks, List<Element> area, String title) {
        int first = Integer.MAX_VALUE;
        for (Element e : area) {
            List<TextBlock> within = blocks.within(e);
            if (!within.isEmpty()) {
                first = Math.min(first, within.get(0).index());
            }
        }
        if (first == Integer.MAX_VALUE) {
            return List.of();
        }
        int from = Math.max(0, first - NEAR_BLOCKS);
        String t = title == null ? null : title.toLowerCase(Locale.ROOT);
        List<TextBlock> all = blocks.all();
        for (int i = first - 1; i >= 0 && t != null; i--) {
            TextBlock b = all.get(i);
            if (b.isHeading() && b.text().toLowerCase(Locale.ROOT).contains(t)) {
                from = i + 1;
                break;
            }
        }
        List<TextBlock> out = new ArrayList<>();
        for (int i = from; i < first; i++) {
            TextBlock b = all.get(i);
            if (isLead(b)) {
                out.add(b);
            }
        }
        return out;
    }

    private static boolean isLead(TextBlock b) {
        if (b.isHeading() && !b.tag().equals("h2") || b.words() < MIN_WORDS || b.linkDensity() > MAX_LINK_DENSITY) {
            return false;
        }
        Element e = b.owner();
        for (int level = 0; e != null && level < ANCESTOR_LEVELS && !e.normalName().equals("body"); level++, e = e.parent()) {
            String names = ClassHints.names(e);
            if (!names.isEmpty() && LEAD.matcher(names).find()) {
                return true;
            }
            if (e.normalName().equals("a") || ClassHints.isNegative(e)) {
                return false;
            }
        }
        return false;
    }
}
