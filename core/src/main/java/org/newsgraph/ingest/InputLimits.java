package org.newsgraph.ingest;

import java.util.Locale;

/**
 * How much of an input the engine will read. A news article is tens of kilobytes; pages past
 * {@code maxBytes} are refused with a clear error instead of stalling a batch.
 *
 * @param maxBytes       largest page, after decompression
 * @param fetchTimeoutMs connect and read timeout for URLs
 */
public record InputLimits(long maxBytes, int fetchTimeoutMs) {
    private static final long KB = 1024;
    private static final long MB = 1024 * KB;
    public static final InputLimits DEFAULT = new InputLimits(10 * MB, 15_000);

    public InputLimits {
        if (maxBytes <= 0 || fetchTimeoutMs <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /**
     * A size as an error message should say it: "10 MB", "1.5 MB", "512 KB". Whole megabytes alone
     * would print a limit under 1 MB as "0 MB".
     */
    static String describe(long bytes) {
        if (bytes >= MB) {
            return oneDecimal(bytes / (double) MB) + " MB";
        }
        if (bytes >= KB) {
            return oneDecimal(bytes / (double) KB) + " KB";
        }
        return bytes + (bytes == 1 ? " byte" : " bytes");
    }

    private static String oneDecimal(double value) {
        String s = String.format(Locale.ROOT, "%.1f", value);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }
}
