package org.newsgraph.extract;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Removes from a page what is never article text: scripts and styles, navigation, forms and
 * their controls, embedded frames, what the page hides, and page chrome named by class or id
 * ({@link ChromeFilter}). Headers and footers go unless they hold the article itself (some
 * sites wrap the whole page in one) or, for a header, the article's headline.
 */
final class PageCleaner {
    private static final String NEVER_TEXT = "script, style, noscript, template, svg, iframe, button, select, "
            + "input, textarea, nav, canvas, object, embed, video, audio, map, dialog, menu, [hidden], "
            + "[aria-hidden=true], [role=navigation], [role=complementary], [role=contentinfo]";
    private static final String HIDDEN_STYLE = "[style~=(?i)(display\\s*:\\s*none|visibility\\s*:\\s*hidden)]";
    private static final String CONDITIONAL = "aside, footer, header, form";

    private PageCleaner() {}

    /**
     * A {@code <header>} holding a headline that is no logo heads the article, not the page: it
     * holds the standfirst ({@link Standfirst}), and what else is in it (byline, date, share
     * buttons) is never part of the content area anyway.
     */
    private static boolean isArticleHeader(Element e) {
        if (!e.normalName().equals("header")) {
            return false;
        }
        for (Element h : e.getElementsByTag("h1")) {
            if (!h.text().isBlank() && !Headings.isLogo(h, null)) {
                return true;
            }
        }
        return false;
    }

    static void clean(Element body) {
        body.select(NEVER_TEXT).remove();
        body.select(HIDDEN_STYLE).remove();
        int pageWords = ChromeFilter.paragraphWords(body);
        Elements maybe = body.select(CONDITIONAL);
        for (Element e : maybe) {
            if (e.parent() != null && ChromeFilter.paragraphWords(e) * 2 <= pageWords && !isArticleHeader(e)) {
                e.remove();
            }
        }
        ChromeFilter.removeChrome(body);
    }
}
