/**
 * Measuring the pipeline for {@code newsgraph bench}: throughput over timed passes, peak heap, and
 * the seed page's quality scored the same way for Newsgraph and for a system that gives less.
 */
package org.newsgraph.pipeline.bench;
