package org.newsgraph.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a page says about itself: JSON-LD {@code NewsArticle} first (publishers fill it for search
 * engines, so it is the most careful), then OpenGraph and {@code <meta>}, then {@code <time>}.
 */
record PageMetadata(String title, String byline, LocalDate date, String siteName, String language,
        String canonicalUrl, String jsonLdBody) {

    static PageMetadata read(Document doc, ObjectMapper json, LocalDate today) {
        JsonNode ld = newsArticleLd(doc, json);
        String title = first(ld == null ? null : text(ld, "headline"), meta(doc, "og:title"),
                meta(doc, "twitter:title"), h1(doc), doc.title());
        String byline = first(ld == null ? null : author(ld.get("author")), meta(doc, "author"),
                meta(doc, "article:author"), textOf(doc.selectFirst("[rel=author], .byline, .author")));
        LocalDate date = null;
        for (String candidate : new String[] {
                ld == null ? null : text(ld, "datePublished"), meta(doc, "article:published_time"),
                meta(doc, "date"), meta(doc, "pubdate"), meta(doc, "dc.date"),
                attr(doc.selectFirst("time[datetime]"), "datetime"), textOf(doc.selectFirst("time"))}) {
            date = DateFinder.find(candidate, today).orElse(null);
            if (date != null) {
                break;
            }
        }
        String site = first(meta(doc, "og:site_name"), ld == null || ld.get("publisher") == null ? null
                : text(ld.get("publisher"), "name"));
        String lang = attr(doc.selectFirst("html[lang]"), "lang");
        if (lang != null) {
            lang = lang.split("[-_]")[0].toLowerCase(java.util.Locale.ROOT);
        }
        String canonical = first(attr(doc.selectFirst("link[rel=canonical]"), "abs:href"), meta(doc, "og:url"));
        String ldBody = ld == null ? null : text(ld, "articleBody");
        return new PageMetadata(clean(title), Bylines.withoutPrefix(clean(byline)), date, clean(site), lang, canonical, ldBody);
    }

    private static JsonNode newsArticleLd(Document doc, ObjectMapper json) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = findArticle(json.readTree(script.data()));
                if (found != null) {
                    return found;
                }
            } catch (IOException malformed) {
                // Pages often ship broken JSON-LD; the other metadata still counts.
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode n : node) {
                JsonNode f = findArticle(n);
                if (f != null) {
                    return f;
                }
            }
            return null;
        }
        if (node.has("@graph")) {
            return findArticle(node.get("@graph"));
        }
        String type = node.path("@type").toString();
        return type.contains("Article") || type.contains("Posting") ? node : null;
    }

    private static String author(JsonNode a) {
        if (a == null) {
            return null;
        }
        if (a.isArray()) {
            StringBuilder sb = new StringBuilder();
            for (JsonNode n : a) {
                String one = author(n);
                if (one != null) {
                    sb.append(sb.length() > 0 ? ", " : "").append(one);
                }
            }
            return sb.length() > 0 ? sb.toString() : null;
        }
        return a.isTextual() ? a.asText() : text(a, "name");
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() || v.isContainerNode() ? null : v.asText();
    }

    private static String meta(Document doc, String name) {
        Element e = doc.selectFirst("meta[property=" + name + "], meta[name=" + name + "]");
        return e == null ? null : e.attr("content");
    }

    private static String h1(Document doc) {
        return textOf(doc.selectFirst("article h1, h1"));
    }

    private static String textOf(Element e) {
        return e == null ? null : e.text();
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    private static String clean(String s) {
        return s == null ? null : BodyBuilder.normalize(s);
    }
}
