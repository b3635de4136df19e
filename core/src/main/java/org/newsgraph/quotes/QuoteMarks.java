package org.newsgraph.quotes;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Span;

/**
 * Pairs quotation marks within each paragraph: “English” and "straight", «guillemets», „German“
 * and ‚single German‘ marks, and 'single' ones in a text that has no other marks. A double quote
 * still open at the end of a paragraph ends there (a single one only when the next paragraph
 * opens with a mark); when the next paragraph opens with a mark it is the same speech continued,
 * as news style writes a quote that runs over paragraphs. Linear in the text; stray marks never throw.
 */
final class QuoteMarks {
    private QuoteMarks() {}

    static List<QuotedSpan> find(String body, List<Span> paragraphs) {
        List<QuotedSpan> out = new ArrayList<>();
        List<Span> paras = paragraphs.isEmpty() ? List.of(Span.bounds(0, body.length())) : paragraphs;
        // A text with no double marks at all quotes with single ones, as British and many Asian and
        // African papers do: 'We will win,' he said.
        boolean singles = DOUBLE_MARKS.chars().noneMatch(c -> body.indexOf(c) >= 0);
        for (int k = 0; k < paras.size(); k++) {
            Span p = paras.get(k);
            if (singles) {
                // (a quotation left open runs on when the next paragraph opens with a mark, as news writes
                // a statement over paragraphs)
                boolean continued = k + 1 < paras.size() && paras.get(k + 1).end() > paras.get(k + 1).start()
                        && "'‘".indexOf(body.charAt(paras.get(k + 1).start())) >= 0;
                scanSingle(body, p.start(), p.end(), continued, out);
            } else {
                scan(body, p.start(), p.end(), out);
            }
        }
        return out;
    }

    /** Marks that make a text's quotations double ones (and the German single opener, which pairs as before). */
    private static final String DOUBLE_MARKS = "\"“”„«»‚";

    /**
     * Pairs single marks, straight or curly, within a paragraph. An apostrophe inside a word
     * ("don't") or after a plural's s before a lower-case word ("the students' union") is no mark
     * unless no other closes the quotation ("called the claims 'ridiculous' and said"),
     * and a mark left open closes nothing (a stray apostrophe must not swallow the paragraph) unless
     * the next paragraph opens with a mark, going on with the same speech.
     */
    private static void scanSingle(String body, int from, int to, boolean continued, List<QuotedSpan> out) {
        int open = -1;
        int owner = -1; // a mark after a plural's s, the closer if no other comes: "called the claims 'ridiculous' and said"
        for (int i = from; i < to; i++) {
            char c = body.charAt(i);
            if (c != '\'' && c != '‘' && c != '’') {
                continue;
            }
            boolean spaceBefore = i == from || Character.isWhitespace(body.charAt(i - 1)) || "([—–-".indexOf(body.charAt(i - 1)) >= 0;
            boolean wordAfter = i + 1 < to && (Character.isLetterOrDigit(body.charAt(i + 1)) || ellipsisAfter(body, i + 1));
            boolean decade = i + 3 < to && Character.isDigit(body.charAt(i + 1)) && Character.isDigit(body.charAt(i + 2))
                    && body.charAt(i + 3) == 's'; // "the '90s"
            boolean opens = c != '’' && spaceBefore && wordAfter && !decade;
            if (open >= 0 && owner > open && opens) {
                add(out, open, owner); // "'ridiculous' and added: 'We ...": the owner's mark closed the first
                open = -1;
                owner = -1;
            }
            if (open < 0 || c == '‘' && spaceBefore) {
                if (opens) {
                    open = i; // (a curly opener starts afresh: an earlier straight mark was an apostrophe)
                }
                continue;
            }
            boolean letterAfter = i + 1 < to && Character.isLetterOrDigit(body.charAt(i + 1));
            boolean pluralOwner = body.charAt(i - 1) == 's' && i + 2 < to && body.charAt(i + 1) == ' '
                    && Character.isLowerCase(body.charAt(i + 2));
            if (c != '‘' && !letterAfter && !spaceBefore && pluralOwner && owner < open) {
                owner = i;
            } else if (c != '‘' && !letterAfter && !spaceBefore && !pluralOwner) {
                add(out, open, i);
                open = -1;
                owner = -1;
            }
        }
        if (open >= 0 && owner > open) {
            add(out, open, owner);
        } else if (open >= 0 && continued && to - open > 1) {
            out.add(new QuotedSpan(open, open + 1, trimEnd(body, open + 1, to), -1));
        }
    }

    private static void scan(String body, int from, int to, List<QuotedSpan> out) {
        int open = -1;
        char expected = 0;
        int nested = 0; // curly quotes inside a straight one: '"PENCE: ... an episode of “Shark Tank.” But ...'
        for (int i = from; i < to; i++) {
            char c = body.charAt(i);
            if (open < 0) {
                char close = closerFor(body, i, from);
                if (close != 0) {
                    open = i;
                    expected = close;
                    nested = 0;
                }
            } else if (expected == '"' && c == '“') {
                nested++;
            } else if (expected == '"' && c == '”' && nested > 0) {
                nested--;
            } else if (closes(body, open, i, to, expected)) {
                // ("‘go away.’’’": an inner quotation's closer before the wire copy's ’’)
                boolean innerFirst = c == '’' && i + 2 < to && body.charAt(i + 1) == '’' && body.charAt(i + 2) == '’';
                add(out, open, innerFirst ? i + 1 : i);
                open = -1;
                if (innerFirst) {
                    i++;
                }
            }
        }
        if (open >= 0 && to - open > 1) {
            out.add(new QuotedSpan(open, open + 1, trimEnd(body, open + 1, to), -1));
        }
    }

    private static boolean closes(String body, int open, int i, int to, char expected) {
        char c = body.charAt(i);
        if (expected == '"') {
            return (c == '"' || c == '”') && isClosingStraight(body, i, to);
        }
        // „German“ quotes are closed by “, but some sites close them with ” as English does; and
        // typed text mixes “curly" and "straight” marks.
        return c == expected || (body.charAt(open) == '„' && c == '”')
                || (expected == '”' && c == '"' && isClosingStraight(body, i, to))
                || (expected == '”' && c == '’' && i + 1 < to && body.charAt(i + 1) == '’') // wire copy's ’’ for ”
                || (expected == '”' && c == '“' && turnedCloser(body, i, to))
                || (expected == '”' && c == '?' && lostCloser(body, open, i, to));
    }

    /**
     * A "?" right after a period or comma and before a space ('“illegitimate.? Wilson also wrote'):
     * a closing mark a wrong encoding turned into a question mark, as no sentence ends so.
     */
    private static boolean lostCloser(String body, int open, int i, int to) {
        char before = body.charAt(i - 1);
        boolean spaceAfter = i + 1 == to || Character.isWhitespace(body.charAt(i + 1));
        if (i - 1 <= open || !spaceAfter || before != '.' && before != ',') {
            return false;
        }
        // (not an abbreviation's period, which a real question may end with: "Is this the U.S.?", "at 9 a.m.?")
        int w = i - 1;
        while (w > open && Character.isLetter(body.charAt(w - 1))) {
            w--;
        }
        boolean plainWord = i - 1 - w >= 2 && (w == 0 || Character.isWhitespace(body.charAt(w - 1)) || w == open + 1)
                && Character.isLowerCase(body.charAt(i - 2));
        return before == ',' || plainWord;
    }

    /** The closing mark that the character at {@code i} would need, or 0 if it opens nothing. */
    private static char closerFor(String body, int i, int paragraphStart) {
        char c = body.charAt(i);
        return switch (c) {
            case '“' -> '”';
            case '„' -> '“';
            case '«' -> '»';
            case '‚' -> '‘';
            case '"' -> isOpeningStraight(body, i, paragraphStart) ? '"' : 0;
            // Some sites open with the closing mark: ”What is most infuriating ...” at a paragraph's
            // start, or ”… in the case of Wyoming, ...,” wrote Time, with an ellipsis after a space.
            case '”' -> (i == paragraphStart || Character.isWhitespace(body.charAt(i - 1))
                    || Character.getType(body.charAt(i - 1)) == Character.FORMAT) // an invisible direction mark
                    && i + 1 < body.length() && (Character.isLetter(body.charAt(i + 1)) || ellipsisAfter(body, i + 1)) ? '”' : 0;
            default -> 0;
        };
    }

    /** Whether an ellipsis opens the words at {@code i}, after a space or not: "… in the case", "... and". */
    private static boolean ellipsisAfter(String body, int i) {
        int j = i < body.length() && body.charAt(i) == ' ' ? i + 1 : i;
        return body.startsWith("…", j) || body.startsWith("...", j);
    }

    /** “Do you want to be associated with a fascist?“ he asked: an opening mark typed where the closing one goes. */
    private static boolean turnedCloser(String body, int i, int to) {
        boolean wordBefore = i > 0 && !Character.isWhitespace(body.charAt(i - 1));
        boolean spaceAfter = i + 1 >= to || Character.isWhitespace(body.charAt(i + 1));
        return wordBefore && spaceAfter;
    }

    private static boolean isOpeningStraight(String body, int i, int paragraphStart) {
        boolean before = i == paragraphStart || !Character.isLetterOrDigit(body.charAt(i - 1));
        // '"“You don’t win ...,” Rubio responded ..."': a straight mark wrapping a paragraph that has its own is no quote
        boolean after = i + 1 < body.length() && !Character.isWhitespace(body.charAt(i + 1)) && body.charAt(i + 1) != '“';
        // 'the message is, " 'We are watching you.' ..."': a space, then a single mark opening the inner quotation
        boolean spacedInner = i + 3 < body.length() && body.charAt(i + 1) == ' ' && (body.charAt(i + 2) == '\'' || body.charAt(i + 2) == '‘')
                && Character.isLetter(body.charAt(i + 3)) && i > paragraphStart && Character.isWhitespace(body.charAt(i - 1));
        return before && (after || spacedInner);
    }

    private static boolean isClosingStraight(String body, int i, int to) {
        return i + 1 >= to || !Character.isLetterOrDigit(body.charAt(i + 1));
    }

    private static void add(List<QuotedSpan> out, int open, int close) {
        if (close - open > 1) {
            out.add(new QuotedSpan(open, open + 1, close, close));
        }
    }

    private static int trimEnd(String body, int start, int end) {
        int e = end;
        while (e > start && Character.isWhitespace(body.charAt(e - 1))) {
            e--;
        }
        return e;
    }
}
