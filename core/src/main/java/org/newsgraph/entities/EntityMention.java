package org.newsgraph.entities;

import org.newsgraph.model.Span;

/**
 * One mention of an entity: tokens {@code [firstToken, endToken)} and their span.
 * {@code nameToken} is the first token of the name itself, after any title ("Aliyev" in
 * "President Aliyev"); for other kinds it is {@code firstToken}.
 */
public record EntityMention(String entity, int firstToken, int endToken, int nameToken, Span span, MentionKind kind) {
    public boolean coversToken(int token) {
        return firstToken <= token && token < endToken;
    }

    public boolean isCountry() {
        return kind == MentionKind.COUNTRY_NAME || kind == MentionKind.COUNTRY_ADJECTIVE || kind == MentionKind.CAPITAL;
    }
}
