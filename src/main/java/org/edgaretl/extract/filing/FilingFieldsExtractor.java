package org.edgaretl.extract.filing;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.edgaretl.domain.Filing;
import org.edgaretl.extract.document.DocumentIndex;
import org.edgaretl.sec.SecHeader;
import org.edgaretl.sec.Submission;
import org.edgaretl.sec.SubmissionDocument;

/**
 * Chooses each filing field from the best source by a fixed precedence: SEC header, then inline-XBRL
 * {@code dei:} cover tags, then the cover page text (address and phone: as printed on the cover first);
 * disagreements become warnings.
 */
public final class FilingFieldsExtractor {

    public FilingFields extract(Submission submission, DocumentIndex index, String filingId, String sourceFile,
                                String sha256) {
        SecHeader h = submission.header();
        SubmissionDocument primary = submission.primaryDocument().orElse(null);
        Map<String, String> dei = primary == null ? Map.of() : primary.deiFacts();
        CoverFields header = HeaderFields.read(h);
        CoverFields tags = DeiFields.read(dei);
        CoverFields cover = CoverPage.read(index);
        String type = primary == null || primary.type().isBlank() ? null : primary.type();
        CoverFields document = CoverFields.documentType(type);
        List<CoverFields> official = List.of(header, tags, document, cover);
        List<CoverFields> printed = List.of(cover, tags, header);
        Precedence p = new Precedence(filingId);
        Function<String, String> same = Function.identity();
        String accession = h.first("ACCESSION NUMBER").map(String::strip)
                .filter(a -> a.matches("\\d{10}-\\d{2}-\\d{6}")).orElse(null);
        SignatureBlock signature = SignatureBlock.read(index);
        Filing filing = new Filing(filingId, accession,
                p.choose("cik", official, CoverFields::cik, same),
                p.choose("company_name", official, CoverFields::companyName, Precedence::name),
                p.choose("form_type", official, CoverFields::formType, Precedence::upper),
                HeaderFields.filedDate(h),
                p.choose("report_date", official, CoverFields::reportDate, String::valueOf),
                p.choose("state_of_incorporation", official, CoverFields::state, Precedence::upper),
                p.choose("commission_file_number", official, CoverFields::fileNumber, Precedence::fileNumber),
                p.choose("irs_employer_id", official, CoverFields::irsNumber, Precedence::digits),
                p.choose("business_address", printed, CoverFields::address, Precedence::digits),
                p.choose("business_phone", printed, CoverFields::phone, Precedence::digits),
                signature.name(), signature.title(), signature.date(), sourceFile, sha256);
        return new FilingFields(filing, p.warnings());
    }
}
