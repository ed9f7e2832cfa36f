package org.edgaretl.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Why a file became a row of {@code rejects}: the stable vocabulary of {@code rejects.reason_code}, which users'
 * scripts and the warehouse filter on. Add a value, never rename one.
 */
public enum RejectReason {
    EMPTY_FILE,
    BINARY_CONTENT,
    TOO_LARGE,
    UNREADABLE_FILE,
    MISSING_FILE,
    MISSING_ENTRY,
    OUTSIDE_INPUT,
    SYMBOLIC_LINK,
    UNSAFE_ENTRY,
    UNREADABLE_ARCHIVE,
    NO_DOCUMENT,
    UNRECOGNIZED_FILING,
    EXHIBIT_ONLY,
    IMPLAUSIBLE_DATE,
    DUPLICATE_FILING,
    TIMEOUT,
    OUT_OF_MEMORY,
    INTERNAL_ERROR;

    private static final Map<String, RejectReason> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(RejectReason::code, Function.identity()));

    /** The code written to {@code rejects.reason_code}: the constant's name in lower case. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The reason whose {@link #code()} this is. */
    public static RejectReason ofCode(String code) {
        RejectReason reason = BY_CODE.get(code);
        if (reason == null) {
            throw new IllegalArgumentException("unknown reject reason code: " + code);
        }
        return reason;
    }

    @Override
    public String toString() {
        return code();
    }
}
