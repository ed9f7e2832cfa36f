package org.edgaretl.extract.document;

/**
 * One entry of a document's exhibit list ("99.1  Press release dated ..."): its number as printed, without
 * the word "Exhibit", and its description (null when the list prints none).
 */
public record ExhibitEntry(String number, String description) {
}
