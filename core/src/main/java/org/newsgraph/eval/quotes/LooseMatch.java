package org.newsgraph.eval.quotes;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Span;

/**
 * Finds words an annotator copied from a page in the text an extractor made of it, where spacing
 * and the shape of marks may differ: runs of white space (no-break and thin spaces too) count as one
 * space, curly quotation marks and apostrophes as straight ones, dashes as hyphens, an ellipsis as
 * three dots, and soft hyphens and zero-width spaces as nothing. Only whole words match: "he" is
 * not found in "then".
 */
final class LooseMatch {
    private LooseMatch() {}

    /**
     * The span of the quotation's words that {@code words} opens in {@code text}: of several loose
     * occurrences, those that stand right after an opening mark or inside marks come first, and of
     * those the one nearest its source words ({@code source}, may be empty; looked for within
     * {@code reach} characters); null when there is none.
     */
    static Span quotation(String text, String words, String source, int reach) {
        List<Span> all = all(text, words, 0, text.length());
        List<Span> marked = all.stream().filter(s -> afterOpeningMark(text, s.start()) || insideMarks(text, s.start())).toList();
        List<Span> candidates = marked.isEmpty() ? all : marked;
        if (candidates.isEmpty()) {
            return null;
        }
        Span best = candidates.get(0);
        int bestDistance = Integer.MAX_VALUE;
        for (Span s : source.isBlank() ? List.<Span>of() : candidates) {
            Span named = nearest(text, source, s, reach);
            int distance = named == null ? Integer.MAX_VALUE : named.start() >= s.end() ? named.start() - s.end() : s.start() - named.end();
            if (distance < bestDistance) {
                best = s;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * The occurrence of {@code words} nearest to the quotation at {@code quote} (a source named
     * before or after it), no further than {@code reach} characters from it and not inside the
     * quotation's marks; null when there is none.
     */
    static Span nearest(String text, String words, Span quote, int reach) {
        int close = closingMarkOf(text, quote);
        int from = Math.max(0, quote.start() - reach);
        int to = Math.min(text.length(), close + reach);
        Span best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Span found : all(text, words, from, to)) {
            if (found.end() > quote.start() && found.start() <= close) {
                continue; // inside the quotation: "“I think he is wrong,” he said" is not the first "he"
            }
            int distance = found.end() <= quote.start() ? quote.start() - found.end() : found.start() - close;
            if (distance < bestDistance) {
                best = found;
                bestDistance = distance;
            }
        }
        return best;
    }

    /** Every whole-word loose occurrence of {@code words} in {@code text[from, to)}. */
    private static List<Span> all(String text, String words, int from, int to) {
        Folded body = fold(text, from, to);
        String wanted = fold(words, 0, words.length()).text.strip();
        List<Span> out = new ArrayList<>();
        if (wanted.isEmpty()) {
            return out;
        }
        for (int at = body.text.indexOf(wanted); at >= 0; at = body.text.indexOf(wanted, at + 1)) {
            int start = body.offsets[at];
            int end = body.offsets[at + wanted.length() - 1] + 1;
            if (wordEdge(text, start - 1, wanted.charAt(0), -1) && wordEdge(text, end, wanted.charAt(wanted.length() - 1), 1)) {
                out.add(Span.of(text, start, end));
            }
        }
        return out;
    }

    /**
     * Whether the character at {@code i} (outside the match; a soft hyphen there is looked past)
     * does not run a word on from the match's edge character.
     */
    private static boolean wordEdge(String text, int i, char edge, int step) {
        while (i >= 0 && i < text.length() && text.charAt(i) == '\u00AD') {
            i += step;
        }
        return i < 0 || i >= text.length() || !Character.isLetterOrDigit(edge) || !Character.isLetterOrDigit(text.charAt(i));
    }

    /** Whether an opening mark stands right before {@code start}, on the same line, past spaces. */
    private static boolean afterOpeningMark(String text, int start) {
        int i = start - 1;
        while (i >= 0 && text.charAt(i) != '\n' && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        if (i < 0 || text.charAt(i) == '\n') {
            return false;
        }
        char c = text.charAt(i);
        // (a straight mark opens when no letter stands before it: not the owner's "players'")
        boolean straight = (c == '"' || c == '\'') && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)));
        return OPENING_MARKS.indexOf(c) >= 0 || straight;
    }

    private static final String OPENING_MARKS = "\u201C\u2018\u201E\u00AB";

    /** Whether an odd number of double quotation marks stand between the paragraph's start and {@code offset}. */
    private static boolean insideMarks(String text, int offset) {
        int paragraph = text.lastIndexOf('\n', offset) + 1;
        int marks = 0;
        for (int i = paragraph; i < offset; i++) {
            marks += foldChar(text.charAt(i)) == '"' ? 1 : 0;
        }
        return marks % 2 == 1;
    }

    /**
     * Where the quotation holding {@code quote} closes: at a closing mark the snippet itself ends
     * with, else at the first mark of the kind that opened it (single or double) after the snippet,
     * else at the paragraph's end.
     */
    private static int closingMarkOf(String text, Span quote) {
        char last = foldChar(text.charAt(quote.end() - 1));
        if (last == '"' || last == '\'' && quote.end() - quote.start() > 1 && !Character.isLetterOrDigit(peek(text, quote.end()))) {
            return quote.end() - 1;
        }
        int open = quote.start() - 1;
        while (open >= 0 && text.charAt(open) != '\n' && Character.isWhitespace(text.charAt(open))) {
            open--;
        }
        char kind = open >= 0 && foldChar(text.charAt(open)) == '\'' ? '\'' : '"';
        int paragraphEnd = text.indexOf('\n', quote.end());
        paragraphEnd = paragraphEnd < 0 ? text.length() : paragraphEnd;
        for (int i = quote.end(); i < paragraphEnd; i++) {
            boolean closes = foldChar(text.charAt(i)) == kind
                    && (kind == '"' || !Character.isLetterOrDigit(peek(text, i + 1))); // (not "don't")
            if (closes) {
                return i;
            }
        }
        return paragraphEnd;
    }

    private static char peek(String text, int i) {
        return i >= 0 && i < text.length() ? text.charAt(i) : ' ';
    }

    private static char foldChar(char c) {
        return switch (c) {
            case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> '"';
            case '\u2018', '\u2019', '\u201A' -> '\'';
            case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
            default -> Character.isWhitespace(c) || Character.isSpaceChar(c) ? ' ' : c;
        };
    }

    /** The folded text of {@code s[from, to)} and, for each of its characters, where it came from in {@code s}. */
    private static Folded fold(String s, int from, int to) {
        StringBuilder out = new StringBuilder(to - from + 8);
        int[] offsets = new int[(to - from) * 3 + 1];
        for (int i = from; i < to; i++) {
            char raw = s.charAt(i);
            if (raw == '\u00AD' || raw == '\u200B') {
                continue; // a soft hyphen or a zero-width space is no character a reader sees
            }
            String c = raw == '\u2026' ? "..." : String.valueOf(foldChar(raw));
            if (c.equals(" ") && out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                continue;
            }
            for (int k = 0; k < c.length(); k++) {
                offsets[out.length()] = i;
                out.append(c.charAt(k));
            }
        }
        return new Folded(out.toString(), offsets);
    }

    private record Folded(String text, int[] offsets) {}
}
