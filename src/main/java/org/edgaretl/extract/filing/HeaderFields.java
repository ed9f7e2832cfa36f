package org.edgaretl.extract.filing;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Pattern;

import org.edgaretl.domain.FieldSource;
import org.edgaretl.extract.document.DateText;
import org.edgaretl.sec.HeaderField;
import org.edgaretl.sec.SecHeader;

/** Reads the filing values of the SEC header (the first filer's company data, file number and address). */
final class HeaderFields {

    private static final Pattern ACCESSION = Pattern.compile("\\d{10}-\\d{2}-\\d{6}");

    private HeaderFields() {
    }

    static CoverFields read(SecHeader h) {
        if (h.isEmpty()) {
            return CoverFields.none(FieldSource.SEC_HEADER);
        }
        String cik = h.firstFiler("CENTRAL INDEX KEY").map(c -> c.replaceAll("\\D", "")).filter(c -> !c.isEmpty()
                && c.length() <= 10).map(HeaderFields::pad).orElse(null);
        String irs = h.firstFiler("IRS NUMBER").map(HeaderFields::irs).orElse(null);
        String state = h.firstFiler("STATE OF INCORPORATION").map(String::strip).map(String::toUpperCase).orElse(null);
        String accession = h.first("ACCESSION NUMBER").map(String::strip).filter(a -> ACCESSION.matcher(a).matches())
                .orElse(null);
        return new CoverFields(FieldSource.SEC_HEADER, accession, cik,
                h.firstFiler("COMPANY CONFORMED NAME").orElse(null),
                h.first("CONFORMED SUBMISSION TYPE").map(String::strip).orElse(null),
                date(h.first("CONFORMED PERIOD OF REPORT")), state,
                h.firstFiler("SEC FILE NUMBER").map(String::strip).orElse(null), irs, address(h),
                h.firstFiler("BUSINESS PHONE").map(String::strip).orElse(null));
    }

    /** The CIK of every party the header names (each filer, subject company, filed-by), padded to ten digits. */
    static Set<String> parties(SecHeader h) {
        Set<String> ciks = new HashSet<>();
        for (String value : h.all("CENTRAL INDEX KEY")) {
            String digits = value.replaceAll("\\D", "");
            if (!digits.isEmpty() && digits.length() <= 10) {
                ciks.add(pad(digits));
            }
        }
        return ciks;
    }

    static LocalDate filedDate(SecHeader h) {
        return date(h.first("FILED AS OF DATE"));
    }

    static String pad(String digits) {
        return "0".repeat(Math.max(0, 10 - digits.length())) + digits;
    }

    /** EDGAR stores the IRS number as nine digits; all zeros means "not given". */
    private static String irs(String value) {
        String d = value.replaceAll("\\D", "");
        if (d.length() != 9 || d.chars().allMatch(c -> c == '0')) {
            return null;
        }
        return d.substring(0, 2) + "-" + d.substring(2);
    }

    private static LocalDate date(Optional<String> value) {
        return value.flatMap(DateText::header).orElse(null);
    }

    /** The business address of the first party block, as "STREET 1, STREET 2, CITY, ST ZIP". */
    private static String address(SecHeader h) {
        List<HeaderField> fields = h.fields().stream()
                .filter(f -> f.block().endsWith("BUSINESS ADDRESS") && !f.value().isBlank())
                .toList();
        if (fields.isEmpty()) {
            return null;
        }
        int party = fields.get(0).filerIndex();
        StringJoiner line = new StringJoiner(", ");
        String state = null;
        String zip = null;
        for (HeaderField f : fields) {
            if (f.filerIndex() != party) {
                continue;
            }
            switch (f.key()) {
                case "STREET 1", "STREET 2", "CITY" -> line.add(f.value().strip());
                case "STATE" -> state = f.value().strip();
                case "ZIP" -> zip = f.value().strip();
                default -> { }
            }
        }
        String tail = ((state == null ? "" : state) + " " + (zip == null ? "" : zip)).strip();
        if (!tail.isEmpty()) {
            line.add(tail);
        }
        String out = line.toString();
        return out.isBlank() ? null : out;
    }
}
