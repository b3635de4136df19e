package org.newsgraph.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * The author as the page names them: JSON-LD {@code author} (following an {@code @id} link to its
 * {@code Person}), author {@code <meta>} tags, elements marked as the author ({@code itemprop},
 * {@code rel}, a class or id with "author" or "byline"), then a byline line ("Von Claudia
 * Lindner"). Comment threads are never looked in: their "comment-author" elements name readers.
 * A value naming the site itself ("L-MAG", "STERN.de") is kept only when nothing better is found:
 * sites put their own name where the CMS asks for an author. The name found is then completed
 * from what the page prints: a login ("gabor_munier") becomes the name the byline writes ("Gàbor
 * Muniér"), a first name alone ("Nils") the full name the byline gives ("Nils Pickert").
 */
final class PageAuthor {
    private static final String[] META = {"author", "article:author", "dc.creator", "dcterms.creator",
            "parsely-author", "sailthru.author", "cxenseparse:author", "byl", "twitter:creator"};
    private static final String MARKED = "[itemprop=author] [itemprop=name], [itemprop=author], [rel=author]";
    private static final Pattern AUTHOR_HINT = Pattern.compile("author|byline|autor|verfasser|writer");
    private static final Pattern COMMENTS = Pattern.compile("comment|respond|reply|disqus");
    private static final String BYLINE_TAGS = "p, span, div, em, strong, h2, h3, h4, h5, h6, li, td, address";
    /** How far up an element's ancestors a comment thread is looked for. */
    private static final int COMMENT_LEVELS = 8;
    private static final int MAX_BYLINE_CHARS = 120;
    private static final int MAX_HINT_CHILDREN = 12;

    private final Document doc;
    /** Looked for once, when first needed: both the choice and the completion read them. */
    private List<Element> hinted;
    private List<String> bylineLines;

    private PageAuthor(Document doc) {
        this.doc = doc;
    }

    static String find(Document doc, MetaTags metas, List<JsonNode> ld, JsonNode article, String siteName, String url) {
        Choice choice = new Choice(new SiteName(siteName, url, List.of()));
        PageAuthor page = new PageAuthor(doc);
        String name = page.choose(metas, ld, article, choice);
        return name == null ? null : page.completed(name);
    }

    private String choose(MetaTags metas, List<JsonNode> ld, JsonNode article, Choice choice) {
        String fromLd = author(article == null ? null : article.get("author"), ld);
        if (choice.offer(fromLd, false)) {
            return longerList(choice.best, metas);
        }
        for (String m : META) {
            String v = metas.get(m);
            if (!(m.equals("twitter:creator") && v != null && v.startsWith("@")) && choice.offer(v, false)) {
                return choice.best;
            }
        }
        for (Element e : doc.select(MARKED)) {
            if (!inComments(e) && choice.offerMarked(e.text())) {
                return choice.best;
            }
        }
        for (Element e : hinted()) {
            if (choice.offer(e.text(), true)) {
                return choice.best;
            }
        }
        for (String line : bylineLines()) {
            if (choice.offer(line, true)) {
                return choice.best;
            }
        }
        return choice.fallback;
    }

    /** Takes candidates in order of trust; the first that names a person, not the site, wins. */
    private static final class Choice {
        private final SiteName site;
        private String best;
        private String fallback;

        Choice(SiteName site) {
            this.site = site;
        }

        /** Whether {@code raw} settles it; text taken from the page must also look like a name. */
        boolean offer(String raw, boolean fromPage) {
            String n = AuthorName.clean(raw);
            return n != null && (!fromPage || AuthorName.looksLikeName(n)) && take(n);
        }

        /** Text the page marks as the author (itemprop, rel): a name even without capitals. */
        boolean offerMarked(String raw) {
            String n = AuthorName.clean(raw);
            return n != null && AuthorName.looksLikeMarkedName(n) && take(n);
        }

        private boolean take(String n) {
            if (!site.isNamedBy(n)) {
                best = n;
                return true;
            }
            if (fallback == null) {
                fallback = n;
            }
            return false;
        }
    }

    /**
     * Elements whose class or id speaks of the author, innermost first: "byline" around
     * "author vcard" around the name; the outer one also holds labels and dates.
     */
    private List<Element> hinted() {
        if (hinted != null) {
            return hinted;
        }
        List<Element> inner = new ArrayList<>();
        List<Element> outer = new ArrayList<>();
        for (Element e : doc.select("[class], [id]")) {
            if (AUTHOR_HINT.matcher(ClassHints.names(e)).find() && e.childrenSize() < MAX_HINT_CHILDREN && !inComments(e)) {
                boolean holdsAnother = false;
                for (Element d : e.select("[class], [id]")) {
                    if (d != e && AUTHOR_HINT.matcher(ClassHints.names(d)).find()) {
                        holdsAnother = true;
                        break;
                    }
                }
                (holdsAnother ? outer : inner).add(e);
            }
        }
        inner.addAll(outer);
        hinted = inner;
        return inner;
    }

    /**
     * Short lines written as bylines and going on with a name: "Von Claudia Lindner", "Text:
     * Klausmartin Friedrich", "06.11.2023 13:30 von Olga".
     */
    private List<String> bylineLines() {
        if (bylineLines != null) {
            return bylineLines;
        }
        List<String> out = new ArrayList<>();
        for (Element e : doc.select(BYLINE_TAGS)) {
            // The element's own text must be a byline: a cheap test before its whole text is built.
            if (e.childrenSize() < 4 && e.textNodes().size() > 0 && AuthorName.isBylineText(ownText(e))) {
                String t = BodyBuilder.normalize(e.text());
                if (t.length() < MAX_BYLINE_CHARS && AuthorName.isBylineText(t) && !inComments(e)) {
                    String n = AuthorName.clean(t);
                    if (n != null && Bylines.isBylineLine("By " + AuthorName.cutTail(n))) {
                        out.add(t);
                    }
                }
            }
        }
        bylineLines = out;
        return out;
    }

    /** The element's own text if it is short enough to be a byline, else the empty string. */
    private static String ownText(Element e) {
        int length = 0;
        for (TextNode t : e.textNodes()) {
            length += t.getWholeText().length();
        }
        return length > 2 * MAX_BYLINE_CHARS ? "" : e.ownText();
    }

    private static boolean inComments(Element e) {
        Element a = e;
        for (int i = 0; a != null && i < COMMENT_LEVELS; i++, a = a.parent()) {
            if (COMMENTS.matcher(ClassHints.names(a)).find()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name as the page prints it: a login is replaced by the author element that spells it
     * with capitals and accents, or else split into words; a first name alone is completed by a
     * byline that follows it with a surname.
     */
    private String completed(String name) {
        if (AuthorName.isLogin(name)) {
            for (Element e : authorElements()) {
                String t = AuthorName.clean(e.text());
                if (t != null && AuthorName.spells(t, name)) {
                    return t;
                }
            }
            return AuthorName.fromLogin(name);
        }
        if (name.indexOf(' ') < 0 && Character.isUpperCase(name.codePointAt(0))) {
            List<String> written = new ArrayList<>(bylineLines());
            for (Element e : authorElements()) {
                // An author box's heading and biography run together in its text; only an element of one block is read.
                if (!hasBlockChild(e)) {
                    written.add(e.text());
                }
            }
            for (String w : written) {
                String n = AuthorName.clean(w);
                if (n != null && n.startsWith(name + " ") && PlainTextPageExtractor.words(n) <= 3
                        && AuthorName.looksLikeName(n)) {
                    return n;
                }
            }
        }
        return name;
    }

    private static boolean hasBlockChild(Element e) {
        for (Element c : e.children()) {
            if (TextBlocks.BLOCK_TAGS.contains(c.normalName())) {
                return true;
            }
        }
        return false;
    }

    private List<Element> authorElements() {
        List<Element> out = new ArrayList<>();
        for (Element e : doc.select(MARKED)) {
            if (!inComments(e)) {
                out.add(e);
            }
        }
        out.addAll(hinted());
        return out;
    }

    /**
     * JSON-LD sometimes names only the first of several authors that the author {@code <meta>}
     * lists; the fuller list is then the byline.
     */
    private static String longerList(String name, MetaTags metas) {
        String meta = metas.get("author");
        if (meta == null) {
            return name;
        }
        String m = BodyBuilder.normalize(meta);
        String[] names = m.split("\\s*,\\s*");
        if (names.length > 1 && names[0].toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))
                && names.length <= 6) {
            return String.join(", ", names);
        }
        return name;
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
}
