package org.newsgraph.extract;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Removes elements whose class or id names page chrome: share bars, related stories, comments,
 * cookie notices, text-size widgets. Hints are compared with whole class and id tokens, so
 * "shared" or "address" never match "share" or "ads". A wrapper named after its chrome
 * ({@code class="layout with-sidebar"}) is kept when it holds the article: removing it would
 * remove the article with it. Where the page marks no article element, holding most of the
 * page's paragraph text is what shows it, and so inside the marked article; a long comment
 * thread beside the article still goes.
 */
final class ChromeFilter {
    private static final Set<String> HINTS = Set.of("share", "sharing", "social", "related", "recommend",
            "recommended", "comment", "comments", "cookie", "cookies", "consent", "newsletter", "subscribe", "promo",
            "advert", "ad", "ads", "sidebar", "menu", "breadcrumb", "breadcrumbs", "popup", "modal", "banner",
            "fontsize", "textsize", "tags");
    /** Hints written as two tokens: "font-size", "author_bio". */
    private static final Set<String> HINT_PAIRS = Set.of("font size", "text size", "author bio", "more stories");
    private static final Pattern TOKEN_BREAK = Pattern.compile("[\\s_-]+");
    private static final String ARTICLE = "article, main, [itemprop=articleBody]";

    private ChromeFilter() {}

    static void removeChrome(Element body) {
        boolean marked = body.selectFirst(ARTICLE) != null;
        int pageWords = paragraphWords(body);
        for (Element e : body.select("[class], [id]")) {
            if (e.parent() != null && e != body && namesChrome(e) && !holdsArticle(e, marked, pageWords)) {
                e.remove();
            }
        }
    }

    /**
     * A wrapper inside the marked article ("content-with-sidebar") holding most of the text is the
     * article's own layout; one beside it is a comment thread, however long.
     */
    private static boolean holdsArticle(Element e, boolean marked, int pageWords) {
        if (marked && e.selectFirst(ARTICLE) != null) {
            return true;
        }
        boolean inside = !marked || e.closest(ARTICLE) != null;
        return inside && paragraphWords(e) * 2 > pageWords;
    }

    private static boolean namesChrome(Element e) {
        String names = ClassHints.names(e);
        if (names.isEmpty()) {
            return false;
        }
        List<String> tokens = List.of(TOKEN_BREAK.split(names));
        for (int i = 0; i < tokens.size(); i++) {
            if (HINTS.contains(tokens.get(i))
                    || i + 1 < tokens.size() && HINT_PAIRS.contains(tokens.get(i) + " " + tokens.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    static int paragraphWords(Element e) {
        int words = 0;
        for (Element p : e.select("p")) {
            words += PlainTextPageExtractor.words(p.text());
        }
        return words;
    }
}
