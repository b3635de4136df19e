package org.newsgraph.server;

import java.util.List;
import org.newsgraph.model.Article;
import org.newsgraph.model.NewsRecord;
import org.newsgraph.model.Span;

/**
 * The page of one article: its metadata, the text-size controls, the body with quotes and entity
 * mentions marked, and beside it the facts ({@link ArticleFacts}).
 */
final class ArticlePage {
    /** The body's font size before the reader changes it; the script and the style sheet agree on it. */
    static final int DEFAULT_FONT_PX = 16;

    private ArticlePage() {}

    static String render(NewsRecord record) {
        Article a = record.article();
        StringBuilder out = new StringBuilder(a.body().length() * 3 + 4096);
        out.append("<div class=\"article-layout\">\n<article class=\"article\"");
        if (a.language() != null && !a.language().isBlank()) {
            out.append(" lang=\"").append(Html.escape(a.language())).append("\"");
        }
        out.append(">\n");
        header(out, record);
        sizeControls(out);
        out.append("<div class=\"article-body\" id=\"article-body\">\n");
        List<BodyMarkup.Mark> marks = ArticleMarks.of(record);
        for (Span p : paragraphs(a)) {
            out.append("<p>").append(BodyMarkup.render(a.body(), p.start(), p.end(), marks)).append("</p>\n");
        }
        out.append("</div>\n</article>\n");
        out.append(ArticleFacts.render(record));
        out.append("</div>\n");
        String title = a.title() != null && !a.title().isBlank() ? a.title() : record.id();
        return PageLayout.page(title, out.toString());
    }

    private static void header(StringBuilder out, NewsRecord record) {
        Article a = record.article();
        out.append("<header class=\"article-header\">\n<p class=\"meta\">");
        String sep = "";
        if (a.publishedDate() != null) {
            String date = a.publishedDate().toString();
            out.append("<time datetime=\"").append(date).append("\">").append(date).append("</time>");
            sep = " · ";
        }
        if (a.source() != null) {
            out.append(sep).append("<span class=\"source\">").append(Html.escape(a.source())).append("</span>");
            sep = " · ";
        }
        if (a.language() != null) {
            out.append(sep).append("<span class=\"lang\">").append(Html.escape(a.language())).append("</span>");
        }
        out.append("</p>\n");
        if (a.title() != null && !a.title().isBlank()) {
            out.append("<h1>").append(Html.escape(a.title())).append("</h1>\n");
        }
        if (a.byline() != null && !a.byline().isBlank()) {
            out.append("<p class=\"byline\">").append(Html.escape(a.byline())).append("</p>\n");
        }
        out.append("<p class=\"doc-id\">");
        if (isWebAddress(a.url())) {
            // Only http(s) becomes a link: a javascript: or data: address must stay text.
            out.append("<a href=\"").append(Html.escape(a.url()))
                    .append("\" rel=\"noopener noreferrer nofollow\">").append(Html.escape(a.url())).append("</a>");
        } else {
            out.append(Html.escape(a.url() != null ? a.url() : record.id()));
        }
        out.append(" · <a href=\"").append(Html.escape(ArticleLinks.api(record.id()))).append("\">JSON</a>");
        out.append("</p>\n</header>\n");
    }

    private static void sizeControls(StringBuilder out) {
        out.append("<div class=\"text-size\" role=\"group\" aria-label=\"Text size\">")
                .append(button("up", "Larger text", "+"))
                .append(button("reset", "Reset text size", "↺"))
                .append(button("down", "Smaller text", "−"))
                .append("<span class=\"size-label\" id=\"size-label\" aria-live=\"polite\">")
                .append(DEFAULT_FONT_PX).append(" px</span></div>\n");
    }

    private static String button(String step, String label, String symbol) {
        return "<button type=\"button\" data-size-step=\"" + step + "\" title=\"" + label + "\" aria-label=\""
                + label + "\">" + symbol + "</button>";
    }

    /**
     * The record's paragraphs, or the whole body as one when it lists none. Paragraph bounds past
     * the end of the body (a damaged record) are cut to it rather than failing the page.
     */
    static List<Span> paragraphs(Article a) {
        int length = a.body().length();
        if (a.paragraphs().isEmpty()) {
            return List.of(Span.bounds(0, length));
        }
        return a.paragraphs().stream()
                .filter(p -> p.start() < length)
                .map(p -> Span.bounds(p.start(), Math.min(p.end(), length)))
                .toList();
    }

    private static boolean isWebAddress(String url) {
        if (url == null) {
            return false;
        }
        String lower = url.strip().toLowerCase(java.util.Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }
}
