package org.newsgraph.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The author as the page names them: JSON-LD {@code author} (following an {@code @id} link to its
 * {@code Person}), author {@code <meta>} tags, elements marked as the author ({@code itemprop},
 * {@code rel}, a class or id with "author" or "byline"), then a byline line ("Von Claudia
 * Lindner"). A value naming the site itself ("L-MAG", "STERN.de") is kept only when nothing
 * better is found: sites put their own name where the CMS asks for an author. A value that is a
 * link or a sentence is no name and is passed over.
 */
final class PageAuthor {
    private static final String[] META = {"author", "article:author", "dc.creator", "dcterms.creator",
            "parsely-author", "sailthru.author", "byl", "twitter:creator"};
    private static final String MARKED = "[itemprop=author] [itemprop=name], [itemprop=author], [rel=author]";
    private static final Pattern AUTHOR_HINT = Pattern.compile("author|byline|autor|verfasser|writer");
    private static final Pattern PREFIX = Pattern.compile("^(?iu)(?:(?:posted|written|published|geschrieben|"
            + "veröffentlicht|ein beitrag|pressemitteilung|zeige alle beiträge|alle beiträge|all posts|"
            + "view all posts)\\s*)?(?:by|von|par|por|de|da|di|door|av|redaktion|author|autor|auteur|autore|"
            + "verfasser|text|written by|und interview|interview|fotos?|photos?|vom)\\s*:?\\s+");
    /** What follows a name on a byline line: a date, a place, a role in brackets. */
    private static final Pattern TAIL = Pattern.compile("(?iu)\\s*(?:\\(|\\||•|·|\\s[-–—]\\s|\\s+am\\s|,?\\s+(?:on|le|el|il|em|"
            + "op|den|published|updated|aktualisiert|veröffentlicht)\\s+\\S*\\d|,?\\s+\\d{1,2}[./]"
            + "|,\\s*(?:phd|ph\\.d\\.|md|m\\.d\\.|dr\\.?|prof\\.?|mba)\\b).*$");
    /** Words that stand where a name should but are labels: a byline element holding only its label. */
    private static final Pattern NOT_A_NAME = Pattern.compile("(?iu)by|von|par|por|name|author|autor|posted|"
            + "published|veröffentlicht|redaktion|admin|administrator|editor|unknown|anonymous|.*\\s(?:sagt|says|dice|dit)");
    private static final int MAX_WORDS = 10;

    private PageAuthor() {}

    static String find(Document doc, List<JsonNode> ld, JsonNode article, String site, String url) {
        Choice choice = new Choice(site, url);
        if (choice.offer(author(article == null ? null : article.get("author"), ld), false)) {
            return choice.best;
        }
        for (String m : META) {
            String v = PageMetadata.meta(doc, m);
            if (!(m.equals("twitter:creator") && v != null && v.startsWith("@")) && choice.offer(v, false)) {
                return choice.best;
            }
        }
        for (Element e : doc.select(MARKED)) {
            if (choice.offer(e.text(), true)) {
                return choice.best;
            }
        }
        for (Element e : doc.select("[class], [id]")) {
            if (AUTHOR_HINT.matcher(ClassHints.names(e)).find() && e.childrenSize() < 12 && choice.offer(e.text(), true)) {
                return choice.best;
            }
        }
        for (Element e : doc.select("p, span, div, em, strong")) {
            // The element's own text must open with the prefix: a cheap test before its whole text is built.
            if (e.childrenSize() < 4 && PREFIX.matcher(e.ownText().stripLeading()).find()) {
                String t = BodyBuilder.normalize(e.text());
                if (t.length() < 80 && PREFIX.matcher(t).find() && Bylines.isBylineLine(cutTail(t))
                        && choice.offer(t, true)) {
                    return choice.best;
                }
            }
        }
        return choice.fallback;
    }

    /** Takes candidates in order of trust; the first that names a person, not the site, wins. */
    private static final class Choice {
        private final String site;
        private final String url;
        private String best;
        private String fallback;

        Choice(String site, String url) {
            this.site = site;
            this.url = url;
        }

        /** Whether {@code raw} settles it; text taken from the page must also look like a name. */
        boolean offer(String raw, boolean fromPage) {
            String n = name(raw);
            if (n == null || fromPage && !looksLikeName(n)) {
                return false;
            }
            if (!namesSite(n, site, url)) {
                best = n;
                return true;
            }
            if (fallback == null) {
                fallback = n;
            }
            return false;
        }
    }

    private static String author(JsonNode a, List<JsonNode> ld) {
        if (a == null) {
            return null;
        }
        if (a.isArray()) {
            List<String> names = new ArrayList<>();
            for (JsonNode n : a) {
                String one = author(n, ld);
                if (one != null && !names.contains(one)) {
                    names.add(one);
                }
            }
            return names.isEmpty() ? null : String.join(", ", names);
        }
        if (a.isTextual()) {
            return a.asText();
        }
        String name = PageMetadata.text(a, "name");
        if (name == null && a.has("@id")) {
            String id = a.get("@id").asText();
            for (JsonNode n : ld) {
                if (n != a && id.equals(PageMetadata.text(n, "@id")) && n.has("name")) {
                    return PageMetadata.text(n, "name");
                }
            }
        }
        return name;
    }

    /** The name cleaned of its "By" prefix, trailing date or role, and white space; null if it is no name. */
    static String name(String raw) {
        if (raw == null) {
            return null;
        }
        String s = BodyBuilder.normalize(raw).replaceFirst("^[©@•·|\\s]+", "");
        for (int i = 0; i < 2; i++) {
            s = PREFIX.matcher(s).replaceFirst("").strip();
        }
        s = undoubled(cutTail(s).replaceAll("[,;:|\\s]+$", "").strip());
        if (s.isEmpty() || NOT_A_NAME.matcher(s).matches() || s.contains("://") || s.startsWith("www.") || s.contains("@") && !s.startsWith("@")
                || PlainTextPageExtractor.words(s) > MAX_WORDS || !s.matches("(?s).*\\p{L}.*")) {
            return null;
        }
        return s;
    }

    /**
     * Text taken from the page (not from metadata) must look like a name: two to six words, most
     * of them capitalised, no sentence punctuation, no form label ("Name *").
     */
    private static boolean looksLikeName(String s) {
        String[] words = s.split("\\s+");
        if (words.length > 6 || s.matches(".*[.!?*:]$")) {
            return false;
        }
        int upper = 0;
        for (String w : words) {
            if (Character.isUpperCase(w.codePointAt(0))) {
                upper++;
            }
        }
        return upper * 3 >= words.length * 2;
    }

    /** "Jossi Loibl Jossi Loibl" (a name printed twice, for two screen sizes) is one name. */
    private static String undoubled(String s) {
        String[] w = s.split(" ");
        if (w.length % 2 == 0 && w.length >= 2) {
            int h = w.length / 2;
            String a = String.join(" ", java.util.Arrays.copyOfRange(w, 0, h));
            if (a.equals(String.join(" ", java.util.Arrays.copyOfRange(w, h, w.length)))) {
                return a;
            }
        }
        return s;
    }

    private static String cutTail(String s) {
        Matcher m = TAIL.matcher(s);
        return m.find() && m.start() > 0 ? s.substring(0, m.start()) : s;
    }

    private static boolean namesSite(String name, String site, String url) {
        String n = name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        if (n.isEmpty()) {
            return false;
        }
        String s = site == null ? "" : site.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
        String host = PageTitle.host(url);
        return !s.isEmpty() && (n.contains(s) || s.contains(n)) || host != null && host.length() >= 3 && n.contains(host);
    }
}
