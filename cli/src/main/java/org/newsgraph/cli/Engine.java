package org.newsgraph.cli;

import org.newsgraph.corenlp.CoreNlpAnnotator;
import org.newsgraph.corenlp.CoreNlpSettings;
import org.newsgraph.pipeline.LazyAnnotator;
import org.newsgraph.pipeline.Pipeline;

/**
 * Builds the standard pipeline with CoreNLP behind it. The models load when the first document
 * reaches annotation, once per command: a run whose inputs all fail never loads them.
 */
final class Engine {
    private Engine() {}

    static Pipeline load() {
        return Pipeline.standard(annotator());
    }

    /**
     * For a command that has inputs to annotate: the models start loading now, in the background,
     * while the first inputs are read and extracted (Lingua's load among them), so that a cold
     * start pays for the two loads side by side rather than one after the other.
     */
    static Pipeline loadInBackground() {
        LazyAnnotator annotator = annotator();
        annotator.prefetch();
        return Pipeline.standard(annotator);
    }

    /** The CoreNLP annotator, not yet loaded; {@code bench} keeps it to time the load. */
    static LazyAnnotator annotator() {
        CoreNlpSettings settings = CoreNlpSettings.DEFAULT;
        return new LazyAnnotator(CoreNlpAnnotator.describe(settings), () -> new CoreNlpAnnotator(settings));
    }
}
