package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * A quotation and who said it.
 *
 * @param text    the quoted words (for a direct quote, what stands between the quotation marks)
 * @param kind    direct (in quotation marks) or indirect (reported speech after a cue)
 * @param speaker the resolved speaker, or {@code null} where the engine cannot tell
 * @param source  the local mention of the speaker next to the cue ("he", "the head of state")
 * @param cue     the reporting words ("said", "added", "expressed confidence")
 * @param parts   for a quote interrupted by its cue ("The victory," he said, "was ours."), the span
 *                of each part; null for a quote in one piece. {@code text} then joins the parts
 *                with a space, and {@code start}/{@code end} run from the first part to the last.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record Quote(
        String text,
        int start,
        int end,
        QuoteKind kind,
        Speaker speaker,
        Span source,
        Span cue,
        @JsonInclude(JsonInclude.Include.NON_NULL) List<Span> parts) {

    public Quote {
        parts = parts == null ? null : List.copyOf(parts);
    }

    /** A quote in one piece. */
    public Quote(String text, int start, int end, QuoteKind kind, Speaker speaker, Span source, Span cue) {
        this(text, start, end, kind, speaker, source, cue, null);
    }

    /** The spans of the quoted words: the parts, or the one span from start to end. */
    @JsonIgnore
    public List<Span> spans() {
        return parts != null ? parts : List.of(Span.bounds(start, end));
    }

    public enum QuoteKind {
        direct,
        indirect
    }

    /** The speaker as an entity of the document (its id) and its name. */
    public record Speaker(String entity, String name) {}
}
