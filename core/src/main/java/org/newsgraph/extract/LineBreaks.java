package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;

/**
 * Tells a block written one paragraph per line from a paragraph hard-wrapped over several lines.
 * Captures often mix the two: a blank line after the header, then one paragraph per line with
 * the site's name last. A wrapped line stops mid-sentence and the next one goes on in lower case;
 * a paragraph line ends its sentence, or is a short line standing alone (a site name, a byline).
 */
final class LineBreaks {
    /** A line this short that is not continued on the next one stands alone; site lines are no longer. */
    private static final int SHORT_LINE_WORDS = 5;

    private LineBreaks() {}

    static boolean isOneParagraphPerLine(String block) {
        List<String> lines = new ArrayList<>();
        for (String line : block.split("\\n")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        if (lines.size() < 2) {
            return false;
        }
        int standalone = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            boolean continued = i + 1 < lines.size() && startsLowerCase(lines.get(i + 1));
            boolean ends = endsSentence(line) || PlainTextPageExtractor.words(line) <= SHORT_LINE_WORDS;
            if (ends && !continued) {
                standalone++;
            }
        }
        return standalone * 2 > lines.size();
    }

    private static boolean startsLowerCase(String line) {
        return Character.isLowerCase(line.codePointAt(0));
    }

    /** Commas and colons are left out: a wrapped line often stops at one. */
    private static boolean endsSentence(String line) {
        char c = line.charAt(line.length() - 1);
        return c == '.' || c == '!' || c == '?' || c == '…' || c == '"' || c == '”' || c == '»';
    }
}
