package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;

/**
 * A political event: who did what to whom, when, in PLOVER and CAMEO codes.
 *
 * @param plover     PLOVER 0.8 event type (CONSULT, AGREE, SUPPORT, ...)
 * @param mode       PLOVER mode where the text gives it (e.g. "phone" for a video meeting)
 * @param context    PLOVER context where the text gives it (e.g. "military")
 * @param cameo      CAMEO code, as deep as the text supports
 * @param quadClass  1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param goldstein  Goldstein-style intensity, -10 (most hostile) to +10 (most cooperative)
 * @param date       the day the event happened where the text dates it, else the article's date
 * @param historical the event lies in the past of the reported news (a war that ended)
 * @param negated    the text says the action did not happen
 * @param evidence   the words that triggered the event
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
        Span evidence) {}
