package org.edgaretl.cli;

/** Process exit codes, stable for schedulers and scripts. */
public final class ExitCodes {

    /** The job COMPLETED (rejected files are allowed). */
    public static final int OK = 0;
    /** The job ran and FAILED or was STOPPED; running the same command again resumes it. */
    public static final int JOB_FAILED = 1;
    /** The command line was wrong. */
    public static final int USAGE = 2;
    /** The job could not start: missing input, output locked, database unreachable. */
    public static final int CANNOT_START = 3;

    private ExitCodes() {
    }
}
