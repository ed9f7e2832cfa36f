package org.edgaretl.sec;

import java.util.List;
import java.util.Optional;

/**
 * EDGAR's own record of a submission: the SEC-HEADER (or the tags of a {@code .nc} file) as
 * fields keyed by their SGML names, such as {@code ACCESSION NUMBER} and {@code COMPANY CONFORMED NAME}.
 */
public final class SecHeader {

    public static final SecHeader EMPTY = new SecHeader(List.of());

    private final List<HeaderField> fields;

    public SecHeader(List<HeaderField> fields) {
        this.fields = List.copyOf(fields);
    }

    public boolean isEmpty() {
        return fields.isEmpty();
    }

    public List<HeaderField> fields() {
        return fields;
    }

    /** The first non-blank value of a key anywhere in the header. */
    public Optional<String> first(String key) {
        return fields.stream()
                .filter(f -> f.key().equals(key) && !f.value().isBlank())
                .map(HeaderField::value)
                .findFirst();
    }

    /** Every non-blank value of a key, in header order. */
    public List<String> all(String key) {
        return fields.stream()
                .filter(f -> f.key().equals(key) && !f.value().isBlank())
                .map(HeaderField::value)
                .toList();
    }

    /** The first non-blank value of a key inside the first filer (or subject company) block whose block path contains {@code block}. */
    public Optional<String> firstInBlock(String block, String key) {
        return fields.stream()
                .filter(f -> f.key().equals(key) && f.block().contains(block) && !f.value().isBlank())
                .map(HeaderField::value)
                .findFirst();
    }

    /** The value of a key within the first filer block ({@code FILER}, else {@code SUBJECT COMPANY}, else anywhere). */
    public Optional<String> firstFiler(String key) {
        return firstInBlock("FILER", key)
                .or(() -> firstInBlock("SUBJECT COMPANY", key))
                .or(() -> firstInBlock("FILED BY", key))
                .or(() -> first(key));
    }
}
