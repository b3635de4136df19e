package org.newsgraph.pipeline;

import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import org.newsgraph.nlp.AnnotatedText;
import org.newsgraph.nlp.Annotator;

/**
 * An annotator whose models load on first use, once, however many threads ask at the same time.
 * A command whose inputs all fail, or that never reaches annotation, then pays nothing for the
 * models (CoreNLP's take seconds and hundreds of megabytes). {@link #prefetch()} starts the load
 * in the background instead, so that it overlaps with reading and extracting the first inputs.
 */
public final class LazyAnnotator implements Annotator {
    private final String name;
    private final FutureTask<Annotator> load;
    private volatile long loadNanos = -1;

    /**
     * @param name   the annotator's name, known without loading it
     * @param loader builds the real annotator; called at most once
     */
    public LazyAnnotator(String name, Supplier<Annotator> loader) {
        this.name = Objects.requireNonNull(name, "name");
        Objects.requireNonNull(loader, "loader");
        this.load = new FutureTask<>(() -> {
            long t0 = System.nanoTime();
            Annotator a = Objects.requireNonNull(loader.get(), "loader gave no annotator");
            loadNanos = System.nanoTime() - t0;
            return a;
        });
    }

    @Override
    public AnnotatedText annotate(String text) {
        return load().annotate(text);
    }

    @Override
    public String name() {
        return name;
    }

    /**
     * The real annotator, loading it on this thread if no thread has started to; a thread that
     * comes while another loads waits for that load. A load that failed fails every call alike.
     */
    public Annotator load() {
        load.run(); // does nothing when the load has already run or is running elsewhere
        try {
            return load.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the models loaded", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException("the models could not be loaded", e.getCause());
        }
    }

    /**
     * Starts the load on a background thread and returns at once; for a command that knows it
     * will annotate. A daemon thread: a command that ends first does not wait for it.
     */
    public void prefetch() {
        Thread t = new Thread(load, "newsgraph-model-load");
        t.setDaemon(true);
        t.start();
    }

    public boolean isLoaded() {
        return load.isDone();
    }

    /** Seconds the load took, or -1 while it has not finished. */
    public double loadSeconds() {
        long ns = loadNanos;
        return ns < 0 ? -1 : ns / 1e9;
    }
}
