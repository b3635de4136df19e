/**
 * Measuring quotation finding and attribution on gold data in PolNeAR's JSON Lines layout:
 * content, cue and source spans, and named speakers where the gold gives them.
 */
package org.newsgraph.eval.quotes;
