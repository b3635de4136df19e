package org.newsgraph.quotes;

/**
 * The words between one pair of quotation marks: content {@code [start, end)}, the opening mark at
 * {@code open} and the closing mark at {@code close} (-1 when the quote was never closed in its
 * paragraph, or runs on into the next one).
 */
record QuotedSpan(int open, int start, int end, int close) {
    boolean closed() {
        return close >= 0;
    }

    boolean contains(int offset) {
        return start <= offset && offset < end;
    }
}
