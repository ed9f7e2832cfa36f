package org.edgaretl.input;

import org.edgaretl.domain.RejectReason;
import java.util.Objects;

/**
 * One filing file as read from the input: its name relative to the input directory and its bytes, or
 * the reason it could not be read (too large, unreadable), which becomes a reject.
 */
public record FilingFile(String sourceName, byte[] bytes, RejectReason readError, String readErrorMessage) {

    public FilingFile {
        Objects.requireNonNull(sourceName, "sourceName");
        if ((bytes == null) == (readError == null)) {
            throw new IllegalArgumentException("a filing file has either bytes or a read error");
        }
    }

    public static FilingFile of(String sourceName, byte[] bytes) {
        return new FilingFile(sourceName, bytes, null, null);
    }

    public static FilingFile unreadable(String sourceName, RejectReason reason, String message) {
        return new FilingFile(sourceName, null, reason, message);
    }

    public boolean isReadable() {
        return bytes != null;
    }
}
