package org.edgaretl.domain;

/**
 * The Securities Act basis of an offering, written to {@code financings.exemption} by its label: an exemption
 * from registration, or a registered offering. Add a value, never rename one.
 */
public enum Exemption {
    REGULATION_S("Regulation S"),
    REGULATION_D("Regulation D"),
    RULE_144A("Rule 144A"),
    SECTION_4_A_2("Section 4(a)(2)"),
    REGISTERED("registered");

    private final String label;

    Exemption(String label) {
        this.label = label;
    }

    /** The words written to {@code financings.exemption} ("Rule 144A"). */
    public String label() {
        return label;
    }

    @Override
    public String toString() {
        return label;
    }
}
