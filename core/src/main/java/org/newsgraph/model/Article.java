package org.newsgraph.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a reader sees of a page: its metadata and its body text. Paragraphs are spans of
 * {@code body}; the body joins them with blank lines. Absent metadata is {@code null}, never a
 * guess (a page without a headline has no title).
 */
public record Article(
        String url,
        String title,
        String byline,
        LocalDate publishedDate,
        String source,
        String language,
        String body,
        List<Span> paragraphs) {

    public Article {
        Objects.requireNonNull(body, "body");
        paragraphs = List.copyOf(paragraphs);
    }

    public Article withLanguage(String lang) {
        return new Article(url, title, byline, publishedDate, source, lang, body, paragraphs);
    }
}
