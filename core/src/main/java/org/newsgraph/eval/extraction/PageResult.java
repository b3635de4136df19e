package org.newsgraph.eval.extraction;

import org.newsgraph.model.Article;

/**
 * How one gold page came out: its body score on the set's own metric (shingle F1, snippet F, or
 * 1/0 for a right/wrong date), the article, and what went wrong, in words a person can check
 * against the page. A page that could not be read has a null article and the error.
 */
public record PageResult(GoldPage page, double score, Article article, String detail, String error) {
    public boolean failed() {
        return error != null;
    }
}
