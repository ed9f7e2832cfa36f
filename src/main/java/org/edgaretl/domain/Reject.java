package org.edgaretl.domain;

/**
 * One row of {@code rejects}: a file that could not be processed, the stage where it failed
 * ({@code read}, {@code parse}, {@code extract}, {@code validate}, {@code write}), a stable reason code and
 * a message that names the file.
 */
public record Reject(String sourceFile, String stage, String reasonCode, String message) {

    public Reject {
        Filing.requireText(sourceFile, "sourceFile");
        Filing.requireText(stage, "stage");
        Filing.requireText(reasonCode, "reasonCode");
        message = message == null ? "" : message;
    }
}
