package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.newsgraph.ingest.DocumentSource;
import org.newsgraph.ingest.InputException;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.pipeline.OrderedWorkers;

/** The batch on several threads: results and errors in input order, one bad input never stops it. */
class BatchTest {
    private static DocumentSource source(int i) {
        String name = "doc-" + i;
        return new DocumentSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public RawDocument load() {
                if (i % 7 == 3) {
                    throw new InputException(name, "empty");
                }
                return new RawDocument(name, "text " + i, RawDocument.Format.TEXT, null, null);
            }
        };
    }

    @Test
    void resultsAndErrorsComeInInputOrderAndTheBatchGoesOn() {
        List<DocumentSource> sources = IntStream.range(0, 30).mapToObj(BatchTest::source).toList();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Batch<String> batch = new Batch<>(doc -> {
            int i = Integer.parseInt(doc.id().substring(4));
            if (i % 7 == 5) {
                throw new IllegalArgumentException("broken " + i);
            }
            try {
                Thread.sleep(i % 4 == 0 ? 15 : 1); // later documents often finish first
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return doc.id();
        }, new PrintStream(err, true, StandardCharsets.UTF_8), new OrderedWorkers(3));
        List<String> out = new ArrayList<>();
        batch.run(sources, null, out::add);

        List<String> expected = IntStream.range(0, 30).filter(i -> i % 7 != 3 && i % 7 != 5).mapToObj(i -> "doc-" + i).toList();
        assertEquals(expected, out);
        List<String> errors = err.toString(StandardCharsets.UTF_8).lines().toList();
        List<String> expectedErrors = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            if (i % 7 == 3) {
                expectedErrors.add("error: doc-" + i + ": empty");
            } else if (i % 7 == 5) {
                expectedErrors.add("error: doc-" + i + ": analysis failed: java.lang.IllegalArgumentException: broken " + i);
            }
        }
        assertEquals(expectedErrors, errors);
        assertEquals(expected.size(), batch.ok());
        assertEquals(30 - expected.size(), batch.failed());
        assertEquals(ExitCodes.SOME_INPUTS_FAILED, batch.exitCode());
    }
}
