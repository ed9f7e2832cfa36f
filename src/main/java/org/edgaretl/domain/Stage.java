package org.edgaretl.domain;

import java.util.Locale;

/** The stage of processing where a file was rejected: the vocabulary of {@code rejects.stage}. */
public enum Stage {
    READ,
    PARSE,
    EXTRACT,
    VALIDATE,
    WRITE;

    /** The value written to {@code rejects.stage}: the constant's name in lower case. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String toString() {
        return code();
    }
}
