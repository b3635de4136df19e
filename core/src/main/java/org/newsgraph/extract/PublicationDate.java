package org.newsgraph.extract;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;

/**
 * The day a page was published, from the most careful source that has one: what the publisher
 * states for search engines (JSON-LD, {@code article:published_time} and kin, page elements
 * marked as the date in microdata or RDFa); then the dates CMSs write into {@code <meta>} tags,
 * unless the page prints another date with its headline, which then wins (such tags often hold
 * the last save); then the date in the URL's path; then the date printed with the headline; then
 * a date in the page's script data; then {@code <time>} elements and short elements whose class
 * or id speaks of a date; then a modification date; and last a date written anywhere near the top
 * of the page's text. Every candidate after {@code today} is refused, so a typo or a scheduled
 * event never dates a page in the future.
 */
final class PublicationDate {
    /** Meta names that state when the article was first published, as publishers write them for search engines. */
    private static final List<String> PUBLISHED_META = List.of("article:published_time", "og:published_time",
            "og:article:published_time", "article.published", "datepublished", "published_time");
    /**
     * Meta names that CMSs fill with a date of the page, which is often, but not always, when it
     * was published: some fill them when the page was last saved.
     */
    private static final List<String> PAGE_DATE_META = List.of("publish-date",
            "publish_date", "publishdate", "pubdate", "date", "dc.date", "dc.date.issued", "dc.date.created",
            "dcterms.created", "dcterms.issued", "dcterms.date", "sailthru.date", "parsely-pub-date",
            "article_date_original", "original-publish-date", "citation_publication_date", "citation_date",
            "analyticsattributes.articledate", "rnews:datepublished", "created", "timestamp", "cxenseparse:recs:publishtime",
            "datecreated", "release_date", "live_date", "article:post_date", "page_date", "displaydate");
    private static final List<String> MODIFIED_META = List.of("article:modified_time", "og:updated_time",
            "datemodified", "dc.date.modified", "dcterms.modified", "last-modified", "lastmod", "revision_date");
    /** Elements marked as the publication date, in microdata or RDFa ({@code property="schema:dateCreated"}). */
    private static final String MARKED_PUBLISHED = "[itemprop=datePublished], time[pubdate], "
            + "[property~=(?i)^(schema:)?date(Published|Created)$]";
    private static final Pattern URL_DATE = Pattern.compile(
            "/((?:19|20)\\d{2})[/_-]?(0[1-9]|1[0-2])[/_-]?(0[1-9]|[12]\\d|3[01])(?:[/_.-]|$)");
    private static final Pattern DATE_HINT = Pattern.compile("date|time|publish|posted|dateline|datum|fecha|data\\b|meta");
    /** How much of the page's text the last resort reads: a date past this is in comments or lists. */
    private static final int TEXT_CHARS = 3000;
    /** A key of a script's data that names the publication date, and its value. */
    private static final Pattern SCRIPT_DATE = Pattern.compile("[\"'](?:datePublished|publishedDate|publishDate|"
            + "published_at|publication_date|pubDate)[\"']\\s*:\\s*[\"']([^\"']{8,40})[\"']");
    /** How much of each script is read for a date: data objects state it near their top. */
    private static final int SCRIPT_CHARS = 20_000;
    /** How many elements before and after the headline the date printed with it is looked for in. */
    private static final int SHOWN_BEFORE = 15;
    private static final int SHOWN_AFTER = 60;
    private static final Pattern MODIFIED_HINT = Pattern.compile("updated|modified|aktualisiert");

    private PublicationDate() {}

    static LocalDate find(Document doc, MetaTags metas, List<JsonNode> ld, JsonNode article, String url, String title,
            LocalDate today) {
        LocalDate d = first(published(doc, metas, ld, article), today);
        if (d != null) {
            return d;
        }
        d = first(pageDates(metas), today);
        if (d != null) {
            // Such a date may be the last save; the date printed with the headline is then the
            // publication. A day apart is a time zone (the meta in UTC, the page in local time), not another date.
            LocalDate shown = shown(doc, url, title, today);
            return shown != null && Math.abs(ChronoUnit.DAYS.between(shown, d)) > 1 ? shown : d;
        }
        d = fromUrl(url, today);
        if (d == null) {
            d = fromUrl(attr(doc.selectFirst("link[rel=canonical]"), "href"), today);
        }
        if (d == null) {
            d = shown(doc, url, title, today);
        }
        if (d == null) {
            d = first(scripted(doc), today);
        }
        if (d == null) {
            d = first(elementsAndModified(doc, metas, article), today);
        }
        if (d != null) {
            return d;
        }
        String text = doc.body() == null ? "" : doc.body().text();
        return DateFinder.find(text.length() > TEXT_CHARS ? text.substring(0, TEXT_CHARS) : text, today).orElse(null);
    }

    /**
     * What the publisher states as the publication date for search engines and social sites:
     * JSON-LD, the {@code article:published_time} family of tags, and page elements marked as the
     * date in microdata or RDFa.
     */
    private static List<String> published(Document doc, MetaTags metas, List<JsonNode> ld, JsonNode article) {
        List<String> candidates = new ArrayList<>();
        if (article != null) {
            candidates.add(text(article, "datePublished"));
            candidates.add(text(article, "dateCreated"));
        }
        for (String name : PUBLISHED_META) {
            candidates.add(metas.get(name));
        }
        for (Element e : doc.select(MARKED_PUBLISHED)) {
            if (!e.normalName().equals("meta")) {
                candidates.add(value(e));
            }
        }
        for (JsonNode n : ld) {
            candidates.add(text(n, "datePublished"));
        }
        return candidates;
    }

    /** The dates that CMSs write into {@code <meta>} tags, microdata's among them. */
    private static List<String> pageDates(MetaTags metas) {
        List<String> candidates = new ArrayList<>();
        candidates.add(metas.getAny("datepublished"));
        for (String name : PAGE_DATE_META) {
            candidates.add(metas.getAny(name));
        }
        return candidates;
    }

    /** Dates that the page's own scripts carry as data ({@code "publishedDate": "2016-11-04T20:37:27Z"}). */
    private static List<String> scripted(Document doc) {
        List<String> candidates = new ArrayList<>();
        for (Element e : doc.select("script:not([src])")) {
            String data = e.data();
            Matcher m = SCRIPT_DATE.matcher(data.length() > SCRIPT_CHARS ? data.substring(0, SCRIPT_CHARS) : data);
            if (m.find()) {
                candidates.add(m.group(1));
            }
        }
        return candidates;
    }

    /** Time elements and elements whose class speaks of a date, then the modification dates. */
    private static List<String> elementsAndModified(Document doc, MetaTags metas, JsonNode article) {
        List<String> candidates = new ArrayList<>();
        for (Element e : doc.select("time[datetime]")) {
            candidates.add(e.attr("datetime"));
        }
        for (Element e : doc.select("time, [class], [id]")) {
            if (e.normalName().equals("time") || DATE_HINT.matcher(ClassHints.names(e)).find()) {
                String t = spacedText(e);
                if (t.length() <= 100) {
                    candidates.add(t);
                    String full = DateFinder.withFullYear(t);
                    if (!full.equals(t)) {
                        candidates.add(full);
                    }
                }
            }
        }
        if (article != null) {
            candidates.add(text(article, "dateModified"));
        }
        for (String name : MODIFIED_META) {
            candidates.add(metas.getAny(name));
        }
        return candidates;
    }

    /**
     * The date printed with the headline: the first date written in a short element among the few
     * elements before the headline and the more after it (the kicker above, the
     * byline and date line below). Dates in elements named as modification dates are passed over.
     */
    private static LocalDate shown(Document doc, String url, String title, LocalDate today) {
        if (doc.body() == null) {
            return null;
        }
        Elements all = doc.body().getAllElements();
        int h1 = headline(all, url, title);
        if (h1 < 0) {
            return null;
        }
        // Above an <h2> standing in for the headline is the page's masthead, with today's date in it.
        int before = all.get(h1).normalName().equals("h1") ? SHOWN_BEFORE : 0;
        for (int i = Math.max(0, h1 - before); i < Math.min(all.size(), h1 + SHOWN_AFTER); i++) {
            Element e = all.get(i);
            String names = ClassHints.names(e);
            if (i == h1 || MODIFIED_HINT.matcher(names).find()) {
                continue;
            }
            String t = e.normalName().equals("time") || DATE_HINT.matcher(names).find() ? spacedText(e) : e.ownText();
            LocalDate d = t.length() <= 100 ? DateFinder.find(DateFinder.withFullYear(t), today).orElse(null) : null;
            if (d == null && e.normalName().equals("time")) {
                // "1 minute ago" on the page, the day in the machine-readable attribute.
                d = DateFinder.find(e.attr("datetime"), today).orElse(null);
            }
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /**
     * Where the headline stands among the page's elements: the visible {@code <h1>} that reads as
     * the title found for the page, else the first visible {@code <h1>} that is not the logo, else
     * an {@code <h2>} that reads as the title (sites that set the headline as an {@code <h2>} below
     * a hidden {@code <h1>}); -1 if there is none.
     */
    private static int headline(Elements all, String url, String title) {
        String t = title == null ? null : title.toLowerCase(Locale.ROOT);
        int firstH1 = -1;
        int titledH2 = -1;
        for (int i = 0; i < all.size(); i++) {
            Element e = all.get(i);
            String tag = e.normalName();
            if (!tag.equals("h1") && !tag.equals("h2") || e.text().isBlank() || Headings.isHidden(e)
                    || Headings.isLogo(e, url)) {
                continue;
            }
            boolean titled = t != null && BodyBuilder.normalize(e.text()).toLowerCase(Locale.ROOT).contains(t);
            if (tag.equals("h1") && titled) {
                return i;
            }
            if (tag.equals("h1") && firstH1 < 0) {
                firstH1 = i;
            } else if (tag.equals("h2") && titled && titledH2 < 0) {
                titledH2 = i;
            }
        }
        return firstH1 >= 0 ? firstH1 : titledH2;
    }

    /**
     * The element's text with a space between the texts of its children: a date printed in parts
     * ({@code <span>Apr</span><span>04</span><span>2013</span>}) reads as one.
     */
    private static String spacedText(Element e) {
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                out.append(t.text()).append(' ');
            }
        }, e);
        return BodyBuilder.normalize(out.toString());
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

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || !v.isValueNode() ? null : v.asText();
    }

    private static String attr(Element e, String name) {
        return e == null ? null : e.attr(name);
    }
}
