package org.newsgraph.nlp;

import java.util.List;
import java.util.Objects;

/** A text with its tokens and sentences; offsets index into {@link #text()}. */
public record AnnotatedText(String text, List<Token> tokens, List<Sentence> sentences) {
    public AnnotatedText {
        Objects.requireNonNull(text, "text");
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
    }

    public Token token(int index) {
        return tokens.get(index);
    }

    public List<Token> tokensOf(Sentence sentence) {
        return tokens.subList(sentence.firstToken(), sentence.endToken());
    }

    /** The sentence holding this token index, or null. */
    public Sentence sentenceOfToken(int tokenIndex) {
        for (Sentence s : sentences) {
            if (s.containsToken(tokenIndex)) {
                return s;
            }
        }
        return null;
    }

    /** The sentence holding this character offset, or null. */
    public Sentence sentenceAt(int offset) {
        for (Sentence s : sentences) {
            if (s.containsOffset(offset)) {
                return s;
            }
        }
        return null;
    }

    /** Index of the first token that starts at or after {@code offset}, or the token count. */
    public int firstTokenAtOrAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Whether the token is a dash: a dash character ({@link Token#isDash}), or a hyphen with a space
     * on each side standing for one, as some copy types it ("Donald Trump - who ... - said").
     */
    public boolean isDash(int index) {
        Token t = tokens.get(index);
        if (t.isDash()) {
            return true;
        }
        return t.text().equals("-") && t.start() > 0 && t.end() < text.length()
                && Character.isWhitespace(text.charAt(t.start() - 1)) && Character.isWhitespace(text.charAt(t.end()));
    }

    /** The text between two token indices, from the first's start to the last's end (inclusive). */
    public String textOf(int firstToken, int lastToken) {
        return text.substring(tokens.get(firstToken).start(), tokens.get(lastToken).end());
    }
}
