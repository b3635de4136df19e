/**
 * Political events: who did what to whom, when, coded in PLOVER and CAMEO with the evidence span
 * that triggered each, over Newsgraph's own annotation records and entity groups.
 */
package org.newsgraph.events;
