package org.edgaretl.domain;

import java.time.LocalDate;

/** The 8-K item numbering in force: items 1 to 12 before 2004-08-23, items 1.01 to 9.01 from that day. */
public enum Regime {
    PRE_2004("pre-2004"), MODERN("2004+");

    /** The first day of the 2004 numbering (SEC Release 33-8400). */
    public static final LocalDate CUTOVER = LocalDate.of(2004, 8, 23);

    private final String label;

    Regime(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Regime on(LocalDate date) {
        return date != null && date.isBefore(CUTOVER) ? PRE_2004 : MODERN;
    }
}
