package org.edgaretl.sec;

/** A typed failure to read a filing file; its {@link #reasonCode()} becomes the reject reason. */
public class ParseException extends RuntimeException {

    private final String reasonCode;

    public ParseException(String reasonCode, String message) {
        super(message);
        this.reasonCode = reasonCode;
    }

    public String reasonCode() {
        return reasonCode;
    }
}
