/** The stages assembled into one pipeline: page in, {@link org.newsgraph.model.NewsRecord} out. */
package org.newsgraph.pipeline;
