package org.newsgraph.vocab;

/** An organisation of {@code organizations.tsv}: canonical name, country (ISO3 or null) and sector. */
public record Organization(String name, String country, String sector) {}
