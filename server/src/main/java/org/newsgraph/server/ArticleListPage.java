package org.newsgraph.server;

import java.util.List;
import org.newsgraph.store.ArticleSummary;

/** The home page: one page of stored articles, newest first, each linking to its article page. */
final class ArticleListPage {
    private ArticleListPage() {}

    static String render(List<ArticleSummary> articles, Paging paging, int total) {
        StringBuilder out = new StringBuilder(4096);
        out.append("<section class=\"article-list\">\n<h1>Articles</h1>\n");
        out.append("<p class=\"muted\">").append(total).append(total == 1 ? " article" : " articles")
                .append(" stored</p>\n");
        if (articles.isEmpty()) {
            out.append("<p class=\"empty\">")
                    .append(total == 0 ? "No articles stored yet." : "No articles on this page.")
                    .append("</p>\n");
        } else {
            out.append("<table class=\"articles\">\n<thead><tr><th>Date</th><th>Source</th><th>Article</th>")
                    .append("<th class=\"num\">Quotes</th><th class=\"num\">Events</th></tr></thead>\n<tbody>\n");
            for (ArticleSummary a : articles) {
                row(out, a);
            }
            out.append("</tbody>\n</table>\n");
        }
        pager(out, paging, total);
        out.append("</section>\n");
        return PageLayout.page("Articles", out.toString());
    }

    private static void row(StringBuilder out, ArticleSummary a) {
        String date = a.publishedDate() == null ? "" : a.publishedDate().toString();
        out.append("<tr><td class=\"date\">");
        if (!date.isEmpty()) {
            out.append("<time datetime=\"").append(date).append("\">").append(date).append("</time>");
        }
        out.append("</td><td class=\"source\">").append(Html.escape(a.source())).append("</td><td>");
        out.append("<a href=\"").append(Html.escape(ArticleLinks.page(a.id()))).append("\"");
        if (hasText(a.title())) {
            out.append(" class=\"title\">").append(Html.escape(a.title()));
        } else if (hasText(a.firstWords())) {
            out.append(" class=\"first-words\">").append(Html.escape(a.firstWords()));
        } else {
            out.append(" class=\"doc-id\">").append(Html.escape(a.id()));
        }
        out.append("</a>");
        if (hasText(a.language())) {
            out.append(" <span class=\"lang\">").append(Html.escape(a.language())).append("</span>");
        }
        out.append("</td><td class=\"num\">").append(a.quoteCount())
                .append("</td><td class=\"num\">").append(a.eventCount()).append("</td></tr>\n");
    }

    private static void pager(StringBuilder out, Paging paging, int total) {
        boolean newer = paging.offset() > 0;
        boolean older = (long) paging.offset() + paging.limit() < total;
        if (!newer && !older) {
            return;
        }
        out.append("<nav class=\"pager\">");
        if (newer) {
            link(out, Math.max(0, paging.offset() - paging.limit()), paging.limit(), "← Newer");
        }
        if (older) {
            link(out, paging.offset() + paging.limit(), paging.limit(), "Older →");
        }
        out.append("</nav>\n");
    }

    private static void link(StringBuilder out, int offset, int limit, String label) {
        out.append("<a href=\"/?offset=").append(offset).append("&amp;limit=").append(limit).append("\">")
                .append(label).append("</a> ");
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }
}
