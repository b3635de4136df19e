package org.newsgraph.server;

/**
 * The one way record text enters a page. Every string that comes from a record or a request goes
 * through {@link #escape} before it is appended, in element content and in (double-quoted)
 * attribute values alike, which is why quotes are escaped as well as angle brackets.
 */
final class Html {
    private Html() {}

    /** The text with {@code & < > " '} replaced by character references; {@code null} becomes "". */
    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        appendEscaped(out, text, 0, text.length());
        return out.toString();
    }

    /** Appends {@code text[from, to)} escaped, without copying the stretch first. */
    static void appendEscaped(StringBuilder out, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                // A NUL in a page is a parse error and browsers drop it anyway.
                case '\u0000' -> out.append('\uFFFD');
                default -> out.append(c);
            }
        }
    }
}
