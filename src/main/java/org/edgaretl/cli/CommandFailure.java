package org.edgaretl.cli;

/**
 * A failure that a command has already put into one line for the operator (what failed, where, the way out);
 * the cause is kept for {@code --debug}.
 */
public final class CommandFailure extends RuntimeException {

    private final int exitCode;

    public CommandFailure(String message, int exitCode, Throwable cause) {
        super(message, cause);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
