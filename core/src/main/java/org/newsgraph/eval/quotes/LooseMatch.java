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
    private static final String OPENING = "\"'";

    private LooseMatch() {}

    /**
     * The span of the quotation's words that {@code words} opens in {@code text}: of several loose
     * occurrences, the first that stands right after an opening mark or inside marks, else the first;
     * null when there is none.
     */
    static Span quotation(String text, String words) {
        List<Span> all = all(text, words, 0, text.length());
        if (all.isEmpty()) {
            return null;
        }
        for (Span s : all) {
            if (afterOpeningMark(text, s.start()) || insideMarks(text, s.start())) {
                return s;
            }
        }
        return all.get(0);
    }

    /**
     * The occurrence of {@code words} nearest to the quotation at {@code quote} (a source named
     * before or after it), no further than {@code reach} characters from it and not inside the
     * quotation's marks; null when there is none.
     */
    static Span nearest(String text, String words, Span quote, int reach) {
        int close = closingMarkAfter(text, quote.end());
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
            if (wordEdge(text, start - 1, wanted.charAt(0)) && wordEdge(text, end, wanted.charAt(wanted.length() - 1))) {
                out.add(Span.of(text, start, end));
            }
        }
        return out;
    }

    /** Whether the character at {@code i} (outside the match) does not run a word on from the match's edge character. */
    private static boolean wordEdge(String text, int i, char edge) {
        return i < 0 || i >= text.length() || !Character.isLetterOrDigit(edge) || !Character.isLetterOrDigit(text.charAt(i));
    }

    private static boolean afterOpeningMark(String text, int start) {
        int i = start - 1;
        while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
            i--;
        }
        return i >= 0 && OPENING.indexOf(foldChar(text.charAt(i))) >= 0;
    }

    /** Whether an odd number of double quotation marks stand between the paragraph's start and {@code offset}. */
    private static boolean insideMarks(String text, int offset) {
        int paragraph = text.lastIndexOf('\n', offset) + 1;
        int marks = 0;
        for (int i = paragraph; i < offset; i++) {
            marks += foldChar(text.charAt(i)) == '"' ? 1 : 0;
        }
        return marks % 2 == 1;
    }

    /** The offset of the first double quotation mark at or after {@code from} in the paragraph, else the paragraph's end. */
    private static int closingMarkAfter(String text, int from) {
        for (int i = from; i < text.length() && text.charAt(i) != '\n'; i++) {
            if (foldChar(text.charAt(i)) == '"') {
                return i;
            }
        }
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end;
    }

    private static char foldChar(char c) {
        return switch (c) {
            case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> '"';
            case '\u2018', '\u2019', '\u201A' -> '\'';
            case '\u2013', '\u2014', '\u2012', '\u2212' -> '-';
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
