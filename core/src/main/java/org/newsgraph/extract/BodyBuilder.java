package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Span;

/**
 * Joins paragraphs into one body with blank lines between them, recording each paragraph's span.
 * White space inside a paragraph is folded to single spaces so that offsets are stable, and
 * invisible formatting characters (soft hyphens, zero-width spaces) are dropped: a reader never
 * sees them, and they would split words for every later stage.
 */
final class BodyBuilder {
    private final StringBuilder body = new StringBuilder();
    private final List<Span> paragraphs = new ArrayList<>();

    void add(String paragraph) {
        String p = normalize(paragraph);
        if (p.isEmpty()) {
            return;
        }
        if (body.length() > 0) {
            body.append("\n\n");
        }
        int start = body.length();
        body.append(p);
        paragraphs.add(Span.bounds(start, body.length()));
    }

    String body() {
        return body.toString();
    }

    List<Span> paragraphs() {
        return paragraphs;
    }

    boolean isEmpty() {
        return paragraphs.isEmpty();
    }

    static String normalize(String s) {
        return s.replace('\u00a0', ' ').replaceAll("[\\u00ad\\u200b\\u2060\\ufeff]", "")
                .replaceAll("[ \\t\\x0B\\f\\r\\n\\u2028\\u2029]+", " ").strip();
    }
}
