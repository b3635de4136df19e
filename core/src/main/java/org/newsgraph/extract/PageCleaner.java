package org.newsgraph.extract;

import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Removes from a page what is never article text: scripts and styles, navigation, forms and
 * their controls, embedded frames, what the page hides, and page chrome named by class or id
 * ({@link ChromeFilter}). Headers and footers go unless they hold the article itself (some
 * sites wrap the whole page in one).
 */
final class PageCleaner {
    private static final String NEVER_TEXT = "script, style, noscript, template, svg, iframe, button, select, "
            + "input, textarea, nav, canvas, object, embed, video, audio, map, dialog, menu, [hidden], "
            + "[aria-hidden=true], [role=navigation], [role=complementary], [role=contentinfo]";
    private static final String HIDDEN_STYLE = "[style~=(?i)(display\\s*:\\s*none|visibility\\s*:\\s*hidden)]";
    private static final String CONDITIONAL = "aside, footer, header, form";

    private PageCleaner() {}

    static void clean(Element body) {
        body.select(NEVER_TEXT).remove();
        body.select(HIDDEN_STYLE).remove();
        int pageWords = ChromeFilter.paragraphWords(body);
        Elements maybe = body.select(CONDITIONAL);
        for (Element e : maybe) {
            if (e.parent() != null && ChromeFilter.paragraphWords(e) * 2 <= pageWords) {
                e.remove();
            }
        }
        ChromeFilter.removeChrome(body);
    }
}
