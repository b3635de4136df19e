package org.newsgraph.nlp;

import java.util.List;

/**
 * A sentence: its character span and the half-open range of document tokens it holds.
 * Dependencies are empty when the annotator did not parse this sentence.
 */
public record Sentence(int index, int start, int end, int firstToken, int endToken, List<Dependency> dependencies) {
    public Sentence {
        if (endToken < firstToken) {
            throw new IllegalArgumentException("sentence ends before it starts");
        }
        dependencies = List.copyOf(dependencies);
    }

    public int size() {
        return endToken - firstToken;
    }

    public boolean containsToken(int tokenIndex) {
        return firstToken <= tokenIndex && tokenIndex < endToken;
    }

    public boolean containsOffset(int offset) {
        return start <= offset && offset < end;
    }
}
