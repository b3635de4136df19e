package org.newsgraph.eval.events;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a gold event file in whichever format it is: a JSON array (PLOVER gold records) or XML
 * (PETRARCH validation records), told apart by the first character that is not white space or a
 * byte-order mark, not by the file's name.
 */
public final class EventGoldFiles {
    /** The formats the reader knows. */
    public enum Format {
        PLOVER_JSON,
        PETRARCH_XML
    }

    private EventGoldFiles() {}

    public static Format format(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            int c;
            while ((c = in.read()) != -1) {
                if (c == '[') {
                    return Format.PLOVER_JSON;
                }
                if (c == '<') {
                    return Format.PETRARCH_XML;
                }
                // Skip white space and a UTF-8 byte-order mark (EF BB BF).
                if (!Character.isWhitespace(c) && c != 0xEF && c != 0xBB && c != 0xBF) {
                    break;
                }
            }
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException(file + ": no such file");
        }
        throw new IllegalArgumentException(file + ": neither a JSON array (PLOVER records) nor XML (PETRARCH records)");
    }

    public static List<GoldSentence> read(Path file) throws IOException {
        return switch (format(file)) {
            case PLOVER_JSON -> new PloverGoldReader().read(file);
            case PETRARCH_XML -> new PetrarchGoldReader().read(file);
        };
    }
}
