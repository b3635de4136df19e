/**
 * Measuring article extraction on gold pages: readers for the layouts the gold sets come in
 * (Zyte's {@code ground-truth.json} with {@code html/}, and {@code gold.json} with {@code pages/}
 * as trafilatura's and htmldate's test sets are kept) and the metrics each set defines.
 */
package org.newsgraph.eval.extraction;
