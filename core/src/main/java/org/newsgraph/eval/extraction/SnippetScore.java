package org.newsgraph.eval.extraction;

import java.text.Normalizer;
import java.util.List;

/**
 * One page scored as trafilatura's evaluation scores it: a {@code with} snippet found in the body
 * is a true positive and a missing one a false negative; a {@code without} snippet found is a
 * false positive and an absent one a true negative. Snippets and body are compared after white
 * space is collapsed, so line breaks in either do not matter, and both are put in Unicode's
 * canonical composition (NFC): the same Bengali or Vietnamese letter may be stored as one code
 * point in the page and as two in the gold.
 */
public record SnippetScore(int tp, int fn, int fp, int tn) {

    public static SnippetScore of(String body, List<String> with, List<String> without) {
        String b = collapse(body);
        int tp = 0;
        int fp = 0;
        for (String s : with) {
            if (b.contains(collapse(s))) {
                tp++;
            }
        }
        for (String s : without) {
            if (b.contains(collapse(s))) {
                fp++;
            }
        }
        return new SnippetScore(tp, with.size() - tp, fp, without.size() - fp);
    }

    /** The page's own F, for ranking pages; the set's F comes from the summed counts. */
    public double f() {
        int d = 2 * tp + fp + fn;
        return d == 0 ? 1 : 2.0 * tp / d;
    }

    static String collapse(String s) {
        return s == null ? "" : Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("[\\s\\u00a0]+", " ").strip();
    }
}
