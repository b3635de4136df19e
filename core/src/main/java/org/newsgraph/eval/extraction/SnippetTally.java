package org.newsgraph.eval.extraction;

/** trafilatura's metric over a set: the snippet counts of all pages summed, then P, R and F. */
public final class SnippetTally {
    private int tp;
    private int fn;
    private int fp;
    private int tn;
    private int pages;

    public SnippetScore add(SnippetScore s) {
        tp += s.tp();
        fn += s.fn();
        fp += s.fp();
        tn += s.tn();
        pages++;
        return s;
    }

    public int pages() {
        return pages;
    }

    public double precision() {
        return tp + fp == 0 ? 0 : tp / (double) (tp + fp);
    }

    public double recall() {
        return tp + fn == 0 ? 0 : tp / (double) (tp + fn);
    }

    public double f() {
        int d = 2 * tp + fp + fn;
        return d == 0 ? 0 : 2.0 * tp / d;
    }

    /** Share of all snippets judged right: {@code with} found and {@code without} absent. */
    public double accuracy() {
        int all = tp + fn + fp + tn;
        return all == 0 ? 0 : (tp + tn) / (double) all;
    }
}
