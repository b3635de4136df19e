package org.newsgraph.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    private static final String TEXT_BLOCKS = "p, h2, h3, h4, li, blockquote, pre";
    private static final String BYLINE_ELEMENT = ".byline, .author, [rel=author]";
    /** A block this short that holds the byline element is the byline line, not prose naming its author. */
    private static final int BYLINE_BLOCK_WORDS = 12;

    private final ObjectMapper json = new ObjectMapper();

    public Article extract(String html, String url, LocalDate knownDate, LocalDate today) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        PageMetadata meta = PageMetadata.read(doc, json, today);
        doc.select(NEVER_TEXT).remove();
        ChromeFilter.removeChrome(doc.body());
        Element root = mainBlock(doc);
        BodyBuilder body = new BodyBuilder();
        if (root != null) {
            for (Element block : root.select(TEXT_BLOCKS)) {
                if (hasBlockAncestorWithin(block, root)) {
                    continue;
                }
                String text = block.text();
                if (!text.isBlank() && !isLinkList(block) && !isTitle(text, meta) && !isBylineOrDate(block, meta)) {
                    body.add(text);
                }
            }
        }
        if (meta.jsonLdBody() != null && PlainTextPageExtractor.words(body.body()) * 2
                < PlainTextPageExtractor.words(meta.jsonLdBody())) {
            // The page renders its text with scripts and shows a placeholder ("Loading…") or a
            // teaser; the publisher's JSON-LD copy is then the article.
            body = new BodyBuilder();
            PlainTextPageExtractor.blocks(meta.jsonLdBody()).forEach(body::add);
        }
        LocalDate date = meta.date() != null ? meta.date() : knownDate;
        String canonical = meta.canonicalUrl() != null ? meta.canonicalUrl() : url;
        return new Article(canonical, meta.title(), meta.byline(), date, meta.siteName(), meta.language(),
                body.body(), body.paragraphs());
    }

    private static boolean isTitle(String text, PageMetadata meta) {
        return meta.title() != null && text.strip().equals(meta.title());
    }

    /** The byline and dateline that pages print inside the article, above its first paragraph. */
    private static boolean isBylineOrDate(Element block, PageMetadata meta) {
        String text = BodyBuilder.normalize(block.text());
        if (block.is(BYLINE_ELEMENT)
                || block.selectFirst(BYLINE_ELEMENT) != null && PlainTextPageExtractor.words(text) <= BYLINE_BLOCK_WORDS) {
            return true;
        }
        if (meta.byline() != null && Bylines.withoutPrefix(text).equals(meta.byline())) {
            return true;
        }
        String times = BodyBuilder.normalize(block.select("time").text());
        return (!times.isEmpty() && text.equals(times)) || DateLine.is(text);
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
