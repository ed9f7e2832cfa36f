package org.edgaretl.extract.document;

/**
 * One 8-K item of a document: its code, whether it reports something (an item answered "Not applicable" or
 * "None" does not), its text from the heading on (stripped), and its span in the document's lines: from the
 * heading line {@code from} to {@code to} (exclusive), where the next heading or the signature block starts.
 */
public record ItemSection(String code, boolean reported, String text, int from, int to) {
}
