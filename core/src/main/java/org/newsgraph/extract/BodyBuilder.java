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

    /** Folds white space and drops invisible characters in one pass; every block of every page comes through here. */
    static String normalize(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u00ad' || c == '\u200b' || c == '\u2060' || c == '\ufeff') {
                continue;
            }
            if (c == ' ' || c == '\u00a0' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000b'
                    || c == '\u2028' || c == '\u2029') {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        // Other Unicode spaces (em space, ideographic space) are kept inside but not at the ends, as String.strip has it.
        return out.toString().strip();
    }
}
