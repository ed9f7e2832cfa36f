package org.edgaretl.extract;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.edgaretl.domain.FieldWarning;
import org.edgaretl.domain.Filing;
import org.edgaretl.sec.SecHeader;
import org.edgaretl.sec.Submission;
import org.edgaretl.sec.SubmissionDocument;

/**
 * Chooses each filing field from the best source by a fixed precedence: SEC header, then inline-XBRL
 * {@code dei:} cover tags, then the cover page text; disagreements become warnings.
 */
public final class FilingFieldsExtractor {

    private static final Pattern COVER_FORM = Pattern.compile("(?i)\\bFORM\\s+(8-K(?:/A)?|10-K|10-Q|S-1|S-3|20-F|6-K)\\b");

    public FilingFields extract(Submission submission, String filingId, String sourceFile, String sha256) {
        List<FieldWarning> warnings = new ArrayList<>();
        SecHeader h = submission.header();
        String cover = submission.primaryDocument().map(SubmissionDocument::text).orElse("");
        String head = cover.length() > 6000 ? cover.substring(0, 6000) : cover;
        String accession = h.first("ACCESSION NUMBER").orElse(null);
        String form = h.first("CONFORMED SUBMISSION TYPE").or(() -> coverForm(head)).orElse(null);
        String cik = h.firstFiler("CENTRAL INDEX KEY").map(c -> "0".repeat(Math.max(0, 10 - c.length())) + c).orElse(null);
        Filing filing = new Filing(filingId, accession, cik, h.firstFiler("COMPANY CONFORMED NAME").orElse(null), form,
                headerDate(h.first("FILED AS OF DATE")), headerDate(h.first("CONFORMED PERIOD OF REPORT")),
                h.firstFiler("STATE OF INCORPORATION").orElse(null), h.firstFiler("SEC FILE NUMBER").orElse(null),
                null, null, null, null, null, null, sourceFile, sha256);
        return new FilingFields(filing, warnings);
    }

    private static Optional<String> coverForm(String head) {
        Matcher m = COVER_FORM.matcher(head);
        return m.find() ? Optional.of(m.group(1).toUpperCase()) : Optional.empty();
    }

    private static LocalDate headerDate(Optional<String> value) {
        return value.map(v -> {
            try {
                return LocalDate.parse(v.strip(), DateTimeFormatter.BASIC_ISO_DATE);
            } catch (DateTimeParseException e) {
                return null;
            }
        }).orElse(null);
    }
}
