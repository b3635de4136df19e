package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A stretch of the article body: {@code start} inclusive, {@code end} exclusive, as Java String
 * indices, with the text it covers so that a reader of the JSON needs no body to check it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Span(int start, int end, String text) {
    public Span {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    /** The span of {@code body} between start and end, with its text. */
    public static Span of(String body, int start, int end) {
        return new Span(start, end, body.substring(start, end));
    }

    /** A span without text, for paragraph boundaries where repeating the text would double the record. */
    public static Span bounds(int start, int end) {
        return new Span(start, end, null);
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }
}
