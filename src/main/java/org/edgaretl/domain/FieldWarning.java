package org.edgaretl.domain;

/**
 * One row of {@code warnings}: two sources of the same filing disagree, or the header and the body do;
 * the chosen value follows the fixed precedence and the other is kept here instead of dropped.
 */
public record FieldWarning(String filingId, String field, String chosenValue, String otherValue, String source) {

    public FieldWarning {
        Filing.requireText(filingId, "filingId");
        Filing.requireText(field, "field");
    }
}
