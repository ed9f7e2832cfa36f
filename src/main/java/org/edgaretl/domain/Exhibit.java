package org.edgaretl.domain;

/** One row of {@code exhibits}: an exhibit listed in, or attached to, the filing. */
public record Exhibit(String filingId, String exhibitNumber, String description) {

    public Exhibit {
        Filing.requireText(filingId, "filingId");
        Filing.requireText(exhibitNumber, "exhibitNumber");
    }
}
