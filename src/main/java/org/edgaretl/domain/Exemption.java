package org.edgaretl.domain;

import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

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

    private static final Map<String, Exemption> BY_LABEL = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Exemption::label, Function.identity()));

    private final String label;

    Exemption(String label) {
        this.label = label;
    }

    /** The words written to {@code financings.exemption} ("Rule 144A"). */
    public String label() {
        return label;
    }

    /** The basis whose {@link #label()} this is. */
    public static Exemption ofLabel(String label) {
        Exemption exemption = BY_LABEL.get(label);
        if (exemption == null) {
            throw new IllegalArgumentException("unknown exemption: " + label);
        }
        return exemption;
    }

    @Override
    public String toString() {
        return label;
    }
}
