package org.edgaretl.fetch;

import java.time.LocalDate;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.edgaretl.domain.FilingIdentity;

/**
 * One line of an EDGAR master index: a filer (CIK and name), the form, the date filed and the path of the
 * complete submission text under {@code /Archives/}, {@code edgar/data/CIK/ACCESSION.txt}.
 */
public record IndexEntry(String cik, String companyName, String formType, LocalDate dateFiled, String fileName) {

    private static final Pattern FILE = Pattern.compile("edgar/data/(\\d{1,10})/(\\d{10}-\\d{2}-\\d{6})\\.txt");

    public IndexEntry {
        Objects.requireNonNull(companyName, "companyName");
        Objects.requireNonNull(formType, "formType");
        Objects.requireNonNull(dateFiled, "dateFiled");
        Objects.requireNonNull(fileName, "fileName");
        if (cik == null || !cik.matches("\\d{1,10}")) {
            throw new IllegalArgumentException("a CIK is 1 to 10 digits: " + cik);
        }
        // The path becomes a file under the destination: only EDGAR's own shape may, never "../" or an absolute path.
        if (!FILE.matcher(fileName).matches()) {
            throw new IllegalArgumentException("not a submission path of the form edgar/data/CIK/ACCESSION.txt: " + fileName);
        }
        cik = Long.toString(Long.parseLong(cik));
    }

    /** The accession number, from the file name. */
    public String accessionNumber() {
        Matcher m = FILE.matcher(fileName);
        if (!m.matches()) {
            throw new IllegalStateException(fileName);
        }
        return m.group(2);
    }

    /** The CIK as filings rows carry it: ten digits. */
    public String cik10() {
        return String.format("%010d", Long.parseLong(cik));
    }

    /** This entry as the identity a filing takes where its own text is silent. */
    public FilingIdentity identity() {
        return new FilingIdentity(accessionNumber(), cik10(), companyName, formType, dateFiled);
    }
}
