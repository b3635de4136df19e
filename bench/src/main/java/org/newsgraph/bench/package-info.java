/** Benchmarks that set Newsgraph beside other libraries on the same pages, in one run. */
package org.newsgraph.bench;
