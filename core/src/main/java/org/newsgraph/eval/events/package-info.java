/**
 * Measuring event coding on gold data: the PLOVER gold-standard records (JSON) and PETRARCH's
 * unit-test records (XML, with the user's actor dictionary), scored by actor country, recipient
 * country and PLOVER type, beside a verb-lookup baseline run on the same annotations.
 */
package org.newsgraph.eval.events;
