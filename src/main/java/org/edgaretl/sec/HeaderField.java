package org.edgaretl.sec;

import java.util.Objects;

/**
 * One {@code KEY: value} line of a SEC header, with the blocks that enclose it
 * (for example {@code FILER/COMPANY DATA}) and the index of the filer block it belongs to.
 */
public record HeaderField(String block, String key, String value, int filerIndex) {

    public HeaderField {
        Objects.requireNonNull(block, "block");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
    }
}
