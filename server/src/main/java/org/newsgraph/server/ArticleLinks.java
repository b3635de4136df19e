package org.newsgraph.server;

import java.nio.charset.StandardCharsets;

/**
 * Where an article lives on the site. Ids are file paths or URLs ({@code samples/a.txt},
 * {@code https://x.org/a?b=1}), so the id is percent-encoded into a single path segment: every
 * byte but letters, digits and {@code - . _ ~} is escaped, including {@code /}, {@code :} and
 * {@code ?}. Jetty accepts an encoded slash inside a segment and Javalin decodes the path
 * parameter, so {@code ctx.pathParam("id")} gives back the id as stored.
 */
public final class ArticleLinks {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private ArticleLinks() {}

    /** The page of the article: {@code /articles/<encoded id>}. */
    public static String page(String id) {
        return "/articles/" + encodeSegment(id);
    }

    /** The JSON record of the article: {@code /api/articles/<encoded id>}. */
    static String api(String id) {
        return "/api/articles/" + encodeSegment(id);
    }

    static String encodeSegment(String id) {
        StringBuilder out = new StringBuilder(id.length() + 16);
        // "." and ".." are dot-segments that a client or server would resolve away: encode them.
        boolean onlyDots = !id.isEmpty() && id.chars().allMatch(c -> c == '.');
        for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xFF;
            boolean unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '~' || (c == '.' && !onlyDots);
            if (unreserved) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        return out.toString();
    }
}
