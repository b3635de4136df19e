package org.newsgraph.eval.extraction;

/**
 * Zyte's benchmark over many pages: precision is the mean of per-page precision over the pages
 * where the extractor output something (an empty answer is a recall miss, not a precision one),
 * recall the mean of per-page recall over all pages, F1 the harmonic mean of those two means.
 */
public final class ShingleTally {
    private double precisionSum;
    private int precisionPages;
    private double recallSum;
    private int pages;
    private int exact;

    public ShingleScore add(String predicted, String gold) {
        ShingleScore s = ShingleScore.of(predicted, gold);
        if (!ShingleScore.tokens(predicted).isEmpty()) {
            precisionSum += s.precision();
            precisionPages++;
        }
        recallSum += s.recall();
        pages++;
        if (s.exact()) {
            exact++;
        }
        return s;
    }

    public int pages() {
        return pages;
    }

    public double precision() {
        return precisionPages == 0 ? 0 : precisionSum / precisionPages;
    }

    public double recall() {
        return pages == 0 ? 0 : recallSum / pages;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** Share of pages whose token sequence equals the gold one. */
    public double accuracy() {
        return pages == 0 ? 0 : exact / (double) pages;
    }
}
