package org.edgaretl.domain;

import java.util.Objects;
/**
 * One row of {@code rejects}: a file that could not be processed, the stage where it failed
 * ({@link Stage}), a stable {@link RejectReason} and
 * a message that names the file.
 */
public record Reject(String sourceFile, Stage stage, RejectReason reason, String message) {

    public Reject {
        Filing.requireText(sourceFile, "sourceFile");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(reason, "reason");
        message = message == null ? "" : message;
    }
}
