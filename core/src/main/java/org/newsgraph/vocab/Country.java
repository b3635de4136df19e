package org.newsgraph.vocab;

/** A country of {@code countries.tsv}: ISO 3166 alpha-3 code and short English name. */
public record Country(String iso3, String name) {}
