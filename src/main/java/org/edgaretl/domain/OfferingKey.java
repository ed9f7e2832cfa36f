package org.edgaretl.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The {@code offering_key} of a financings row, {@code SERIES-OFFERING} ({@code 3b0c7f2d1e9a4c55-5d41402abc4b}):
 * the series names one security of one issuer (issuer, instrument, currency, interest rate, maturity year),
 * the offering names the report that first described this sale of it. Extraction gives each row its own key
 * ({@code extract.financings.OfferingKeys}); {@link OfferingLinks} decides which rows are one offering and so
 * share a key.
 *
 * <p>Both parts are truncated SHA-256 digests of their inputs, so a key is the same in every run, partitioning
 * and restart that sees the same rows. The series part also lets a warehouse find every row that could belong
 * to an offering without knowing how the issuer was identified.
 */
public record OfferingKey(String series, String offering) {

    public static final int SERIES_LENGTH = 16;
    public static final int OFFERING_LENGTH = 12;

    private static final Pattern SERIES = Pattern.compile("[0-9a-f]{" + SERIES_LENGTH + "}");
    private static final Pattern OFFERING = Pattern.compile("[0-9a-f]{" + OFFERING_LENGTH + "}");
    private static final char SEPARATOR = '\u001f';

    public OfferingKey {
        if (series == null || !SERIES.matcher(series).matches()) {
            throw new IllegalArgumentException("an offering key's series is " + SERIES_LENGTH + " hex digits: " + series);
        }
        if (offering == null || !OFFERING.matcher(offering).matches()) {
            throw new IllegalArgumentException("an offering key's offering is " + OFFERING_LENGTH + " hex digits: " + offering);
        }
    }

    /** Reads a key as written by {@link #toString()}. */
    public static OfferingKey parse(String text) {
        Objects.requireNonNull(text, "offering key");
        if (text.length() != SERIES_LENGTH + 1 + OFFERING_LENGTH || text.charAt(SERIES_LENGTH) != '-') {
            throw new IllegalArgumentException("not an offering key (SERIES-OFFERING): " + text);
        }
        return new OfferingKey(text.substring(0, SERIES_LENGTH), text.substring(SERIES_LENGTH + 1));
    }

    /**
     * The series of a security: two reports can describe one offering only when their series are equal.
     *
     * @param issuer       who sells it ({@code cik:0000320193}, else {@code name:} and the normalized company name)
     * @param instrument   the instrument vocabulary word
     * @param currency     the amount's currency, {@code null} when no amount is stated
     * @param interestRate percent, {@code null} when not stated (a floating rate too); compared to four decimals,
     *                     as the warehouse stores it
     * @param maturityYear the year of the maturity date, or of a maturity stated as a year; {@code null} if none
     */
    public static String series(String issuer, String instrument, String currency, BigDecimal interestRate,
                                Integer maturityYear) {
        Filing.requireText(issuer, "issuer");
        Objects.requireNonNull(instrument, "instrument");
        String rate = interestRate == null ? ""
                : interestRate.setScale(4, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
        return digest(SERIES_LENGTH, issuer, instrument, currency == null ? "" : currency, rate,
                maturityYear == null ? "" : maturityYear.toString());
    }

    /** The key of an offering whose first report is row {@code seq} of filing {@code filingId}. */
    public static OfferingKey firstReportedBy(String series, String filingId, int seq) {
        Filing.requireText(filingId, "filingId");
        return new OfferingKey(series, digest(OFFERING_LENGTH, filingId, Integer.toString(seq)));
    }

    @Override
    public String toString() {
        return series + "-" + offering;
    }

    private static String digest(int hexDigits, String... parts) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            for (String part : parts) {
                sha256.update(part.getBytes(StandardCharsets.UTF_8));
                // A separator that no part contains keeps ("ab", "c") and ("a", "bc") apart.
                sha256.update((byte) SEPARATOR);
            }
            return HexFormat.of().formatHex(sha256.digest()).substring(0, hexDigits);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
