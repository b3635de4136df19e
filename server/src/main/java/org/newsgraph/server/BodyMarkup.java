package org.newsgraph.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Marks stretches of a text with tags that may overlap (a quote that begins inside a name, a name
 * inside a quote) and still yields well-nested HTML.
 *
 * <p>The text is cut at every start and end of a mark; each piece then lies wholly inside or wholly
 * outside each mark. The marks that cover a piece are opened in one fixed order (outer first:
 * earlier start, then longer, then lower layer), so the tags open at one piece and at the next
 * share a prefix: the tags past that prefix are closed and the new ones opened. A mark that
 * crosses another's edge is therefore closed and reopened there, and the output stays nested.
 */
final class BodyMarkup {
    /**
     * A stretch {@code [start, end)} of the text to wrap in {@code openTag ... </span>}.
     *
     * @param layer   breaks ties between marks of the same stretch: lower wraps higher
     * @param openTag a complete opening {@code <span ...>} tag whose attribute values are already escaped
     */
    record Mark(int start, int end, int layer, String openTag) {}

    private static final Comparator<Mark> OUTER_FIRST = Comparator.comparingInt(Mark::start)
            .thenComparing(Comparator.comparingInt(Mark::end).reversed())
            .thenComparingInt(Mark::layer);

    private BodyMarkup() {}

    /**
     * The escaped HTML of {@code text[from, to)} with the marks that touch it. Marks are clipped to
     * the stretch; empty marks, and marks outside the text (a record with bad offsets), are dropped.
     */
    static String render(String text, int from, int to, List<Mark> marks) {
        to = Math.min(to, text.length());
        from = Math.max(0, Math.min(from, to));
        List<Mark> inside = clip(text, marks, from, to);
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(from);
        cuts.add(to);
        for (Mark m : inside) {
            cuts.add(m.start());
            cuts.add(m.end());
        }
        StringBuilder out = new StringBuilder((to - from) * 2);
        List<Mark> open = new ArrayList<>();
        Integer pieceStart = cuts.first();
        for (Integer pieceEnd = cuts.higher(pieceStart); pieceEnd != null; pieceEnd = cuts.higher(pieceEnd)) {
            List<Mark> covering = covering(inside, pieceStart, pieceEnd);
            int shared = sharedPrefix(open, covering);
            closeDownTo(out, open, shared);
            for (Mark m : covering.subList(shared, covering.size())) {
                out.append(m.openTag());
                open.add(m);
            }
            Html.appendEscaped(out, text, pieceStart, pieceEnd);
            pieceStart = pieceEnd;
        }
        closeDownTo(out, open, 0);
        return out.toString();
    }

    /** The marks within {@code [from, to)}, cut to it, in outer-first order. */
    private static List<Mark> clip(String text, List<Mark> marks, int from, int to) {
        List<Mark> inside = new ArrayList<>();
        for (Mark m : marks) {
            int start = snap(text, Math.max(m.start(), from));
            int end = snap(text, Math.min(m.end(), to));
            if (start < end) {
                inside.add(new Mark(start, end, m.layer(), m.openTag()));
            }
        }
        inside.sort(OUTER_FIRST);
        return inside;
    }

    /**
     * Moves a cut that falls between the two halves of a surrogate pair (an emoji) past the pair:
     * a tag between them would leave two broken characters.
     */
    private static int snap(String text, int pos) {
        boolean splitsPair = pos > 0 && pos < text.length()
                && Character.isHighSurrogate(text.charAt(pos - 1)) && Character.isLowSurrogate(text.charAt(pos));
        return splitsPair ? pos + 1 : pos;
    }

    /** The marks that cover the whole piece, in the order of {@code marks} (outer first). */
    private static List<Mark> covering(List<Mark> marks, int start, int end) {
        List<Mark> out = new ArrayList<>();
        for (Mark m : marks) {
            if (m.start() <= start && end <= m.end()) {
                out.add(m);
            }
        }
        return out;
    }

    private static int sharedPrefix(List<Mark> a, List<Mark> b) {
        int n = 0;
        // Identity: two marks with equal fields are still two tags to open.
        while (n < a.size() && n < b.size() && a.get(n) == b.get(n)) {
            n++;
        }
        return n;
    }

    private static void closeDownTo(StringBuilder out, List<Mark> open, int size) {
        while (open.size() > size) {
            open.remove(open.size() - 1);
            out.append("</span>");
        }
    }
}
