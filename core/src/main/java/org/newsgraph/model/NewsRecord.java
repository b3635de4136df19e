package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/** The whole record of one document: schema {@value #SCHEMA}. */
@JsonPropertyOrder({"schema", "id", "article", "entities", "quotes", "events"})
public record NewsRecord(
        String id,
        Article article,
        List<Entity> entities,
        List<Quote> quotes,
        List<Event> events) {

    public static final String SCHEMA = "newsgraph/1";

    public NewsRecord {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(article, "article");
        entities = List.copyOf(entities);
        quotes = List.copyOf(quotes);
        events = List.copyOf(events);
    }

    @JsonProperty("schema")
    public String schema() {
        return SCHEMA;
    }

    /** The entity with this document-local id, or null. */
    public Entity entity(String entityId) {
        for (Entity e : entities) {
            if (e.id().equals(entityId)) {
                return e;
            }
        }
        return null;
    }
}
