package org.edgaretl.domain;

/**
 * Where a value of the filing row was read, as {@code warnings.source} names it ("cover_page (chosen from
 * sec_header)") and {@code filings.accession_source} and {@code cik_source} record it. Add a value, never
 * rename one.
 */
public enum FieldSource {
    /** EDGAR's SEC-HEADER (or the tags of a {@code .nc} file). */
    SEC_HEADER("sec_header"),
    /** The inline-XBRL {@code dei:} cover facts. */
    IXBRL_DEI("ixbrl_dei"),
    /** The {@code <TYPE>} of the primary document. */
    DOCUMENT_TYPE("document_type"),
    /** The cover page text, next to its printed captions. */
    COVER_PAGE("cover_page"),
    /** The file's EDGAR-style name ({@code 0001193125-23-048785.htm}): an accession number. */
    FILE_NAME("file_name"),
    /**
     * The file's folders under the input: a folder named by an accession number, or EDGAR's
     * {@code edgar/data/CIK/ACCESSION/}, which also gives the CIK.
     */
    PATH("path"),
    /** An EDGAR index entry ({@code master.idx} and the like) that named the file when it was fetched. */
    INDEX("index");

    private final String code;

    FieldSource(String code) {
        this.code = code;
    }

    /** The name written to the output. */
    public String code() {
        return code;
    }

    @Override
    public String toString() {
        return code;
    }
}
