package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A quotation and who said it.
 *
 * @param text    the quoted words (for a direct quote, what stands between the quotation marks)
 * @param kind    direct (in quotation marks) or indirect (reported speech after a cue)
 * @param speaker the resolved speaker, or {@code null} where the engine cannot tell
 * @param source  the local mention of the speaker next to the cue ("he", "the head of state")
 * @param cue     the reporting words ("said", "added", "expressed confidence")
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Quote(
        String text,
        int start,
        int end,
        QuoteKind kind,
        Speaker speaker,
        Span source,
        Span cue) {

    public enum QuoteKind {
        direct,
        indirect
    }

    /** The speaker as an entity of the document (its id) and its name. */
    public record Speaker(String entity, String name) {}
}
