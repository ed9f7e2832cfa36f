package org.edgaretl.extract.financings;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.edgaretl.domain.Exemption;

/**
 * The terms read around one sum, each {@code null} where the text does not state it: the Securities Act basis,
 * who bought or lent, when it was announced and closed, the interest rate, the maturity, and for convertibles
 * the conversion window and the pricing as worded.
 */
record Terms(Exemption exemption, String investors, LocalDate announced, LocalDate closed, BigDecimal rate,
             LocalDate maturity, String maturityText, Window conversion, String pricing) {

    /** When a convertible may be converted: from {@code start} to {@code end}. */
    record Window(LocalDate start, LocalDate end) {
    }

    static final Terms NONE = new Terms(null, null, null, null, null, null, null, null, null);

    /** The terms an underwriting term sheet states for one security. */
    static Terms ofTermSheet(Exemption exemption, LocalDate closed, BigDecimal rate, LocalDate maturity,
                             String maturityText) {
        return new Terms(exemption, null, null, closed, rate, maturity, maturityText, null, null);
    }

    /** These terms, each missing one taken from {@code other}. */
    Terms orElse(Terms other) {
        return new Terms(exemption != null ? exemption : other.exemption,
                investors != null ? investors : other.investors,
                announced != null ? announced : other.announced,
                closed != null ? closed : other.closed,
                rate != null ? rate : other.rate,
                maturity != null ? maturity : other.maturity,
                // the text of the date kept, not a vaguer one ("June 2017") of another sentence
                maturity != null || other.maturity == null && maturityText != null ? maturityText : other.maturityText,
                conversion != null ? conversion : other.conversion,
                pricing != null ? pricing : other.pricing);
    }
}
