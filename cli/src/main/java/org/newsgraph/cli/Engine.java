package org.newsgraph.cli;

import org.newsgraph.corenlp.CoreNlpAnnotator;
import org.newsgraph.corenlp.CoreNlpSettings;
import org.newsgraph.pipeline.Pipeline;

/** Builds the standard pipeline with CoreNLP behind it; models load here, once per command. */
final class Engine {
    private Engine() {}

    static Pipeline load() {
        return Pipeline.standard(new CoreNlpAnnotator(CoreNlpSettings.DEFAULT));
    }
}
