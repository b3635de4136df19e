/** Measuring records against gold data: expected-record files such as the seed page's. */
package org.newsgraph.eval;
