package org.newsgraph.cli;

import org.newsgraph.pipeline.Pipeline;

/** The real pipeline, loaded once for every test of this JVM. */
final class TestEngine {
    static final Pipeline PIPELINE = Engine.load();

    private TestEngine() {}
}
