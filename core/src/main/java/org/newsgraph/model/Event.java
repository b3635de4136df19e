package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;

/**
 * A political event: who did what to whom, when, in PLOVER and CAMEO codes.
 *
 * @param plover     PLOVER 0.8 event type (CONSULT, AGREE, SUPPORT, ...)
 * @param mode       PLOVER mode where the text gives it (e.g. "phone" for a video meeting)
 * @param context    PLOVER context where the text gives it (e.g. "military")
 * @param cameo      CAMEO code, as deep as the text supports
 * @param quadClass  1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param goldstein  Goldstein-style intensity, -10 (most hostile) to +10 (most cooperative)
 * @param actor      the side that acts; the first named where the side is compound
 * @param recipient  the side acted on; the first named where the side is compound
 * @param date       the day the event happened where the text dates it, else the article's date
 * @param historical the event lies in the past of the reported news (a war that ended)
 * @param negated    the text says the action did not happen
 * @param evidence   the words that triggered the event
 * @param actors     every actor of a compound acting side, in text order ("the US and Britain"), or
 *                   null when the side is one actor
 * @param recipients every actor of a compound receiving side ("Iran, Libya and Sudan"), or null
 *                   when the side is one actor
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Event(
        String plover,
        String mode,
        String context,
        String cameo,
        int quadClass,
        double goldstein,
        Actor actor,
        Actor recipient,
        LocalDate date,
        boolean historical,
        boolean negated,
        Span evidence,
        List<Actor> actors,
        List<Actor> recipients) {

    public Event {
        actors = actors == null ? null : List.copyOf(actors);
        recipients = recipients == null ? null : List.copyOf(recipients);
    }

    /** An event whose sides are one actor each. */
    public Event(String plover, String mode, String context, String cameo, int quadClass, double goldstein, Actor actor,
            Actor recipient, LocalDate date, boolean historical, boolean negated, Span evidence) {
        this(plover, mode, context, cameo, quadClass, goldstein, actor, recipient, date, historical, negated, evidence, null,
                null);
    }
}
