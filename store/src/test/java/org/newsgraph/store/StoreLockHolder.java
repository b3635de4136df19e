package org.newsgraph.store;

import java.nio.file.Path;

/** Run in a second JVM by {@link StoreLockTest}: holds a store open until its standard input closes. */
public final class StoreLockHolder {
    private StoreLockHolder() {}

    public static void main(String[] args) throws Exception {
        try (RecordStore store = RecordStore.open(Path.of(args[0]))) {
            System.out.println("holding " + store.file());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our stdin
            }
        }
    }
}
