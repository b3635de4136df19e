package org.newsgraph.extract;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's {@code <meta>} tags by name, read in one pass: the readers of title, author and date
 * ask for some fifty names, and a search of the whole page for each would cost more than all the
 * rest of the metadata. A tag counts under its {@code property} and {@code name}, case ignored;
 * the first tag of a name wins, as a browser's {@code querySelector} would have it. Dates are also
 * looked up under {@code itemprop} and {@code http-equiv}; authors are not, as microdata puts
 * {@code itemprop="author"} on the authors of every work an article cites.
 */
final class MetaTags {
    private static final String[] NAMES = {"property", "name"};
    private static final String[] OTHER_NAMES = {"itemprop", "http-equiv"};
    private final Map<String, String> named = new HashMap<>();
    private final Map<String, String> any = new HashMap<>();

    MetaTags(Document doc) {
        for (Element e : doc.getElementsByTag("meta")) {
            if (!e.hasAttr("content")) {
                continue;
            }
            for (String k : NAMES) {
                put(e, k, named);
                put(e, k, any);
            }
            for (String k : OTHER_NAMES) {
                put(e, k, any);
            }
        }
    }

    private static void put(Element e, String key, Map<String, String> to) {
        String v = e.attr(key);
        if (!v.isEmpty()) {
            to.putIfAbsent(v.strip().toLowerCase(Locale.ROOT), e.attr("content"));
        }
    }

    /** The content of the first tag with that {@code property} or {@code name}, or null. */
    String get(String name) {
        return named.get(name.toLowerCase(Locale.ROOT));
    }

    /** The content of the first tag with that {@code property}, {@code name}, {@code itemprop} or {@code http-equiv}; null if none. */
    String getAny(String name) {
        return any.get(name.toLowerCase(Locale.ROOT));
    }
}
