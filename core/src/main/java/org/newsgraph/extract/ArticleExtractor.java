package org.newsgraph.extract;

import java.time.Clock;
import java.time.LocalDate;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.model.Article;

/** The extraction stage: a raw page in, the article out, by the page's format. Thread-safe. */
public final class ArticleExtractor {
    private final PlainTextPageExtractor text = new PlainTextPageExtractor();
    private final HtmlPageExtractor html = new HtmlPageExtractor();
    private final Clock clock;

    public ArticleExtractor() {
        this(Clock.systemUTC());
    }

    public ArticleExtractor(Clock clock) {
        this.clock = clock;
    }

    public Article extract(RawDocument doc) {
        LocalDate today = LocalDate.now(clock);
        Article a = doc.format() == RawDocument.Format.HTML
                ? html.extract(doc.content(), doc.url(), doc.date(), today)
                : text.extract(doc.content(), doc.url(), doc.date(), today);
        String lang = LanguageGuesser.guess(a.body(), a.language());
        return a.withLanguage(lang != null ? lang : a.language());
    }
}
