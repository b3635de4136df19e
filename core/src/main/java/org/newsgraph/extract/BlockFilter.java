package org.newsgraph.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Decides, block by block inside the article's element, what is article text: not the headline
 * (the title field has it), not the byline or dateline, not a run of links (related stories, tag
 * lists), not the short calls to action that sites put between paragraphs.
 */
final class BlockFilter {
    private static final String BYLINE_ELEMENT = ".byline, .author, [rel=author], [itemprop=author]";
    /** A block this short that holds the byline element is the byline line, not prose naming its author. */
    private static final int BYLINE_BLOCK_WORDS = 12;
    private static final int SHORT_BLOCK_WORDS = 8;
    private static final int CREDIT_WORDS = 30;
    /** Short lines that are the site speaking, not the article: compared with the whole block, case ignored. */
    private static final Pattern CALL_TO_ACTION = Pattern.compile("(?iu)^[\\p{P}\\p{S}\\s]*(?:advertisement|"
            + "anzeige|werbung|publicidad|publicité|read more|read next|read also|see also|more:|related:|"
            + "also read|click here|sign up|subscribe|share this|share on|share|tweet|email|print|comments?|"
            + "continue reading|mehr zum thema|lesen sie auch|weiterlesen|leia também|leia mais|lee también|"
            + "story continues below|scroll to continue|recommended|follow us)\\b.*");

    private final PageMetadata meta;

    BlockFilter(PageMetadata meta) {
        this.meta = meta;
    }

    /** Whether block {@code b}, found inside the article element {@code area}, is article text. */
    boolean keep(TextBlock b, Element area) {
        String text = b.text();
        if (text.isBlank() || b.tag().equals("h1") || isTitle(text) || inChrome(b.owner(), area)) {
            return false;
        }
        if (b.linkDensity() > 0.5 && !(b.text().length() > 300 && b.linkDensity() < 0.8)) {
            return false;
        }
        int words = b.words();
        if (words <= SHORT_BLOCK_WORDS && CALL_TO_ACTION.matcher(text).matches()) {
            return false;
        }
        if (words <= CREDIT_WORDS && text.indexOf('©') >= 0) {
            // A short line with a copyright sign inside the article is a picture's caption and credit.
            return false;
        }
        return !isBylineOrDate(b, words);
    }

    /**
     * Whether an element between the block and the article element is named as chrome or is a
     * picture's caption: such boxes sit inside article bodies ("most read", galleries, credits).
     */
    private static boolean inChrome(Element owner, Element area) {
        for (Element e = owner; e != null && e != area; e = e.parent()) {
            String tag = e.normalName();
            if (tag.equals("figure") || tag.equals("figcaption") || ClassHints.isNegative(e)) {
                return true;
            }
        }
        return false;
    }

    private boolean isTitle(String text) {
        return meta.title() != null && text.strip().equalsIgnoreCase(meta.title());
    }

    /** The byline and dateline that pages print inside the article, above its first paragraph. */
    private boolean isBylineOrDate(TextBlock b, int words) {
        Element owner = b.owner();
        String text = b.text();
        if (words <= BYLINE_BLOCK_WORDS && (owner.is(BYLINE_ELEMENT) || owner.selectFirst(BYLINE_ELEMENT) != null
                || Bylines.isBylineLine(text))) {
            return true;
        }
        if (meta.byline() != null && Bylines.withoutPrefix(text).toLowerCase(Locale.ROOT)
                .equals(meta.byline().toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (words <= BYLINE_BLOCK_WORDS) {
            String times = BodyBuilder.normalize(owner.select("time").text());
            if (!times.isEmpty() && text.equals(times)) {
                return true;
            }
        }
        return DateLine.is(text);
    }
}
