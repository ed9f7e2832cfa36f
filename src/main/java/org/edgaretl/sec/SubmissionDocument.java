package org.edgaretl.sec;

import java.util.Map;
import java.util.Objects;

/**
 * One {@code <DOCUMENT>} of a submission (or the whole file when it has no container): its SGML
 * metadata, its format and its text rendered as lines. Binary and XML bodies keep no text.
 *
 * @param type        the document type as filed ({@code 8-K}, {@code EX-99.1}, {@code GRAPHIC}), upper case
 * @param sequence    the {@code <SEQUENCE>} value, or empty
 * @param filename    the {@code <FILENAME>} value, or empty
 * @param description the {@code <DESCRIPTION>} value, or empty
 * @param format      how the body was encoded
 * @param text        plain text, one block element or source line per line; empty for binary documents
 * @param deiFacts    inline-XBRL {@code dei:} cover facts by local name ({@code EntityRegistrantName})
 * @param offset      character offset of the document in the decoded file, for error messages
 */
public record SubmissionDocument(String type, String sequence, String filename, String description,
                                 DocumentFormat format, String text, Map<String, String> deiFacts, int offset) {

    public SubmissionDocument {
        Objects.requireNonNull(type, "type");
        sequence = Objects.requireNonNullElse(sequence, "");
        filename = Objects.requireNonNullElse(filename, "");
        description = Objects.requireNonNullElse(description, "");
        Objects.requireNonNull(format, "format");
        text = Objects.requireNonNullElse(text, "");
        deiFacts = Map.copyOf(deiFacts);
    }

    public boolean isExhibit() {
        return type.startsWith("EX-");
    }

    /** True for the 8-K itself (and its amendments), as opposed to exhibits and attachments. */
    public boolean isCurrentReport() {
        return type.startsWith("8-K");
    }
}
