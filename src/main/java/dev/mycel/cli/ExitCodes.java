package dev.mycel.cli;

/** The command line's exit codes, as the README documents them. */
final class ExitCodes {
    static final int OK = 0;
    static final int FAILED = 1;
    static final int USAGE = 2;
    static final int NOT_RUNNING = 3;
    static final int CONFIG = 78;
    static final int TIMED_OUT = 124;
    static final int REFUSED = 126;

    private ExitCodes() {
    }
}
