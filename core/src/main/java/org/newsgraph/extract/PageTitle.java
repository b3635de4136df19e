package org.newsgraph.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;

/**
 * The headline, as the reader sees it above the article. The page's visible {@code <h1>} is that
 * headline (logos, hidden labels and kickers left out, see {@link Headings}); the metadata titles
 * (JSON-LD {@code headline}, {@code og:title}, {@code <title>}) are often an older or
 * search-engine version, with the site's name glued on. They serve to confirm a heading. In
 * order: a heading that two metadata titles state word for word; an {@code <h1>} that a metadata
 * title holds; an {@code <h2>} that a metadata title states whole (pages that keep their
 * {@code <h1>}s for boxes); any other {@code <h1>} of two words or more; the JSON-LD headline; an
 * {@code <h2>} that a metadata title holds; the page's only heading; a metadata title with the
 * site's name cut off; the first {@code <h2>}.
 */
final class PageTitle {
    /** A one-word heading is a section label ("Literatur") more often than a headline. */
    private static final int MIN_WORDS = 2;
    /** How a topic line glued before the headline ends: a separator. */
    private static final Pattern KICKER_END = Pattern.compile("[|/:–—-]\\s*$");
    /**
     * A title that starts or ends with a separator lost its headline: the rest is the site's name
     * ("National Rail Enquiries -").
     */
    private static final Pattern DANGLING = Pattern.compile("^[|\\-–—:·•»/]|[|\\-–—:·•»/]$");
    private static final Pattern QUOTES = Pattern.compile("[\"“”„«»‚‘’‹›']");

    private final List<String> metaTitles = new ArrayList<>();
    private final SiteName site;

    private PageTitle(List<String> metaTitles, SiteName site) {
        this.metaTitles.addAll(metaTitles);
        this.site = site;
    }

    static String find(Document doc, MetaTags metas, JsonNode article, String siteName, String url) {
        String headline = PageMetadata.clean(PageMetadata.text(article, "headline"));
        List<String> metaTitles = new ArrayList<>();
        for (String t : new String[] {headline, metas.get("og:title"), metas.get("twitter:title"),
                doc.title()}) {
            if (t != null && !t.isBlank()) {
                metaTitles.add(PageMetadata.clean(t));
            }
        }
        Headings headings = Headings.read(doc, url);
        PageTitle p = new PageTitle(metaTitles, new SiteName(siteName, url, headings.logos()));
        return p.choose(headline, headings.h1s(), headings.h2s());
    }

    private String choose(String headline, List<String> h1s, List<String> h2s) {
        List<String> headings = new ArrayList<>(h1s);
        headings.addAll(h2s);
        String t = statedTwice(headings);
        if (t == null) {
            t = held(h1s);
        }
        if (t == null) {
            t = statedWhole(h2s);
        }
        if (t == null) {
            t = firstLong(h1s);
        }
        if (t == null && headline != null && !headline.isBlank()) {
            t = headline;
        }
        if (t == null) {
            t = held(h2s);
        }
        if (t == null) {
            t = only(h1s, h2s);
        }
        if (t == null) {
            t = metaTitle();
        }
        if (t == null) {
            t = h2s.stream().filter(h -> PlainTextPageExtractor.words(h) >= MIN_WORDS).findFirst().orElse(null);
        }
        return t != null || metaTitles.isEmpty() ? t : metaTitles.get(metaTitles.size() - 1);
    }

    /**
     * The first heading ({@code <h1>}s before {@code <h2>}s) that two metadata titles state word for
     * word: the publisher's considered headline.
     */
    private String statedTwice(List<String> headings) {
        for (String h : headings) {
            int same = 0;
            for (String m : metaTitles) {
                if (same(h, site.cut(m))) {
                    same++;
                }
            }
            if (same >= 2 && !site.isWhole(h)) {
                return h;
            }
        }
        return null;
    }

    /**
     * The first heading that a metadata title holds and that is not the site's name; a one-word
     * heading only when the title is that word alone (with the site's name, perhaps).
     */
    private String held(List<String> headings) {
        for (String h : headings) {
            if (site.isWhole(h)) {
                continue;
            }
            boolean oneWord = PlainTextPageExtractor.words(h) < MIN_WORDS;
            for (String m : metaTitles) {
                if (oneWord ? site.isHeadingWithName(h, m) : fold(m).contains(fold(h))) {
                    return h;
                }
            }
        }
        return null;
    }

    /** A heading that a metadata title, without the site's name, is exactly. */
    private String statedWhole(List<String> headings) {
        for (String h : headings) {
            for (String m : metaTitles) {
                if (same(h, site.cut(m)) && !site.isWhole(h)) {
                    return h;
                }
            }
        }
        return null;
    }

    private String firstLong(List<String> headings) {
        for (String h : headings) {
            if (PlainTextPageExtractor.words(h) >= MIN_WORDS && !site.isWhole(h)) {
                return withoutKicker(h);
            }
        }
        return null;
    }

    /**
     * The headline in a heading that glues a topic line before it in plain text ("Reformstau
     * lösen" / Irme Stetter-Karp ist neue ZdK-Präsidentin): a metadata title that the heading ends
     * with, after a separator, is the headline alone.
     */
    private String withoutKicker(String heading) {
        String h = fold(heading);
        for (String m : metaTitles) {
            String t = site.cut(m);
            String f = fold(t);
            if (PlainTextPageExtractor.words(t) >= MIN_WORDS && f.length() < h.length() && h.endsWith(f)
                    && KICKER_END.matcher(h.substring(0, h.length() - f.length())).find()) {
                return t;
            }
        }
        return heading;
    }

    /**
     * The page's only heading: an {@code <h1>}, even of one word, or, on a page without one, an
     * {@code <h2>}; it says more than a title the site writes on all its pages.
     */
    private String only(List<String> h1s, List<String> h2s) {
        if (h1s.size() == 1 && !site.isWhole(h1s.get(0))) {
            return h1s.get(0);
        }
        if (h1s.isEmpty() && h2s.size() == 1 && PlainTextPageExtractor.words(h2s.get(0)) >= MIN_WORDS
                && !site.isWhole(h2s.get(0))) {
            return h2s.get(0);
        }
        return null;
    }

    /**
     * A metadata title without the site's name. Where two of them differ but end alike after a
     * separator ("Industriell Revolutioniert?: Anno 1800 Beta" and "Vorschauen: Anno 1800 Beta"),
     * the part they share is the headline and the rest kickers or section names.
     */
    private String metaTitle() {
        List<String> cuts = new ArrayList<>();
        for (String m : metaTitles) {
            cuts.add(site.cut(m));
        }
        for (int i = 0; i < cuts.size(); i++) {
            for (int j = i + 1; j < cuts.size(); j++) {
                String shared = sharedEnd(cuts.get(i), cuts.get(j));
                if (shared != null && !site.isWhole(shared)) {
                    return shared;
                }
            }
        }
        for (String m : metaTitles) {
            String cut = site.cut(m);
            if (!cut.isBlank() && !site.isWhole(cut) && !DANGLING.matcher(cut).find()) {
                return cut;
            }
        }
        return null;
    }

    /** The last part of two different titles, when both set it off with a separator and it has two words or more. */
    private static String sharedEnd(String a, String b) {
        if (a.equalsIgnoreCase(b)) {
            return null;
        }
        int n = 0;
        while (n < a.length() && n < b.length() && Character.toLowerCase(a.charAt(a.length() - 1 - n))
                == Character.toLowerCase(b.charAt(b.length() - 1 - n))) {
            n++;
        }
        String end = a.substring(a.length() - n);
        int cut = end.indexOf(' ');
        while (cut >= 0) {
            String before = a.substring(0, a.length() - n + cut);
            String other = b.substring(0, b.length() - n + cut);
            if (KICKER_END.matcher(before).find() && KICKER_END.matcher(other).find()) {
                String shared = end.substring(cut).strip();
                return PlainTextPageExtractor.words(shared) >= MIN_WORDS ? shared : null;
            }
            cut = end.indexOf(' ', cut + 1);
        }
        return null;
    }

    /** Equal as a reader would read them: case, spacing and the shape of quotation marks aside. */
    private static boolean same(String a, String b) {
        return QUOTES.matcher(fold(a)).replaceAll("\"").equals(QUOTES.matcher(fold(b)).replaceAll("\""));
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00a0]+", " ").strip();
    }
}
