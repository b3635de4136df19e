package org.newsgraph.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.newsgraph.events.GdeltEventRows;
import org.newsgraph.model.NewsRecord;
import org.newsgraph.store.ArticleSummary;
import org.newsgraph.store.RecordStore;
import org.newsgraph.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Writes what the store holds in another layout. gdelt-events: the stored events as tab-separated "
                + "rows of GDELT 2.0's 61-column event table (no header; columns the engine does not know are empty).")
final class ExportCommand implements Callable<Integer> {
    private static final String GDELT_EVENTS = "gdelt-events";
    /** Records read from the store at a time. */
    private static final int PAGE = 200;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", description = "The layout to write: " + GDELT_EVENTS + ".")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Mixin
    StoreOptions store = new StoreOptions();

    @Override
    public Integer call() {
        if (!GDELT_EVENTS.equals(format)) {
            System.err.println("error: unknown export format '" + format + "' (known: " + GDELT_EVENTS + ")");
            return ExitCodes.FAILED;
        }
        if (!Files.isRegularFile(store.dir.resolve(RecordStore.FILE_NAME))) {
            System.err.println("error: no store at " + store.dir.toAbsolutePath().normalize() + " (run ingest first, or give --store DIR)");
            return ExitCodes.FAILED;
        }
        try (RecordStore records = RecordStore.open(store.dir); PrintStream out = open()) {
            long rows = 0;
            int documents = 0;
            for (int offset = 0; ; offset += PAGE) {
                List<ArticleSummary> page = records.list(PAGE, offset);
                for (ArticleSummary s : page) {
                    Optional<NewsRecord> r = records.get(s.id());
                    if (r.isPresent()) {
                        for (String row : GdeltEventRows.rows(r.get(), rows + 1)) {
                            out.println(row);
                            rows++;
                        }
                        documents++;
                    }
                }
                if (page.size() < PAGE) {
                    break;
                }
            }
            out.flush();
            System.err.printf("exported %d event(s) from %d document(s) in %s%n", rows, documents, records.file());
            return out.checkError() ? ExitCodes.FAILED : ExitCodes.OK;
        } catch (StoreException e) {
            System.err.println("error: " + e.getMessage());
            return ExitCodes.FAILED;
        } catch (IOException e) {
            System.err.println("error: " + output + ": cannot write: " + e.getMessage());
            return ExitCodes.FAILED;
        }
    }

    private PrintStream open() throws IOException {
        OutputStream os = output == null ? new NonClosing(System.out) : Files.newOutputStream(output);
        return new PrintStream(os, false, StandardCharsets.UTF_8);
    }

    /** Standard output stays open when the export's stream is closed. */
    private static final class NonClosing extends FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }
}
