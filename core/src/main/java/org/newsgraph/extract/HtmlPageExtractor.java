package org.newsgraph.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.newsgraph.model.Article;

/**
 * Reads an HTML page: metadata from what the page says about itself ({@link PageMetadata}), the
 * body from the element whose paragraphs look most like an article ({@link ContentArea}), after
 * removing what is never article text ({@link PageCleaner}), keeping the blocks of that element
 * that read as prose ({@link BlockFilter}), with the standfirst above it ({@link Standfirst}).
 */
public final class HtmlPageExtractor {
    private final ObjectMapper json = new ObjectMapper();

    public Article extract(String html, String url, LocalDate knownDate, LocalDate today) {
        Document doc = Jsoup.parse(html, url == null ? "" : url);
        PageMetadata meta = PageMetadata.read(doc, json, url, today);
        Element body = doc.body();
        PageCleaner.clean(body);
        TextBlocks blocks = TextBlocks.of(body);
        List<Element> area = ContentArea.find(body, blocks);
        BlockFilter filter = new BlockFilter(meta);
        List<TextBlock> kept = new ArrayList<>();
        for (TextBlock b : Standfirst.find(blocks, area, meta.title())) {
            if (filter.keep(b, b.owner())) {
                kept.add(b);
            }
        }
        for (Element e : area) {
            for (TextBlock b : blocks.within(e)) {
                if (filter.keep(b, e)) {
                    kept.add(b);
                }
            }
        }
        BodyBuilder out = new BodyBuilder();
        for (TextBlock b : AddedSections.dropped(kept)) {
            out.add(b.text());
        }
        if (meta.jsonLdBody() != null && PlainTextPageExtractor.words(out.body()) * 2
                < PlainTextPageExtractor.words(meta.jsonLdBody())) {
            // The page renders its text with scripts and shows a placeholder ("Loading…") or a
            // teaser; the publisher's JSON-LD copy is then the article.
            out = new BodyBuilder();
            PlainTextPageExtractor.blocks(meta.jsonLdBody()).forEach(out::add);
        }
        LocalDate date = meta.date() != null ? meta.date() : knownDate;
        String canonical = meta.canonicalUrl() != null ? meta.canonicalUrl() : url;
        return new Article(canonical, meta.title(), meta.byline(), date, meta.siteName(), meta.language(),
                out.body(), out.paragraphs());
    }
}
