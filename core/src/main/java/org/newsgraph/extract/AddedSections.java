package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops what the site adds to the article. A heading that heads nothing goes: one at the end
 * of the article, or one followed at once by a heading of the same or a higher level
 * ("Inhaltsverzeichnis" before the first section); it titled a box of links or a table of
 * contents that extraction left out, and means nothing without it. A short label ending in a
 * colon ("Kontakt:") counts as a heading at the end. And a section that the site adds to every
 * article goes with its heading: "Explore further", "Über den Autor", "Weitere Informationen",
 * "Auch interessant", "Kontakt", in the languages pages here are written in, up to the next
 * heading of the same or a higher level, when what it heads is short (a biography, an address);
 * when it is long, the article goes on after the box and only the box's heading goes. Last, the
 * lines at the very end that speak for the site rather than tell the story go: calls to subscribe,
 * to follow its channels or get its app, copyright and reprint notices.
 */
final class AddedSections {
    /** Headings of the boxes sites append to articles, compared with the whole heading, case ignored. */
    private static final Pattern END_MATTER = Pattern.compile("(?iu)(?:explore further|more information|further "
            + "information|further reading|about the authors?|related(?: articles| posts| stories| content)?|you may also "
            + "like|you might also like|more stories|read more|read next|see also|also read|contacts?|table of contents|"
            + "share this(?: article)?|follow us|newsletter|recommended(?: for you)?|most read|most popular|"
            + "weitere informationen|weiterführende (?:informationen|links?)|weiterführender link|über den autor|"
            + "über die autorin|zur person|auch interessant|das könnte (?:sie|dich) auch interessieren|ähnliche "
            + "(?:beiträge|artikel)|empfohlene beiträge|verwandte artikel|mehr zum thema|lesen sie auch|lies auch|"
            + "kontakt|ansprechpartner(?:in)?|inhaltsverzeichnis|mehr dazu|à lire aussi|lire aussi|sur le même sujet|"
            + "articles similaires|en savoir plus|te puede interesar|también te puede interesar|noticias relacionadas|"
            + "lee también|más información|contacto|leggi anche|articoli correlati|potrebbe interessarti|"
            + "leia também|veja também|notícias relacionadas|saiba mais)\\s*:?");
    /** A label this short that ends in a colon introduces what follows it, like a heading. */
    private static final int LABEL_WORDS = 4;
    /** What the site says of itself at the end of its articles, in the languages pages here are written in. */
    private static final Pattern PROMOTION = Pattern.compile("(?iu)newsletter|\\bsubscribe\\b|\\bsign(?:ing)? up\\b|"
            + "download (?:the|our) .{0,40}\\bapp\\b|\\btelegram\\b|\\bwhatsapp\\b|copyright|all rights reserved|"
            + "written permission|\\breprint|not responsible for the (?:opinions|content)|letter to the editor|abonnier|"
            + "folgen? (?:sie )?uns|s[íi]guenos|únete|suscr[íi]bete|cancela cuando|melde dich|gefällt (?:dir|ihnen) unser");
    private static final int MAX_PROMOTION_WORDS = 50;
    /** A paragraph this long is the article going on, not a line of a box. */
    private static final int PROSE_WORDS = 20;
    /** A box of links, a biography or a contact address under such a heading is no longer than this. */
    private static final int MAX_BOX_WORDS = 80;

    private AddedSections() {}

    static List<TextBlock> dropped(List<TextBlock> kept) {
        List<TextBlock> out = new ArrayList<>(kept.size());
        for (int i = 0; i < kept.size(); i++) {
            TextBlock b = kept.get(i);
            if (END_MATTER.matcher(b.text()).matches()) {
                int end = endOfSection(kept, i);
                // A short section is the box; a long one is the article going on after a box whose links were dropped.
                if (words(kept, i + 1, end) <= MAX_BOX_WORDS) {
                    i = end - 1;
                }
                continue;
            }
            if (b.isHeading() && i + 1 < kept.size() && kept.get(i + 1).isHeading()
                    && level(kept.get(i + 1)) <= level(b)) {
                continue;
            }
            out.add(b);
        }
        while (!out.isEmpty() && (headsNothingAtEnd(out.get(out.size() - 1)) || isPromotion(out.get(out.size() - 1)))) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static int words(List<TextBlock> blocks, int from, int to) {
        int n = 0;
        for (int i = from; i < to; i++) {
            n += blocks.get(i).words();
        }
        return n;
    }

    /**
     * Where the section that block {@code start} heads ends: at the next heading of the same or a
     * higher level. A label that is no heading ("Leggi anche", "Kontakt:") heads the rest of the
     * article only when that rest is short lines (an address); otherwise it headed a box whose
     * links were dropped, and the article goes on after it.
     */
    private static int endOfSection(List<TextBlock> kept, int start) {
        TextBlock head = kept.get(start);
        int i = start + 1;
        if (head.isHeading()) {
            while (i < kept.size() && !(kept.get(i).isHeading() && level(kept.get(i)) <= level(head))) {
                i++;
            }
            return i;
        }
        for (int j = i; j < kept.size(); j++) {
            if (kept.get(j).isHeading() || kept.get(j).words() >= PROSE_WORDS) {
                return i;
            }
        }
        return kept.size();
    }

    /** A line that speaks for the site; one with quotation marks quotes someone in the story instead. */
    private static boolean isPromotion(TextBlock b) {
        String t = b.text();
        return b.words() <= MAX_PROMOTION_WORDS && PROMOTION.matcher(t).find() && t.indexOf('“') < 0
                && t.indexOf('”') < 0 && t.indexOf('„') < 0 && t.indexOf('"') < 0;
    }

    private static boolean headsNothingAtEnd(TextBlock b) {
        String t = b.text();
        return b.isHeading() || t.endsWith(":") && b.words() <= LABEL_WORDS;
    }

    private static int level(TextBlock b) {
        return b.tag().charAt(1) - '0';
    }
}
