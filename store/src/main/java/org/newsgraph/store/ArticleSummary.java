package org.newsgraph.store;

import java.time.LocalDate;

/**
 * One line of a list of stored articles: enough to show and link it without loading the record.
 *
 * @param publishedDate the article's date, or {@code null} when the page gave none
 * @param firstWords    the opening words of the body, for lists where an article has no title
 */
public record ArticleSummary(
        String id,
        String title,
        String source,
        LocalDate publishedDate,
        String language,
        int quoteCount,
        int eventCount,
        String firstWords) {}
