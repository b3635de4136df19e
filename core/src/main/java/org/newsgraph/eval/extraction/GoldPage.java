package org.newsgraph.eval.extraction;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One gold page. Fields the set does not judge are null (a body for snippet sets, snippets for
 * Zyte's); an empty gold title or author is null too, so "pages that have one" is a null test.
 *
 * @param id      the set's id of the page
 * @param url     where the page was fetched from (may be a label such as {@code hard::site.html})
 * @param file    the page as fetched, gzip-compressed
 * @param body    the whole gold article text (Zyte)
 * @param with    snippets the body must hold (trafilatura)
 * @param without snippets it must not hold
 */
public record GoldPage(String id, String url, Path file, String body, List<String> with, List<String> without,
        String title, String author, LocalDate date) {

    public GoldPage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(file, "file");
        with = List.copyOf(with);
        without = List.copyOf(without);
    }

    boolean hasSnippets() {
        return !with.isEmpty() || !without.isEmpty();
    }
}
