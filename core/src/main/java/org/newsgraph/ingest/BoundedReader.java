package org.newsgraph.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/** Reads a stream up to a byte limit, so that a huge page or a gzip bomb fails fast and cheaply. */
final class BoundedReader {
    private BoundedReader() {}

    static byte[] read(String input, InputStream in, long maxBytes, boolean gzipped) throws IOException {
        try (InputStream source = gzipped ? new GZIPInputStream(in) : in) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[64 * 1024];
            long total = 0;
            int n;
            while ((n = source.read(buf)) > 0) {
                total += n;
                if (total > maxBytes) {
                    throw new InputException(input, "larger than the " + InputLimits.describe(maxBytes)
                            + " limit for one page" + (gzipped ? " once decompressed" : ""));
                }
                out.write(buf, 0, n);
            }
            return out.toByteArray();
        }
    }
}
