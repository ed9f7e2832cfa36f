package org.edgaretl.fetch;

/** A download that could not be completed; the message names the URL and what the server did. */
public class FetchException extends Exception {

    public FetchException(String message) {
        super(message);
    }

    public FetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
