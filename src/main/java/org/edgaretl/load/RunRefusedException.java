package org.edgaretl.load;

/** A run directory that must not be loaded (manifest missing or corrupt, a file changed); the message is one line. */
public final class RunRefusedException extends Exception {

    public RunRefusedException(String message) {
        super(message);
    }
}
