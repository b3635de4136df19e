package org.newsgraph.cli;

/** Exit codes shared by the commands. */
final class ExitCodes {
    static final int OK = 0;
    /** Something failed at start (bad option value, store locked, port taken). */
    static final int FAILED = 1;
    /** The command ran, but some inputs could not be read or analyzed (each was reported on stderr). */
    static final int SOME_INPUTS_FAILED = 3;

    private ExitCodes() {}
}
