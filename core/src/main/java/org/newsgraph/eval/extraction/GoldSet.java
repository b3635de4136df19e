package org.newsgraph.eval.extraction;

import java.nio.file.Path;
import java.util.List;

/**
 * A gold folder as read: its layout and its pages, in the order of the gold file.
 *
 * @param warnings gold entries that were read only in part (an impossible gold date is dropped,
 *                 not guessed at), one line each, naming the entry
 */
public record GoldSet(Path dir, GoldFormat format, List<GoldPage> pages, List<String> warnings) {
    public GoldSet {
        pages = List.copyOf(pages);
        warnings = List.copyOf(warnings);
    }

    /** The same set limited to its first {@code n} pages. */
    public GoldSet first(int n) {
        return new GoldSet(dir, format, pages.subList(0, Math.min(n, pages.size())), warnings);
    }

    /** The folder's name, as reports call the set ("zyte", "trafilatura-dev"). */
    public String name() {
        Path n = dir.toAbsolutePath().normalize().getFileName();
        return n == null ? dir.toString() : n.toString();
    }
}
