package org.newsgraph.extract;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The site's own name, as it shows in titles and headings: {@code og:site_name}, the distinctive
 * part of the host ("weinkenner" for www.weinkenner.de) and the text of the site's logo heading.
 * Titles carry it before or after the headline ("Harbour reopens | Northern Ledger"); a heading
 * that is only the site's name is the logo, not a headline.
 */
final class SiteName {
    private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—:·•»/]\\s+|\\s+::\\s+|\\s*\\|\\s*");
    private static final Pattern LEADING_SEPARATOR = Pattern.compile("^\\s*[|\\-–—:·•»/]\\s*");
    private static final Pattern TRAILING_SEPARATOR = Pattern.compile("\\s*[|\\-–—:·•»/]\\s*$");
    /** Words that sites put after their name: "Tonight News", "STERN.de", "Express Online". */
    private static final Pattern SITE_WORD =
            Pattern.compile("news|online|de|com|net|org|at|ch|info|blog|magazin|magazine|tv|today|daily|zeitung");

    private final String site;
    private final String host;
    private final List<String> logos;

    /**
     * @param site  the page's {@code og:site_name} or publisher name, or null
     * @param url   the page's address, or null
     * @param logos the texts of the page's logo headings
     */
    SiteName(String site, String url, List<String> logos) {
        this.site = site == null || letters(site).isEmpty() ? null : site;
        this.host = host(url);
        this.logos = List.copyOf(logos);
    }

    /**
     * Whether a whole heading or title is only the site's name: its name as the page gives it, or
     * the host's name alone or with a word sites add to it.
     */
    boolean isWhole(String text) {
        String t = letters(text);
        if (t.isEmpty()) {
            return true;
        }
        if (site != null && t.equals(letters(site))) {
            return true;
        }
        return host != null && host.length() >= 3 && t.startsWith(host)
                && (t.length() == host.length() || SITE_WORD.matcher(t.substring(host.length())).matches());
    }

    /** Whether a title is {@code heading} alone, or the heading and the site's name ("Trails! Ischgl"). */
    boolean isHeadingWithName(String heading, String title) {
        String h = letters(heading);
        String t = letters(title);
        if (h.isEmpty()) {
            return false;
        }
        if (t.equals(h)) {
            return true;
        }
        String rest = t.startsWith(h) ? t.substring(h.length()) : t.endsWith(h) ? t.substring(0, t.length() - h.length()) : null;
        return rest != null && isWhole(rest);
    }

    /** The title without the site's name at its ends, logo text first; the title itself if that is all it holds. */
    String cut(String title) {
        return withoutNameParts(withoutLogo(title));
    }

    /**
     * The title without a logo heading's text at either end: a site without {@code og:site_name}
     * still prints its name in its logo ("Enchufla Figuren - Salsa-Figuren - Rueda in Berlin").
     */
    private String withoutLogo(String title) {
        for (String logo : logos) {
            if (title.length() <= logo.length() + 3) {
                continue;
            }
            if (title.endsWith(logo)) {
                String rest = title.substring(0, title.length() - logo.length());
                String cut = TRAILING_SEPARATOR.matcher(rest).replaceFirst("");
                if (cut.length() < rest.length()) {
                    return cut.strip();
                }
            }
            if (title.startsWith(logo)) {
                String rest = title.substring(logo.length());
                String cut = LEADING_SEPARATOR.matcher(rest).replaceFirst("");
                if (cut.length() < rest.length()) {
                    return cut.strip();
                }
            }
        }
        return title;
    }

    /** "Harbour reopens | Northern Ledger" -> "Harbour reopens", when the cut part names the site. */
    private String withoutNameParts(String title) {
        String[] parts = SEPARATOR.split(title);
        if (parts.length < 2) {
            return title;
        }
        int named = 0;
        for (String p : parts) {
            if (namedIn(p)) {
                named++;
            }
        }
        if (named == 0 || named == parts.length) {
            return title;
        }
        // Cut only at the ends: what stands between two kept parts is part of the headline.
        int start = 0;
        int end = parts.length;
        while (start < end && namedIn(parts[start])) {
            start++;
        }
        while (end > start && namedIn(parts[end - 1])) {
            end--;
        }
        String firstKept = parts[start];
        String lastKept = parts[end - 1];
        int from = title.indexOf(firstKept);
        int to = title.lastIndexOf(lastKept) + lastKept.length();
        return from >= 0 && to > from ? title.substring(from, to).strip() : title;
    }

    /** Whether a part of a title holds the site's name ("Kölner Stadt-Anzeiger", "STERN.de", "Lebensmittelpraxis.de"). */
    private boolean namedIn(String part) {
        String p = letters(part);
        if (p.length() < 3) {
            return false;
        }
        if (site != null && p.contains(letters(site))) {
            return true;
        }
        return host != null && host.length() >= 4 && (p.contains(host) || host.contains(p) && p.length() >= 4);
    }

    /** Whether {@code name} is, or holds, the site's name: an author field that names the publisher. */
    boolean isNamedBy(String name) {
        String n = letters(name);
        if (n.isEmpty()) {
            return false;
        }
        if (site != null) {
            String s = letters(site);
            // "elavegan" holds "ela", yet Ela is a person: the site's name must not be much longer than the name.
            if (n.contains(s) || s.contains(n) && n.length() * 2 >= s.length()) {
                return true;
            }
        }
        return host != null && host.length() >= 3 && n.contains(host);
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

    static String letters(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
