package org.newsgraph.extract;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * What a page says about itself: JSON-LD ({@code NewsArticle} and kin; publishers fill it for
 * search engines, so it is the most careful), OpenGraph and {@code <meta>}, then the page's own
 * elements. Title, author and date each have their own reader ({@link PageTitle},
 * {@link PageAuthor}, {@link PublicationDate}).
 */
record PageMetadata(String title, String byline, LocalDate date, String siteName, String language,
        String canonicalUrl, String jsonLdBody) {

    static PageMetadata read(Document doc, ObjectMapper json, String url, LocalDate today) {
        List<JsonNode> ld = jsonLd(doc, json);
        JsonNode article = article(ld);
        MetaTags metas = new MetaTags(doc);
        String site = first(metas.get("og:site_name"), article == null || article.get("publisher") == null ? null
                : text(article.get("publisher"), "name"));
        String title = PageTitle.find(doc, metas, article, site, url);
        String byline = PageAuthor.find(doc, metas, ld, article, site, url);
        LocalDate date = PublicationDate.find(doc, metas, ld, article, url, title, today);
        String lang = attr(doc.selectFirst("html[lang]"), "lang");
        if (lang != null) {
            lang = lang.split("[-_]")[0].toLowerCase(Locale.ROOT);
        }
        String canonical = first(attr(doc.selectFirst("link[rel=canonical]"), "abs:href"), metas.get("og:url"));
        String ldBody = article == null ? null : text(article, "articleBody");
        return new PageMetadata(clean(title), byline, date, clean(site), lang == null || lang.isBlank() ? null : lang,
                canonical, ldBody);
    }

    /** Every JSON-LD object of the page, nested {@code @graph} lists and arrays flattened. */
    private static List<JsonNode> jsonLd(Document doc, ObjectMapper json) {
        List<JsonNode> out = new ArrayList<>();
        for (Element script : doc.select("script[type=application/ld+json]")) {
            try {
                flatten(json.readTree(script.data()), out, 0);
            } catch (IOException malformed) {
                // Pages often ship broken JSON-LD; the other metadata still counts.
            }
        }
        return out;
    }

    private static void flatten(JsonNode node, List<JsonNode> out, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> flatten(n, out, depth + 1));
        } else if (node.isObject()) {
            out.add(node);
            if (node.has("@graph")) {
                flatten(node.get("@graph"), out, depth + 1);
            }
            if (node.has("mainEntity")) {
                flatten(node.get("mainEntity"), out, depth + 1);
            }
        }
    }

    /** The object describing the article itself: an {@code Article} type, or a posting. */
    private static JsonNode article(List<JsonNode> ld) {
        for (JsonNode n : ld) {
            String type = n.path("@type").toString();
            if (type.contains("Article") || type.contains("Posting") || type.contains("Report")) {
                return n;
            }
        }
        return null;
    }

    /**
     * A JSON-LD field's text. CMSs often write HTML entities into JSON-LD ("&#8222;"), which a
     * JSON parser leaves as they are; they are decoded here as a browser would.
     */
    static String text(JsonNode n, String field) {
        JsonNode v = n == null ? null : n.get(field);
        if (v == null || v.isNull() || v.isContainerNode()) {
            return null;
        }
        String s = v.asText();
        return s.indexOf('&') >= 0 ? Parser.unescapeEntities(s, false) : s;
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }

    static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    static String clean(String s) {
        return s == null ? null : BodyBuilder.normalize(s);
    }
}
