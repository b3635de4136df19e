package org.newsgraph.vocab;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Longest-match lookup of multi-word phrases over a token sequence. Phrases are stored as their
 * tokens joined by single spaces; matching is exact-case or lower-case as built, because "US" the
 * country and "us" the pronoun must not meet.
 */
public final class PhraseMatcher<T> {
    /** A phrase found at {@code [start, end)} of the token list. */
    public record Match<T>(int start, int end, T value) {}

    private final Map<String, T> phrases = new HashMap<>();
    private final boolean lowerCase;
    private int maxTokens = 1;

    public PhraseMatcher(boolean lowerCase) {
        this.lowerCase = lowerCase;
    }

    /** Adds a phrase; the first value given for a phrase wins. */
    public void add(String phrase, T value) {
        String key = key(phrase.strip().replaceAll("\\s+", " "));
        phrases.putIfAbsent(key, value);
        maxTokens = Math.max(maxTokens, key.split(" ").length + 2);
    }

    public boolean isEmpty() {
        return phrases.isEmpty();
    }

    /** The longest phrase starting exactly at {@code start}, or null. */
    public Match<T> matchAt(List<String> tokens, int start) {
        StringBuilder sb = new StringBuilder();
        Match<T> best = null;
        for (int end = start; end < tokens.size() && end - start < maxTokens; end++) {
            String t = tokens.get(end);
            // Tokenizers split "U.S.-led" or "Azerbaijan-Pakistan" around hyphens; phrases keep words only.
            if (end > start) {
                sb.append(' ');
            }
            sb.append(t);
            T v = phrases.get(key(sb.toString()));
            if (v != null) {
                best = new Match<>(start, end + 1, v);
            }
        }
        return best;
    }

    public T get(String phrase) {
        return phrases.get(key(phrase));
    }

    private String key(String s) {
        return lowerCase ? s.toLowerCase(Locale.ROOT) : s;
    }
}
