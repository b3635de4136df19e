package org.newsgraph.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Annotator;

class LazyAnnotatorTest {
    /** An annotator that makes no tokens; its load is counted and a little slow, as real ones are. */
    private static Annotator slowLoad(AtomicInteger loads) {
        loads.incrementAndGet();
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return new Annotator() {
            @Override
            public AnnotatedText annotate(String text) {
                return new AnnotatedText(text, List.of(), List.of());
            }

            @Override
            public String name() {
                return "empty";
            }
        };
    }

    @Test
    void nothingLoadsUntilTheFirstText() {
        AtomicInteger loads = new AtomicInteger();
        LazyAnnotator lazy = new LazyAnnotator("empty", () -> slowLoad(loads));
        assertEquals("empty", lazy.name());
        assertFalse(lazy.isLoaded());
        assertEquals(0, loads.get());
        lazy.annotate("Some text.");
        assertTrue(lazy.isLoaded());
        assertTrue(lazy.loadSeconds() > 0);
    }

    @Test
    void manyThreadsAtOnceLoadTheModelsOnce() {
        AtomicInteger loads = new AtomicInteger();
        LazyAnnotator lazy = new LazyAnnotator("empty", () -> slowLoad(loads));
        new OrderedWorkers(8).run(IntStream.range(0, 32).boxed().toList(), i -> lazy.annotate("text " + i), t -> { });
        assertEquals(1, loads.get());
    }

    @Test
    void prefetchLoadsInTheBackgroundAndTheFirstCallWaitsForIt() {
        AtomicInteger loads = new AtomicInteger();
        LazyAnnotator lazy = new LazyAnnotator("empty", () -> slowLoad(loads));
        lazy.prefetch();
        Annotator loaded = lazy.load();
        assertSame(loaded, lazy.load());
        assertEquals(1, loads.get());
    }

    @Test
    void aFailedLoadFailsEveryCallWithItsCause() {
        AtomicInteger loads = new AtomicInteger();
        LazyAnnotator lazy = new LazyAnnotator("broken", () -> {
            loads.incrementAndGet();
            throw new IllegalStateException("model file missing");
        });
        for (int i = 0; i < 2; i++) {
            IllegalStateException e = assertThrows(IllegalStateException.class, () -> lazy.annotate("text"));
            assertEquals("model file missing", e.getMessage());
        }
        assertEquals(1, loads.get());
    }
}
