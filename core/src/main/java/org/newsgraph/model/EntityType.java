package org.newsgraph.model;

/** The kinds of named things the engine keeps. COUNTRY is a sovereign state; LOCATION any other place. */
public enum EntityType {
    PERSON,
    ORGANIZATION,
    COUNTRY,
    LOCATION,
    OTHER
}
