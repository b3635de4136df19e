package org.newsgraph.model;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One side of an event: the entity behind it (when the engine resolved one), a name, the actor
 * code ({@code AZEGOV}: country plus sector) and the span of the mention that named it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Actor(String entity, String name, String code, Span mention) {}
