package org.newsgraph.nlp;

/**
 * A typed dependency between two tokens (document token indices); governor -1 is the root.
 * Relations use Universal Dependencies names (nsubj, obj, obl, ...).
 */
public record Dependency(int governor, int dependent, String relation) {}
