package org.newsgraph.pipeline.bench;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.ingest.RawDocument;

/**
 * Articles of a chosen length made from the paragraphs of real ones, to measure how the cost grows
 * with length on text of the same kind. Each article starts at a different paragraph and takes
 * whole paragraphs, in order and wrapping round, until it has the words asked for; it is written
 * as a plain HTML page so that it goes through extraction like any other.
 */
public final class LengthCorpus {
    private final List<String> paragraphs;

    /** @param bodies article bodies whose blank-line-separated paragraphs are the material */
    public LengthCorpus(List<String> bodies) {
        List<String> out = new ArrayList<>();
        for (String body : bodies) {
            for (String p : body.split("\n\\s*\n")) {
                if (!p.isBlank()) {
                    out.add(p.strip());
                }
            }
        }
        if (out.isEmpty()) {
            throw new IllegalArgumentException("no paragraphs to build articles from");
        }
        this.paragraphs = List.copyOf(out);
    }

    /** {@code count} pages of at least {@code words} words each (whole paragraphs, so a little more). */
    public List<RawDocument> pages(int words, int count) {
        List<RawDocument> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int at = (int) ((long) i * paragraphs.size() / count);
            StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><title>Length ")
                    .append(words).append("</title></head><body><article>\n");
            int have = 0;
            for (int k = 0; have < words; k++) {
                String p = paragraphs.get((at + k) % paragraphs.size());
                html.append("<p>").append(escape(p)).append("</p>\n");
                have += wordCount(p);
            }
            html.append("</article></body></html>\n");
            out.add(new RawDocument("length-" + words + "-" + (i + 1), html.toString(), RawDocument.Format.HTML, null, null));
        }
        return out;
    }

    /** Words as a reader counts them: runs of non-space characters. */
    public static int wordCount(String text) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) {
                n++;
            }
            inWord = !space;
        }
        return n;
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
