package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.eval.ExpectedRecordCheck;
import org.newsgraph.ingest.InputLimits;
import org.newsgraph.ingest.InputSources;
import org.newsgraph.ingest.RawDocument;
import org.newsgraph.json.RecordJson;
import org.newsgraph.model.NewsRecord;

/**
 * The seed page end to end against its expected record. The page and its expectations live in
 * {@code ../shared/eval/seed/} beside the checkout, which a user's clone does not have: the test
 * then says it skipped.
 */
class SeedPageTest {
    private static final Path SEED = Path.of("..", "..", "shared", "eval", "seed");
    private static final String NAME = "000_f2aea6c208a11874";

    @Test
    void seedPageMeetsEveryRequiredItemAndNoForbiddenOne() throws IOException {
        Path page = SEED.resolve(NAME + ".txt");
        assumeTrue(Files.isRegularFile(page), "skipped: " + page.toAbsolutePath().normalize()
                + " is absent (the shared evaluation data is not beside this checkout)");
        RawDocument doc = new InputSources(InputLimits.DEFAULT, System.in).expand(List.of(page.toString())).get(0).load();
        NewsRecord record = TestEngine.PIPELINE.analyze(doc);
        JsonNode expected = RecordJson.mapper().readTree(SEED.resolve(NAME + ".expected.json").toFile());
        ExpectedRecordCheck.Result result = ExpectedRecordCheck.check(record, expected);
        assertTrue(result.passed(), String.join("\n", result.failures()));
        System.out.printf("seed page: all required items met, %d of %d optional items found%n",
                result.optionalFound(), result.optionalTotal());
    }
}
