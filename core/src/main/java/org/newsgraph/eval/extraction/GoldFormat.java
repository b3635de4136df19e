package org.newsgraph.eval.extraction;

/** Which layout a gold folder has, and so which metric measures it. */
public enum GoldFormat {
    /** {@code ground-truth.json} ({@code id -> {url, articleBody}}) and {@code html/<id>.html.gz}: shingle F1. */
    ZYTE,
    /** {@code gold.json} with {@code with}/{@code without} snippets per page: snippet P/R/F. */
    SNIPPETS,
    /** {@code gold.json} with only a {@code date} per page: day accuracy. */
    DATES
}
