package org.newsgraph.eval.extraction;

import java.util.Comparator;
import java.util.List;

/**
 * The numbers for one gold set. Body metrics are null where the set does not judge bodies
 * ({@code shingles} only for Zyte, {@code snippets} only for trafilatura's layout).
 *
 * @param seconds wall time of reading, decoding and extracting all pages
 */
public record SetReport(GoldSet set, ShingleTally shingles, SnippetTally snippets, FieldTally title,
        FieldTally author, FieldTally date, List<PageResult> pages, double seconds) {

    public SetReport {
        pages = List.copyOf(pages);
    }

    public double pagesPerSecond() {
        return seconds <= 0 ? 0 : pages.size() / seconds;
    }

    public long failures() {
        return pages.stream().filter(PageResult::failed).count();
    }

    /**
     * The {@code n} lowest-scoring pages, failures first, then pages whose body is right but a
     * field is wrong: the ones a person should look at.
     */
    public List<PageResult> worst(int n) {
        return pages.stream()
                .filter(p -> p.failed() || p.score() < 1 || !p.detail().isEmpty() && !p.detail().startsWith("P "))
                .sorted(Comparator.comparing((PageResult p) -> !p.failed()).thenComparingDouble(PageResult::score))
                .limit(n)
                .toList();
    }
}
