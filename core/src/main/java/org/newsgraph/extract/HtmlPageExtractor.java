package org.newsgraph.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.newsgraph.model.Article;

/**
 * A first HTML extractor: metadata from JSON-LD, OpenGraph, {@code <meta>} and {@code <time>};
 * the body from the block whose paragraphs hold the most text, after removing elements that are
 * never article text (navigation, forms, scripts) and those whose class or id names chrome
 * (share bars, related stories, comments, cookie notices, text-size widgets).
 */
public final class HtmlPageExtractor {
    private static final String NEVER_TEXT =
            "script, style, noscript, template, nav, aside, footer, form, button, iframe, svg, select, header:not(article header)";
    private static final Pattern CHROME_HINT = Pattern.compile(
            "(^|[-_ ])(share|social|related|recommend|comment|cookie|consent|newsletter|subscribe|promo|advert|ads?|"
                    + "sidebar|menu|breadcrumb|popup|modal|banner|font-?size|text-?size|tags|author-bio|more-stories)([-_ ]|$)",
            Pattern.CASE_INSENSITIVE);
    private static final String TEXT_BLOCKS = "p, h2, h3, h4, li, blockquote, pre";

    private final ObjectMapper json = new ObjectMapper();

    public Article extract(String html, String url, LocalDate knownDate, LocalDate today) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        PageMetadata meta = PageMetadata.read(doc, json, today);
        doc.select(NEVER_TEXT).remove();
        for (Element e : doc.body().select("[class], [id]")) {
            if (e.parent() != null && CHROME_HINT.matcher(e.className() + " " + e.id()).find()
                    && !e.tagName().equals("article") && !e.tagName().equals("body")) {
                e.remove();
            }
        }
        Element root = mainBlock(doc);
        BodyBuilder body = new BodyBuilder();
        if (root != null) {
            for (Element block : root.select(TEXT_BLOCKS)) {
                if (hasBlockAncestorWithin(block, root)) {
                    continue;
                }
                String text = block.text();
                if (!text.isBlank() && !isLinkList(block) && (meta.title() == null || !text.strip().equals(meta.title()))) {
                    body.add(text);
                }
            }
        }
        if (body.isEmpty() && meta.jsonLdBody() != null) {
            PlainTextPageExtractor.blocks(meta.jsonLdBody()).forEach(body::add);
        }
        LocalDate date = meta.date() != null ? meta.date() : knownDate;
        String canonical = meta.canonicalUrl() != null ? meta.canonicalUrl() : url;
        return new Article(canonical, meta.title(), meta.byline(), date, meta.siteName(), meta.language(),
                body.body(), body.paragraphs());
    }

    /** The element whose direct text blocks hold the most words: {@code <article>} wins ties. */
    private static Element mainBlock(Document doc) {
        Elements articles = doc.select("article, [itemprop=articleBody], main");
        Element best = null;
        int bestScore = 0;
        List<Element> candidates = new ArrayList<>(articles);
        for (Element p : doc.select("p")) {
            if (p.parent() != null && !candidates.contains(p.parent())) {
                candidates.add(p.parent());
            }
        }
        for (Element c : candidates) {
            int score = 0;
            for (Element p : c.select("p")) {
                score += PlainTextPageExtractor.words(p.text());
            }
            if (c.tagName().equals("article") || c.hasAttr("itemprop")) {
                score = score * 3 / 2;
            }
            if (score > bestScore) {
                bestScore = score;
                best = c;
            }
        }
        return best != null ? best : doc.body();
    }

    private static boolean hasBlockAncestorWithin(Element block, Element root) {
        for (Element a = block.parent(); a != null && a != root; a = a.parent()) {
            if (a.is(TEXT_BLOCKS)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLinkList(Element block) {
        int all = block.text().length();
        int linked = block.select("a").text().length();
        return all > 0 && linked * 10 > all * 6 && block.tagName().equals("li");
    }

    /** Lower-cased tag helper kept local: jsoup's own names are already lower case. */
    static String lower(String s) {
        return s == null ? null : s.toLowerCase(Locale.ROOT);
    }
}
