package org.edgaretl.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One row of {@code filings}: who filed what and when, as the file states it. Absent values are
 * {@code null}, never guessed. {@code accessionSource} and {@code cikSource} say where the accession number
 * and the CIK were read (the header, the {@code dei:} tags, the file's EDGAR-style name or path); each is
 * {@code null} exactly when its value is.
 */
public record Filing(String filingId, String accessionNumber, String cik, String companyName, String formType,
                     LocalDate filedDate, LocalDate reportDate, String stateOfIncorporation,
                     String commissionFileNumber, String irsEmployerId, String businessAddress, String businessPhone,
                     String signerName, String signerTitle, LocalDate signedDate, String sourceFile,
                     String sourceSha256, FieldSource accessionSource, FieldSource cikSource) {

    private static final Pattern ACCESSION = Pattern.compile("\\d{10}-\\d{2}-\\d{6}");
    private static final Pattern CIK = Pattern.compile("\\d{10}");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final String EDGAR_ARCHIVES = "https://www.sec.gov/Archives/edgar/data/";

    public Filing {
        requireText(filingId, "filingId");
        requireText(sourceFile, "sourceFile");
        if (accessionNumber != null && !ACCESSION.matcher(accessionNumber).matches()) {
            throw new IllegalArgumentException("accession number must look like 0000320193-19-000063: " + accessionNumber);
        }
        if (cik != null && !CIK.matcher(cik).matches()) {
            throw new IllegalArgumentException("CIK must be 10 digits: " + cik);
        }
        if (sourceSha256 == null || !SHA256.matcher(sourceSha256).matches()) {
            throw new IllegalArgumentException("source sha256 must be 64 lower-case hex digits");
        }
        if ((accessionNumber == null) != (accessionSource == null) || (cik == null) != (cikSource == null)) {
            throw new IllegalArgumentException("an accession number or CIK has a source exactly when it has a value");
        }
    }

    /** The CIK as a number ({@code 0001001258} is {@code 1001258}), for warehouse joins and filters. */
    public Long cikNumber() {
        return cik == null ? null : Long.valueOf(cik);
    }

    /**
     * The filing's index page on EDGAR, which lists its documents: derived from CIK and accession number,
     * {@code null} when the file states either not.
     */
    public String sourceUrl() {
        if (cik == null || accessionNumber == null) {
            return null;
        }
        return EDGAR_ARCHIVES + cikNumber() + "/" + accessionNumber.replace("-", "") + "/" + accessionNumber + "-index.htm";
    }

    static void requireText(String value, String name) {
        Objects.requireNonNull(value, name);
        if (value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be blank");
        }
    }
}
