package org.newsgraph.eval.quotes;

import org.newsgraph.model.Span;

/**
 * Finds words an annotator copied from a page in the text an extractor made of it, where spacing
 * and the shape of quotation marks and apostrophes may differ: runs of white space (no-break spaces
 * too) count as one space, and curly marks as straight ones.
 */
final class LooseMatch {
    private LooseMatch() {}

    /** The span of the first loose occurrence of {@code words} in {@code text[from, to)}, or null. */
    static Span find(String text, String words, int from, int to) {
        Folded body = fold(text, from, to);
        String wanted = fold(words, 0, words.length()).text.strip();
        int at = wanted.isEmpty() ? -1 : body.text.indexOf(wanted);
        if (at < 0) {
            return null;
        }
        int start = body.offsets[at];
        int end = body.offsets[at + wanted.length() - 1] + 1;
        return Span.of(text, start, end);
    }

    /**
     * The loose occurrence of {@code words} nearest to {@code around} (a source named before or after
     * its quotation), no further than {@code reach} characters from it; null when there is none.
     */
    static Span nearest(String text, String words, Span around, int reach) {
        int from = Math.max(0, around.start() - reach);
        int to = Math.min(text.length(), around.end() + reach);
        Span best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (int start = from; start < to; ) {
            Span found = find(text, words, start, to);
            if (found == null) {
                break;
            }
            boolean inside = found.start() >= around.start() && found.end() <= around.end();
            int distance = found.end() <= around.start() ? around.start() - found.end() : found.start() - around.end();
            if (!inside && Math.abs(distance) < bestDistance) {
                best = found;
                bestDistance = Math.abs(distance);
            }
            start = found.start() + 1;
        }
        return best;
    }

    /** The folded text of {@code s[from, to)} and, for each of its characters, where it came from in {@code s}. */
    private static Folded fold(String s, int from, int to) {
        StringBuilder out = new StringBuilder(to - from);
        int[] offsets = new int[to - from];
        for (int i = from; i < to; i++) {
            char c = switch (s.charAt(i)) {
                case '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> '"';
                case '\u2018', '\u2019', '\u201A' -> '\'';
                default -> Character.isWhitespace(s.charAt(i)) || s.charAt(i) == '\u00A0' ? ' ' : s.charAt(i);
            };
            if (c == ' ' && out.length() > 0 && out.charAt(out.length() - 1) == ' ') {
                continue;
            }
            offsets[out.length()] = i;
            out.append(c);
        }
        return new Folded(out.toString(), offsets);
    }

    private record Folded(String text, int[] offsets) {}
}
