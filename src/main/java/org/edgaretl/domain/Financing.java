package org.edgaretl.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One row of {@code financings}: a capital raise or borrowing that the filing announces, with the sentence
 * it was read from. {@code seq} numbers the financings of one filing from 1. {@code offeringKey} is shared by
 * the rows that report one offering ({@link OfferingLinks}); {@code null} until the pipeline assigns it.
 * {@code maturityText} is the maturity as printed ("February 1, 2024", "June 2017", "due 2024"): a date only
 * when the day is stated.
 */
public record Financing(String filingId, int seq, Instrument instrument, String instrumentText, BigDecimal amount,
                        String currency, Exemption exemption, String investors, LocalDate announcedDate,
                        LocalDate closingDate, BigDecimal interestRate, LocalDate maturityDate,
                        LocalDate conversionStart, LocalDate conversionEnd, String pricingTerms, String evidence,
                        OfferingKey offeringKey, String maturityText) {

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

    /** A row whose offering key is not assigned yet. */
    public Financing(String filingId, int seq, Instrument instrument, String instrumentText, BigDecimal amount,
                     String currency, Exemption exemption, String investors, LocalDate announcedDate,
                     LocalDate closingDate, BigDecimal interestRate, LocalDate maturityDate,
                     LocalDate conversionStart, LocalDate conversionEnd, String pricingTerms, String evidence) {
        this(filingId, seq, instrument, instrumentText, amount, currency, exemption, investors, announcedDate,
                closingDate, interestRate, maturityDate, conversionStart, conversionEnd, pricingTerms, evidence, null, null);
    }

    /** A row whose offering key is not assigned yet, with its maturity as printed. */
    public Financing(String filingId, int seq, Instrument instrument, String instrumentText, BigDecimal amount,
                     String currency, Exemption exemption, String investors, LocalDate announcedDate,
                     LocalDate closingDate, BigDecimal interestRate, LocalDate maturityDate,
                     LocalDate conversionStart, LocalDate conversionEnd, String pricingTerms, String evidence,
                     String maturityText) {
        this(filingId, seq, instrument, instrumentText, amount, currency, exemption, investors, announcedDate,
                closingDate, interestRate, maturityDate, conversionStart, conversionEnd, pricingTerms, evidence, null,
                maturityText);
    }

    /** The row renumbered; its offering key, which names its position, is to be assigned again. */
    public Financing withSeq(int newSeq) {
        return new Financing(filingId, newSeq, instrument, instrumentText, amount, currency, exemption, investors,
                announcedDate, closingDate, interestRate, maturityDate, conversionStart, conversionEnd, pricingTerms,
                evidence, null, maturityText);
    }

    public Financing withOfferingKey(OfferingKey key) {
        return new Financing(filingId, seq, instrument, instrumentText, amount, currency, exemption, investors,
                announcedDate, closingDate, interestRate, maturityDate, conversionStart, conversionEnd, pricingTerms,
                evidence, Objects.requireNonNull(key, "key"), maturityText);
    }
}
