package org.newsgraph.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The headline. The page's {@code <h1>} is the headline a reader sees, but many pages also use
 * {@code <h1>} for the logo; the metadata titles ({@code og:title}, {@code <title>}) are the
 * headline with the site's name glued on. So: an {@code <h1>} that a metadata title confirms
 * wins; then the JSON-LD headline; then a metadata title with the site's name cut off; then a
 * lone {@code <h1>}.
 */
final class PageTitle {
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»/]\\s+|\\s+::\\s+|\\s*\\|\\s*");
    private static final int MAX_CHARS = 300;

    private PageTitle() {}

    static String find(Document doc, JsonNode article, String site, String url) {
        String headline = PageMetadata.clean(PageMetadata.text(article, "headline"));
        List<String> metaTitles = new ArrayList<>();
        for (String t : new String[] {headline, PageMetadata.meta(doc, "og:title"),
                PageMetadata.meta(doc, "twitter:title"), doc.title()}) {
            if (t != null && !t.isBlank()) {
                metaTitles.add(PageMetadata.clean(t));
            }
        }
        List<String> h1s = new ArrayList<>();
        for (Element h : doc.select("h1")) {
            String t = PageMetadata.clean(h.text());
            if (!t.isEmpty() && t.length() <= MAX_CHARS) {
                h1s.add(t);
            }
        }
        String host = host(url);
        for (String h : h1s) {
            for (String m : metaTitles) {
                if (fold(m).contains(fold(h)) && !namesSite(h, site, host) && PlainTextPageExtractor.words(h) >= 2) {
                    return h;
                }
            }
        }
        if (headline != null && !headline.isBlank()) {
            return headline;
        }
        for (String m : metaTitles) {
            String cut = withoutSiteName(m, site, url);
            if (!cut.isBlank()) {
                return cut;
            }
        }
        return h1s.isEmpty() ? null : h1s.get(0);
    }

    /** "Harbour reopens | Northern Ledger" -> "Harbour reopens", when the cut part names the site. */
    static String withoutSiteName(String title, String site, String url) {
        String[] parts = SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        String host = host(url);
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            if (!namesSite(p, site, host)) {
                kept.add(p);
            }
        }
        if (kept.size() == parts.length || kept.isEmpty()) {
            return title;
        }
        // Cut only at the ends: what stands between two kept parts is part of the headline.
        int start = 0;
        int end = parts.length;
        while (start < end && namesSite(parts[start], site, host)) {
            start++;
        }
        while (end > start && namesSite(parts[end - 1], site, host)) {
            end--;
        }
        String firstKept = parts[start];
        String lastKept = parts[end - 1];
        int from = title.indexOf(firstKept);
        int to = title.lastIndexOf(lastKept) + lastKept.length();
        return from >= 0 && to > from ? title.substring(from, to).strip() : title;
    }

    private static boolean namesSite(String part, String site, String host) {
        String p = letters(part);
        if (p.length() < 3) {
            return false;
        }
        if (site != null && !letters(site).isEmpty() && (p.equals(letters(site)) || p.contains(letters(site)))) {
            return true;
        }
        return host != null && host.length() >= 4 && (p.contains(host) || host.contains(p) && p.length() >= 4);
    }

    /** The host's distinctive part: "www.weinkenner.de" -> "weinkenner". */
    static String host(String url) {
        if (url == null) {
            return null;
        }
        try {
            String h = URI.create(url.strip().replace(" ", "%20")).getHost();
            if (h == null) {
                return null;
            }
            String[] labels = h.toLowerCase(Locale.ROOT).replaceFirst("^(www\\d?|m|amp|mobile)\\.", "").split("\\.");
            String core = labels.length >= 2 ? labels[labels.length - 2] : labels[0];
            if (core.length() <= 3 && labels.length >= 3) {
                core = labels[labels.length - 3];
            }
            return letters(core);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String letters(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static String fold(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\\s\\u00a0]+", " ").strip();
    }
}
