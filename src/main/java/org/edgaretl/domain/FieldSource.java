package org.edgaretl.domain;

/**
 * Where a value of the filing row was read, as {@code warnings.source} names it ("cover_page (chosen from
 * sec_header)"). Add a value, never rename one.
 */
public enum FieldSource {
    /** EDGAR's SEC-HEADER (or the tags of a {@code .nc} file). */
    SEC_HEADER("sec_header"),
    /** The inline-XBRL {@code dei:} cover facts. */
    IXBRL_DEI("ixbrl_dei"),
    /** The {@code <TYPE>} of the primary document. */
    DOCUMENT_TYPE("document_type"),
    /** The cover page text, next to its printed captions. */
    COVER_PAGE("cover_page");

    private final String code;

    FieldSource(String code) {
        this.code = code;
    }

    /** The name written to the output: the constant's name in lower case. */
    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }
}
