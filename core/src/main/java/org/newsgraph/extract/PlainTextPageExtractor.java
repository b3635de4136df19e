package org.newsgraph.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.newsgraph.model.Article;

/**
 * Reads a page captured as text: blocks separated by blank lines, with the site's chrome around
 * the article. A short block that holds a text-size widget or a bare date is chrome (its date is
 * kept); a short last block without sentence punctuation that looks like a site name is the
 * source; a leading "By ..." block is the byline; a short first block without a final period is
 * the headline. Nothing is invented: without such a block the field stays null.
 */
public final class PlainTextPageExtractor {
    /** Text-size controls as sites render them: "+ ↺ − 16 px", "A+ A-", "Font size". */
    private static final Pattern TEXT_SIZE_WIDGET = Pattern.compile(
            "↺|⟲|\\b\\d{1,2}\\s?px\\b|(^|\\s)A\\s?[+−-](\\s|$)|\\b(font|text)[ -]size\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern SOURCE_PREFIX = Pattern.compile("^(source|quelle|fuente)\\s*:\\s*", Pattern.CASE_INSENSITIVE);
    private static final Pattern SITE_NAME = Pattern.compile("^[\\p{L}\\p{N}][\\p{L}\\p{N} .&'-]{0,58}$");
    private static final int SHORT_BLOCK_WORDS = 12;

    public Article extract(String text, String url, LocalDate knownDate, LocalDate today) {
        List<String> blocks = blocks(text);
        LocalDate date = null;
        String source = null;
        String byline = null;
        String title = null;
        List<String> kept = new ArrayList<>();
        for (String block : blocks) {
            if (isChrome(block)) {
                if (date == null) {
                    date = DateFinder.find(block, today).orElse(null);
                }
                continue;
            }
            kept.add(block);
        }
        if (!kept.isEmpty()) {
            String last = kept.get(kept.size() - 1);
            Optional<String> site = sourceLine(last);
            if (site.isPresent() && kept.size() > 1) {
                source = site.get();
                kept.remove(kept.size() - 1);
            }
        }
        if (kept.size() > 1 && isByline(kept.get(0))) {
            byline = Bylines.withoutPrefix(kept.remove(0));
        }
        if (kept.size() > 2 && looksLikeHeadline(kept.get(0))) {
            title = kept.remove(0);
            if (byline == null && isByline(kept.get(0))) {
                byline = Bylines.withoutPrefix(kept.remove(0));
            }
        }
        BodyBuilder body = new BodyBuilder();
        kept.forEach(body::add);
        return new Article(url, title, byline, date != null ? date : knownDate, source, null, body.body(),
                body.paragraphs());
    }

    static List<String> blocks(String text) {
        String t = text.replace("\r\n", "\n").replace('\r', '\n');
        String[] parts = t.split("\\n[ \\t\\u00a0]*\\n+");
        List<String> out = new ArrayList<>();
        if (parts.length == 1 && t.strip().contains("\n")) {
            // No blank lines at all: each line is a paragraph, as many captures write them.
            parts = t.split("\\n");
        }
        for (String p : parts) {
            for (String piece : LineBreaks.isOneParagraphPerLine(p) ? p.split("\\n") : new String[] {p}) {
                String b = BodyBuilder.normalize(piece);
                if (!b.isEmpty()) {
                    out.add(b);
                }
            }
        }
        return out;
    }

    private static boolean isChrome(String block) {
        if (words(block) > SHORT_BLOCK_WORDS) {
            return false;
        }
        if (TEXT_SIZE_WIDGET.matcher(block).find()) {
            return true;
        }
        return DateLine.is(block);
    }

    private static boolean isByline(String block) {
        return words(block) <= SHORT_BLOCK_WORDS && Bylines.isBylineLine(block);
    }

    private static Optional<String> sourceLine(String block) {
        String b = SOURCE_PREFIX.matcher(block).replaceFirst("");
        boolean prefixed = b.length() != block.length();
        if (words(b) > 5 || !SITE_NAME.matcher(b).matches() || endsSentence(b)) {
            return Optional.empty();
        }
        boolean domainLike = b.matches(".*\\p{L}\\.\\p{L}.*");
        boolean titleCase = b.chars().filter(Character::isLetter).findFirst().stream().allMatch(Character::isUpperCase);
        return prefixed || domainLike || titleCase ? Optional.of(b) : Optional.empty();
    }

    private static boolean looksLikeHeadline(String block) {
        int w = words(block);
        return w >= 3 && w <= 25 && !endsSentence(block) && !block.startsWith("“") && !block.startsWith("\"");
    }

    private static boolean endsSentence(String s) {
        char c = s.charAt(s.length() - 1);
        return c == '.' || c == '!' || c == '?' || c == '"' || c == '”' || c == '»' || c == ':' || c == ',';
    }

    /** How many runs of non-space characters {@code s} holds; counted, not split, as every block of every page is counted. */
    static int words(String s) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !inWord) {
                n++;
            }
            inWord = !space;
        }
        return n;
    }
}
