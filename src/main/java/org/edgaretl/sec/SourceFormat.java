package org.edgaretl.sec;

/** The container a filing file arrived in, recorded as provenance. */
public enum SourceFormat {
    /** Full-submission SGML with a SEC-HEADER (or IMS-HEADER), possibly inside a privacy-enhanced-message wrapper. */
    SGML,
    /** Tag-per-field {@code <SUBMISSION>} format of daily feed (.nc) files and old archives. */
    NC,
    /** A primary document in HTML or inline XBRL, without a header. */
    HTML,
    /** A primary document in plain text, without a header. */
    TEXT
}
