package org.newsgraph.ingest;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A document as read, before extraction.
 *
 * @param id      the caller's id, else the path or URL it came from
 * @param content decoded text of the page
 * @param format  whether the content is HTML or a plain-text capture
 * @param url     where the page lives, if known
 * @param date    a publication date given from outside (a command-line flag, a batch field);
 *                used when the page itself has none
 */
public record RawDocument(String id, String content, Format format, String url, LocalDate date) {
    public enum Format {
        TEXT,
        HTML
    }

    public RawDocument {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(format, "format");
    }

    public RawDocument withId(String newId) {
        return new RawDocument(newId, content, format, url, date);
    }

    public RawDocument withDefaultDate(LocalDate fallback) {
        return date != null || fallback == null ? this : new RawDocument(id, content, format, url, fallback);
    }
}
