package org.newsgraph.quotes;

/**
 * The tokens that attribute a quote: the source phrase {@code [sourceFirst, sourceEnd)} ("he",
 * "the head of state") and the cue {@code [cueFirst, cueEnd)} ("said", "according to").
 */
record Cue(int sourceFirst, int sourceEnd, int cueFirst, int cueEnd) {}
