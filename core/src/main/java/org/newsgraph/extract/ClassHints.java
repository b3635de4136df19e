package org.newsgraph.extract;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * What an element's class and id say about it. Sites name their article wrappers with words such
 * as "article", "story", "content" or "entry", and their chrome with "comment", "share",
 * "sidebar" or "promo"; the words are matched inside names ("post-body", "articleText",
 * "commentlist") because sites glue them together in every way.
 */
final class ClassHints {
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|post|text|blog|story|prose|rich-?text|detail");
    private static final Pattern NEGATIVE = Pattern.compile(
            "comment|disqus|share|sharing|social|sidebar|side-bar|related|recommend|promo|sponsor|advert|^ads?$|"
                    + "-ads?-|\\bads?\\b|banner|footer|masthead|newsletter|subscribe|signup|popup|modal|cookie|"
                    + "consent|gdpr|breadcrumb|pagination|pager|byline|author-?bio|tags?\\b|tagcloud|meta\\b|caption|"
                    + "image-?description|bildunterschrift|credit|outbrain|taboola|trending|most-?(read|popular)|"
                    + "more-?stories|read-?more|toolbar|menu|navbar|nav\\b|skip|print|teaser|rating|shoutbox|skyscraper|"
                    // A sidebar's boxes are "widget ..."; page builders' "elementor-widget" wraps the article itself.
                    + "related|(?:^|\\s)widget|copyright");

    private ClassHints() {}

    /** +25 for a name that suggests article text, -25 for chrome, 0 for both or neither. */
    static int weight(Element e) {
        String names = names(e);
        if (names.isEmpty()) {
            return 0;
        }
        int w = 0;
        if (NEGATIVE.matcher(names).find()) {
            w -= 25;
        }
        if (POSITIVE.matcher(names).find()) {
            w += 25;
        }
        return w;
    }

    static boolean isNegative(Element e) {
        String names = names(e);
        return !names.isEmpty() && NEGATIVE.matcher(names).find() && !POSITIVE.matcher(names).find();
    }

    static String names(Element e) {
        String c = e.attr("class");
        String id = e.id();
        if (c.isEmpty() && id.isEmpty()) {
            return "";
        }
        return (c + " " + id).toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
