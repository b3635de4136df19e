package org.newsgraph.eval.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.newsgraph.model.Article;

/**
 * Runs an extractor over a gold set and scores every page on the set's own metric, plus title,
 * author and date wherever the gold has them. One page that fails (unreadable, an exception in
 * the extractor) is scored as an empty article and reported; the rest goes on.
 */
public final class ExtractionEvaluator {
    /** How many characters of a snippet or title a detail line quotes. */
    private static final int QUOTE_CHARS = 70;

    public SetReport run(GoldSet set, Function<GoldPage, Article> extractor) {
        ShingleTally shingles = set.format() == GoldFormat.ZYTE ? new ShingleTally() : null;
        SnippetTally snippets = set.format() == GoldFormat.SNIPPETS ? new SnippetTally() : null;
        FieldTally title = new FieldTally();
        FieldTally author = new FieldTally();
        FieldTally date = new FieldTally();
        List<PageResult> results = new ArrayList<>();
        long t0 = System.nanoTime();
        for (GoldPage page : set.pages()) {
            Article a = null;
            String error = null;
            try {
                a = extractor.apply(page);
            } catch (RuntimeException e) {
                error = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
            String body = a == null ? "" : a.body();
            List<String> notes = new ArrayList<>();
            double score;
            if (shingles != null) {
                ShingleScore s = shingles.add(body, page.body());
                score = s.f1();
                notes.add(String.format(Locale.ROOT, "P %.2f R %.2f", s.precision(), s.recall()));
            } else if (snippets != null) {
                SnippetScore s = snippets.add(SnippetScore.of(body, page.with(), page.without()));
                score = s.f();
                describeSnippets(body, page, notes);
            } else {
                // A page without a gold date is not judged: it scores as right so it never ranks as worst.
                score = page.date() == null || FieldMatch.date(a == null ? null : a.publishedDate(), page.date()) ? 1 : 0;
            }
            boolean titleRight = FieldMatch.title(a == null ? null : a.title(), page.title());
            boolean authorRight = FieldMatch.author(a == null ? null : a.byline(), page.author());
            boolean dateRight = FieldMatch.date(a == null ? null : a.publishedDate(), page.date());
            title.add(page.title() != null, titleRight);
            author.add(page.author() != null, authorRight);
            date.add(page.date() != null, dateRight);
            if (page.title() != null && !titleRight) {
                notes.add("title '" + quote(a == null ? null : a.title()) + "' not '" + quote(page.title()) + "'");
            }
            if (page.author() != null && !authorRight) {
                notes.add("author '" + quote(a == null ? null : a.byline()) + "' not '" + quote(page.author()) + "'");
            }
            if (page.date() != null && !dateRight) {
                notes.add("date " + (a == null ? null : a.publishedDate()) + " not " + page.date());
            }
            results.add(new PageResult(page, error != null ? 0 : score, a, String.join("; ", notes), error));
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new SetReport(set, shingles, snippets, title, author, date, results, seconds);
    }

    private static void describeSnippets(String body, GoldPage page, List<String> notes) {
        String b = SnippetScore.collapse(body);
        for (String s : page.with()) {
            if (!b.contains(SnippetScore.collapse(s))) {
                notes.add("missing '" + quote(s) + "'");
            }
        }
        for (String s : page.without()) {
            if (b.contains(SnippetScore.collapse(s))) {
                notes.add("holds '" + quote(s) + "'");
            }
        }
    }

    private static String quote(String s) {
        if (s == null) {
            return "(none)";
        }
        String c = SnippetScore.collapse(s);
        return c.length() <= QUOTE_CHARS ? c : c.substring(0, QUOTE_CHARS) + "…";
    }
}
