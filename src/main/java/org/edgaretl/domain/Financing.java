package org.edgaretl.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of {@code financings}: a capital raise or borrowing that the filing announces, with the sentence
 * it was read from. {@code seq} numbers the financings of one filing from 1. {@code maturityText} is the
 * maturity as printed ("February 1, 2024", "June 2017", "due 2024"): a date only when the day is stated.
 */
public record Financing(String filingId, int seq, Instrument instrument, String instrumentText, BigDecimal amount,
                        String currency, Exemption exemption, String investors, LocalDate announcedDate,
                        LocalDate closingDate, BigDecimal interestRate, LocalDate maturityDate,
                        LocalDate conversionStart, LocalDate conversionEnd, String pricingTerms, String evidence,
                        String maturityText) {

    public Financing {
        Filing.requireText(filingId, "filingId");
        if (seq < 1) {
            throw new IllegalArgumentException("seq starts at 1: " + seq);
        }
        Objects.requireNonNull(instrument, "instrument");
        if (amount != null && amount.signum() <= 0) {
            throw new IllegalArgumentException("amount must be positive: " + amount);
        }
        if (amount != null && currency == null) {
            throw new IllegalArgumentException("an amount needs a currency");
        }
        if (conversionStart != null && conversionEnd != null && conversionEnd.isBefore(conversionStart)) {
            throw new IllegalArgumentException("conversion window ends before it starts");
        }
        Filing.requireText(evidence, "evidence");
    }

    public Financing withSeq(int newSeq) {
        return new Financing(filingId, newSeq, instrument, instrumentText, amount, currency, exemption, investors,
                announcedDate, closingDate, interestRate, maturityDate, conversionStart, conversionEnd, pricingTerms,
                evidence, maturityText);
    }
}
