package org.edgaretl.domain;

/** What the processor hands the writers for one input file: its rows, or its reject. Exactly one is set. */
public record ProcessedFile(ExtractedFiling extracted, Reject reject) {

    public ProcessedFile {
        if ((extracted == null) == (reject == null)) {
            throw new IllegalArgumentException("a processed file is either extracted or rejected");
        }
    }

    public static ProcessedFile of(ExtractedFiling extracted) {
        return new ProcessedFile(extracted, null);
    }

    public static ProcessedFile rejected(Reject reject) {
        return new ProcessedFile(null, reject);
    }

    public boolean isRejected() {
        return reject != null;
    }
}
