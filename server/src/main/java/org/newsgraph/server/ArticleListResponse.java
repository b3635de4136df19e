package org.newsgraph.server;

import java.util.List;
import org.newsgraph.store.ArticleSummary;

/**
 * The answer of {@code GET /api/articles}: one page of summaries and where it lies in the whole,
 * so that a client can page without a second request for the count.
 */
record ArticleListResponse(int total, int limit, int offset, List<ArticleSummary> articles) {}
