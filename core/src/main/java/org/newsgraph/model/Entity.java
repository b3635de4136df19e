package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One real-world thing named in the article, with every mention of it grouped together
 * ("Ilham Aliyev", "President Aliyev", "the head of state").
 *
 * @param id       document-local id, {@code e1}, {@code e2}, ... in order of first mention
 * @param country  ISO 3166 alpha-3 code of the country the entity belongs to or is, where known
 * @param sector   CAMEO-style sector (GOV, MIL, JUD, ...) from titles and context, where known
 * @param code     actor code as event data writes it: country plus sector ({@code AZEGOV}), or
 *                 just the country for a country
 * @param titles   titles and roles given to a person ("President", "General")
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Entity(
        String id,
        String name,
        EntityType type,
        String country,
        String sector,
        String code,
        List<String> titles,
        List<Span> mentions) {

    public Entity {
        titles = List.copyOf(titles);
        mentions = List.copyOf(mentions);
    }
}
