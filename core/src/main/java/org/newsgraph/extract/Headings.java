package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The headings a reader sees as a page's headline, with what is not the headline taken out. Sites
 * also use {@code <h1>} and {@code <h2>} for their logo (a heading that links back to the home
 * page or to the section the page sits in) and for labels only screen readers hear; such headings
 * are passed over, and so is a heading named as a breadcrumb (a crumb links to the page above);
 * a heading inside a breadcrumb trail is kept: it is the trail's last step, the page's own title.
 * Inside a headline, a kicker ("Corona-Pandemie", a topic line above the headline, marked by its
 * class) and text hidden from view are not part of it.
 *
 * @param h1s   the visible {@code <h1>} headlines, in page order
 * @param h2s   the visible {@code <h2>} headlines, in page order
 * @param logos the texts of the logo headings
 */
record Headings(List<String> h1s, List<String> h2s, List<String> logos) {
    /** Class and id words of a site's name, logo or slogan, and of the headings of side boxes. */
    private static final Pattern LOGO = Pattern.compile(
            "logo|site-?title|site-?name|site-?branding|brand|tag-?line|slogan|widget-?title|modal");
    /** Class and id words of headings hidden from sighted readers. */
    private static final Pattern HIDDEN = Pattern.compile(
            "(?:^|\\s)(?:sr-only|visually-?hidden|screen-?reader-?text|aural|hidden|invisible|d-none|element-invisible)"
                    + "(?:\\s|$)");
    /** Class words of the topic line that sites set inside the headline element, before the headline. */
    private static final Pattern KICKER = Pattern.compile(
            "kicker|overline|topline|highline|roofline|dachzeile|subtitle|super-?title|eyebrow|pre-?title|h1small|"
                    + "spitzmarke");
    /** How far up a heading's ancestors a logo or hidden wrapper is looked for. */
    private static final int ANCESTOR_LEVELS = 3;
    private static final int MAX_CHARS = 300;

    /**
     * The page's {@code <h1>} and {@code <h2>} headings in one pass: the visible ones as a reader
     * reads them, in page order, and the texts of the logo headings, for cutting the site's name
     * off titles.
     */
    static Headings read(Document doc, String pageUrl) {
        List<String> h1s = new ArrayList<>();
        List<String> h2s = new ArrayList<>();
        List<String> logos = new ArrayList<>();
        for (Element h : doc.select("h1, h2")) {
            if (isLogo(h, pageUrl)) {
                String t = PageMetadata.clean(h.text());
                if (!t.isEmpty() && t.length() <= MAX_CHARS) {
                    logos.add(t);
                }
                continue;
            }
            if (isHidden(h) || ClassHints.names(h).contains("breadcrumb")) {
                // A heading that is itself a crumb links to the page above; the trail's last step
                // (a heading inside the trail, not named as a crumb) is the page's own title.
                continue;
            }
            String t = PageMetadata.clean(headline(h));
            if (!t.isEmpty() && t.length() <= MAX_CHARS) {
                (h.normalName().equals("h1") ? h1s : h2s).add(t);
            }
        }
        return new Headings(List.copyOf(h1s), List.copyOf(h2s), List.copyOf(logos));
    }

    /** The heading's text without its kicker and hidden parts, unless nothing would be left. */
    private static String headline(Element h) {
        if (h.childrenSize() == 0) {
            return h.text();
        }
        StringBuilder out = new StringBuilder();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.getWholeText());
                } else if (node instanceof Element e && e != h) {
                    if (isKicker(e) || hiddenByItself(e)) {
                        return FilterResult.SKIP_ENTIRELY;
                    }
                    if (e.normalName().equals("br") || e.isBlock()) {
                        out.append(' ');
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, h);
        String t = BodyBuilder.normalize(out.toString());
        return t.isEmpty() ? h.text() : t;
    }

    private static boolean isKicker(Element e) {
        String names = ClassHints.names(e);
        return !names.isEmpty() && KICKER.matcher(names).find() || e.normalName().equals("small")
                || e.normalName().equals("time");
    }

    /**
     * A logo heading: named so by its class, or holding a link to a page above this one (the home
     * page, the section); an article's headline links to the article if anywhere.
     */
    static boolean isLogo(Element h, String pageUrl) {
        Element e = h;
        for (int i = 0; e != null && i <= ANCESTOR_LEVELS; i++, e = e.parent()) {
            String names = ClassHints.names(e);
            if (!names.isEmpty() && LOGO.matcher(names).find()) {
                return true;
            }
        }
        for (Element a : h.select("a[href]")) {
            if (a.attr("rel").equals("home") || linksAbove(a, pageUrl)) {
                return true;
            }
        }
        return false;
    }

    private static boolean linksAbove(Element a, String pageUrl) {
        String raw = a.attr("href").strip();
        if (raw.isEmpty() || raw.startsWith("#") || raw.toLowerCase(Locale.ROOT).startsWith("javascript:")) {
            // A link to nowhere (a script's handle, an anchor) says nothing; a <base> tag would resolve it to the home page.
            return false;
        }
        String href = a.attr("abs:href");
        if (href.isEmpty()) {
            href = a.attr("href");
        }
        String path = href.replaceFirst("^[a-z]+://[^/]+", "");
        if (path.isEmpty() || path.equals("/") || path.equals("/index.html") || path.equals("/index.php")) {
            return true;
        }
        if (pageUrl == null) {
            return false;
        }
        String link = strip(href);
        String page = strip(pageUrl);
        return !link.isEmpty() && page.startsWith(link) && page.length() > link.length();
    }

    /** The URL without scheme, query, fragment and trailing slash, so that prefixes compare. */
    private static String strip(String url) {
        return url.toLowerCase(Locale.ROOT).replaceFirst("^[a-z]+://", "").replaceFirst("[?#].*$", "")
                .replaceFirst("/+$", "");
    }

    static boolean isHidden(Element h) {
        Element e = h;
        for (int i = 0; e != null && i <= ANCESTOR_LEVELS; i++, e = e.parent()) {
            if (hiddenByItself(e)) {
                return true;
            }
        }
        return false;
    }

    private static boolean hiddenByItself(Element e) {
        return HIDDEN.matcher(e.className().toLowerCase(Locale.ROOT)).find() || e.hasAttr("hidden")
                || e.attr("aria-hidden").equals("true")
                || e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT).contains("display:none");
    }
}
