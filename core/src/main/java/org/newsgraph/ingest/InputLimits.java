package org.newsgraph.ingest;

/**
 * How much of an input the engine will read. A news article is tens of kilobytes; pages past
 * {@code maxBytes} are refused with a clear error instead of stalling a batch.
 *
 * @param maxBytes       largest page, after decompression
 * @param fetchTimeoutMs connect and read timeout for URLs
 */
public record InputLimits(long maxBytes, int fetchTimeoutMs) {
    public static final InputLimits DEFAULT = new InputLimits(10L * 1024 * 1024, 15_000);

    public InputLimits {
        if (maxBytes <= 0 || fetchTimeoutMs <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }
}
