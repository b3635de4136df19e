package org.newsgraph.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The day a page was published, from the most careful source that has one: the publisher's
 * JSON-LD, then {@code <meta>} tags that name a publication date, then elements marked as the
 * publication date ({@code itemprop}, {@code <time pubdate>}), then the date in the URL's path,
 * then {@code <time datetime>}, then short elements whose class or id speaks of a date, then a
 * modification date, and last a date written anywhere near the top of the page's text.
 * Every candidate after {@code today} is refused, so a typo or a scheduled event never dates a
 * page in the future.
 */
final class PublicationDate {
    /** Meta names that state when the page was first published, as publishers and CMSs write them. */
    private static final List<String> PUBLISHED_META = List.of("article:published_time", "og:published_time",
            "og:article:published_time", "article.published", "datepublished", "published_time", "publish-date",
            "publish_date", "publishdate", "pubdate", "date", "dc.date", "dc.date.issued", "dc.date.created",
            "dcterms.created", "dcterms.issued", "dcterms.date", "sailthru.date", "parsely-pub-date",
            "article_date_original", "original-publish-date", "citation_publication_date", "citation_date",
            "analyticsattributes.articledate", "rnews:datepublished", "created", "timestamp", "cxenseparse:recs:publishtime",
            "datecreated", "release_date", "live_date", "article:post_date", "page_date", "displaydate");
    private static final List<String> MODIFIED_META = List.of("article:modified_time", "og:updated_time",
            "datemodified", "dc.date.modified", "dcterms.modified", "last-modified", "lastmod", "revision_date");
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\\d|3[01])(?:[/_.-]|$)");
    private static final Pattern DATE_HINT = Pattern.compile("date|time|publish|posted|dateline|datum|fecha|data\\b|meta");
    /** How much of the page's text the last resort reads: a date past this is in comments or lists. */
    private static final int TEXT_CHARS = 3000;

    private PublicationDate() {}

    static LocalDate find(Document doc, List<JsonNode> ld, JsonNode article, String url, LocalDate today) {
        List<String> candidates = new ArrayList<>();
        if (article != null) {
            candidates.add(text(article, "datePublished"));
            candidates.add(text(article, "dateCreated"));
        }
        for (String name : PUBLISHED_META) {
            candidates.add(meta(doc, name));
        }
        for (Element e : doc.select("[itemprop=datePublished], time[pubdate], [property=datePublished]")) {
            candidates.add(value(e));
        }
        for (JsonNode n : ld) {
            candidates.add(text(n, "datePublished"));
        }
        LocalDate d = first(candidates, today);
        if (d != null) {
            return d;
        }
        d = fromUrl(url, today);
        if (d == null) {
            d = fromUrl(attr(doc.selectFirst("link[rel=canonical]"), "href"), today);
        }
        if (d != null) {
            return d;
        }
        candidates.clear();
        for (Element e : doc.select("time[datetime]")) {
            candidates.add(e.attr("datetime"));
        }
        for (Element e : doc.select("time, [class], [id]")) {
            if (e.normalName().equals("time") || DATE_HINT.matcher(ClassHints.names(e)).find()) {
                String t = e.text();
                if (t.length() <= 100) {
                    candidates.add(t);
                }
            }
        }
        if (article != null) {
            candidates.add(text(article, "dateModified"));
        }
        for (String name : MODIFIED_META) {
            candidates.add(meta(doc, name));
        }
        d = first(candidates, today);
        if (d != null) {
            return d;
        }
        String text = doc.body() == null ? "" : doc.body().text();
        return DateFinder.find(text.length() > TEXT_CHARS ? text.substring(0, TEXT_CHARS) : text, today).orElse(null);
    }

    static LocalDate fromUrl(String url, LocalDate today) {
        if (url == null) {
            return null;
        }
        Matcher m = URL_DATE.matcher(url);
        while (m.find()) {
            LocalDate d = DateFinder.valid(m.group(1), m.group(2), m.group(3), today);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    private static LocalDate first(List<String> candidates, LocalDate today) {
        for (String c : candidates) {
            Optional<LocalDate> d = DateFinder.find(c, today);
            if (d.isPresent()) {
                return d.get();
            }
        }
        return null;
    }

    private static String value(Element e) {
        for (String a : new String[] {"content", "datetime", "value"}) {
            if (!e.attr(a).isBlank()) {
                return e.attr(a);
            }
        }
        return e.text();
    }

    private static String meta(Document doc, String name) {
        for (Element e : doc.select("meta[content]")) {
            for (String a : new String[] {"property", "name", "itemprop", "http-equiv"}) {
                if (e.attr(a).toLowerCase(Locale.ROOT).equals(name)) {
                    return e.attr("content");
                }
            }
        }
        return null;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || !v.isValueNode() ? null : v.asText();
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }
}
