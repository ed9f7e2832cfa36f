package org.edgaretl.sec;

import org.edgaretl.domain.RejectReason;
/** A typed failure to read a filing file; its {@link #reason()} becomes the reject reason. */
public class ParseException extends RuntimeException {

    private final RejectReason reason;

    public ParseException(RejectReason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public RejectReason reason() {
        return reason;
    }
}
