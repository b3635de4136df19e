package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.model.NewsRecord;

class PipelineTest {
    @Test
    void aPageWithoutTextNeverLoadsTheModels() {
        LazyAnnotator models = new LazyAnnotator("never", () -> {
            throw new AssertionError("the annotator was asked for a page without text");
        });
        Pipeline pipeline = Pipeline.standard(models);
        NewsRecord r = pipeline.analyze(new RawDocument("video", "<html><head><title>Watch</title></head><body>"
                + "<video src=\"clip.mp4\"></video></body></html>", RawDocument.Format.HTML, null, null));
        assertTrue(r.article().body().isBlank(), r.article().body());
        assertTrue(r.entities().isEmpty() && r.quotes().isEmpty() && r.events().isEmpty());
        assertEquals(false, models.isLoaded());
        assertEquals(1, pipeline.times().documents());
        assertEquals(0, pipeline.times().tokens());
    }
}
