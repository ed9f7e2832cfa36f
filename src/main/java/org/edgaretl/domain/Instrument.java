package org.edgaretl.domain;

/**
 * What a financing raised or borrowed: the instrument vocabulary of the labels' GUIDE.md, written to
 * {@code financings.instrument} by its label. Add a value, never rename one.
 */
public enum Instrument {
    CONVERTIBLE_DEBENTURES("convertible debentures"),
    CONVERTIBLE_NOTES("convertible notes"),
    SENIOR_NOTES("senior notes"),
    SUBORDINATED_NOTES("subordinated notes"),
    NOTES("notes"),
    DEBENTURES("debentures"),
    REVOLVING_CREDIT_FACILITY("revolving credit facility"),
    TERM_LOAN("term loan"),
    CREDIT_FACILITY("credit facility"),
    COMMON_STOCK("common stock"),
    PREFERRED_STOCK("preferred stock"),
    CONVERTIBLE_PREFERRED_STOCK("convertible preferred stock"),
    WARRANTS("warrants"),
    UNITS("units"),
    OTHER("other");

    private final String label;

    Instrument(String label) {
        this.label = label;
    }

    /** The words written to {@code financings.instrument} ("senior notes"). */
    public String label() {
        return label;
    }

    /** Money borrowed rather than equity sold: notes, debentures, loans and credit facilities. */
    public boolean isDebt() {
        return switch (this) {
            case CONVERTIBLE_DEBENTURES, CONVERTIBLE_NOTES, SENIOR_NOTES, SUBORDINATED_NOTES, NOTES, DEBENTURES,
                    REVOLVING_CREDIT_FACILITY, TERM_LOAN, CREDIT_FACILITY -> true;
            default -> false;
        };
    }

    /** Convertible into the issuer's stock: convertible debentures, notes and preferred stock. */
    public boolean isConvertible() {
        return this == CONVERTIBLE_DEBENTURES || this == CONVERTIBLE_NOTES || this == CONVERTIBLE_PREFERRED_STOCK;
    }

    @Override
    public String toString() {
        return label;
    }
}
