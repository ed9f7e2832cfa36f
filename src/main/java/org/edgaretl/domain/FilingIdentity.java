package org.edgaretl.domain;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Who filed what and when, as a source outside the file states it (EDGAR's index entry for the file):
 * the values a filing takes where its own text is silent, never over what the file says.
 *
 * @param accessionNumber the accession number ({@code 0000950170-25-000123})
 * @param cik             the filer's CIK, ten digits
 * @param companyName     the filer's name as the index lists it
 * @param formType        the form type ({@code 8-K})
 * @param filedDate       the date filed
 */
public record FilingIdentity(String accessionNumber, String cik, String companyName, String formType,
                             LocalDate filedDate) {

    private static final Pattern ACCESSION = Pattern.compile("\\d{10}-\\d{2}-\\d{6}");
    private static final Pattern CIK = Pattern.compile("\\d{10}");

    public FilingIdentity {
        Objects.requireNonNull(accessionNumber, "accessionNumber");
        if (!ACCESSION.matcher(accessionNumber).matches()) {
            throw new IllegalArgumentException("accession number must look like 0000320193-19-000063: " + accessionNumber);
        }
        if (cik != null && !CIK.matcher(cik).matches()) {
            throw new IllegalArgumentException("CIK must be 10 digits: " + cik);
        }
        companyName = blankToNull(companyName);
        formType = blankToNull(formType);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
