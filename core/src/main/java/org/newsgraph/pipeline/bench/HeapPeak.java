package org.newsgraph.pipeline.bench;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;

/**
 * Heap use of one phase of a run. The peak is the sum of each heap pool's own peak since
 * {@link #reset()}: the pools need not have peaked at the same moment, so it is an upper bound of
 * the true peak, which is the safe side for a memory budget. Live heap is what remains after a
 * full collection: the models and whatever the phase still holds.
 */
public final class HeapPeak {
    private HeapPeak() {}

    /** Collects what the previous phase left and starts the pools' peaks from what remains. */
    public static void reset() {
        collect();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Bytes: the sum of the heap pools' peaks since the last reset. */
    public static long peakBytes() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.isValid() && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Bytes in use after a full collection. */
    public static long liveBytes() {
        collect();
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /**
     * Seconds the collectors have spent since the JVM started (their own count, which may include
     * concurrent work); the difference over a phase says whether a heap too small slowed it.
     */
    public static double gcSeconds() {
        long ms = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            ms += Math.max(0, gc.getCollectionTime());
        }
        return ms / 1e3;
    }

    /** The heap's limit (-Xmx), in bytes. */
    public static long maxBytes() {
        return Runtime.getRuntime().maxMemory();
    }

    // System.gc() is a request; two in a row settle what finalizers and reference queues free.
    private static void collect() {
        System.gc();
        System.gc();
    }
}
