package org.edgaretl.extract.filing;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.edgaretl.domain.FieldSource;
import org.edgaretl.domain.Filing;
import org.edgaretl.domain.FilingIdentity;
import org.edgaretl.extract.document.DocumentIndex;
import org.edgaretl.sec.SecHeader;
import org.edgaretl.sec.Submission;
import org.edgaretl.sec.SubmissionDocument;

/**
 * Chooses each filing field from the best source by a fixed precedence: SEC header, then inline-XBRL
 * {@code dei:} cover tags, then the cover page text (address and phone: as printed on the cover first), and
 * for the accession number and CIK last the file's EDGAR-style folders and name; disagreements become
 * warnings. The filing's id is its accession number, else the first hex digits of its SHA-256.
 */
public final class FilingFieldsExtractor {

    public FilingFields extract(Submission submission, DocumentIndex index, String sourceFile, String sha256) {
        return extract(submission, index, sourceFile, sha256, null);
    }

    /**
     * @param sourceFile the file's path under the input, whose EDGAR-style name or folders may state the
     *                   accession number and CIK of a document saved without EDGAR's header
     * @param sha256     the file's SHA-256, which names a filing that states no accession number
     * @param known      the file's identity as an EDGAR index entry lists it, or {@code null}: its accession
     *                   number and CIK rank after the file's own header (and {@code dei:} tags) and before its
     *                   name or path; its company, form and date filed fill only what the file leaves empty
     */
    public FilingFields extract(Submission submission, DocumentIndex index, String sourceFile, String sha256,
                                FilingIdentity known) {
        SecHeader h = submission.header();
        SubmissionDocument primary = submission.primaryDocument().orElse(null);
        Map<String, String> dei = primary == null ? Map.of() : primary.deiFacts();
        CoverFields header = HeaderFields.read(h);
        CoverFields tags = DeiFields.read(dei);
        CoverFields cover = CoverPage.read(index);
        String type = primary == null || primary.type().isBlank() ? null : primary.type();
        CoverFields document = CoverFields.documentType(type);
        // EDGAR files a submission of several filers under each one's CIK: a path or index entry naming any
        // party of the header confirms the header rather than disputing it
        Set<String> parties = HeaderFields.parties(h);
        CoverFields listed = known == null ? CoverFields.none(FieldSource.INDEX)
                : CoverFields.identity(FieldSource.INDEX, known.accessionNumber(), known.cik()).unlessParty(parties);
        CoverFields path = EdgarPath.path(sourceFile).unlessParty(parties);
        List<CoverFields> identity = List.of(header, listed, path, EdgarPath.fileName(sourceFile));
        List<CoverFields> official = List.of(header, tags, document, cover, listed, path);
        List<CoverFields> printed = List.of(cover, tags, header);
        Precedence p = new Precedence();
        Function<String, String> same = Function.identity();
        Precedence.Chosen<String> accession = p.chosen("accession_number", identity, CoverFields::accession, same);
        Precedence.Chosen<String> cik = p.chosen("cik", official, CoverFields::cik, same);
        String filingId = accession.value() != null ? accession.value() : "sha256:" + sha256.substring(0, 16);
        SignatureBlock signature = SignatureBlock.read(index);
        Filing filing = new Filing(filingId, accession.value(), cik.value(),
                orElse(p.choose("company_name", official, CoverFields::companyName, Precedence::name),
                        known == null ? null : known.companyName()),
                orElse(p.choose("form_type", official, CoverFields::formType, Precedence::upper),
                        known == null ? null : known.formType()),
                orElse(HeaderFields.filedDate(h), known == null ? null : known.filedDate()),
                p.choose("report_date", official, CoverFields::reportDate, String::valueOf),
                p.choose("state_of_incorporation", official, CoverFields::state, Precedence::upper),
                p.choose("commission_file_number", official, CoverFields::fileNumber, Precedence::fileNumber),
                p.choose("irs_employer_id", official, CoverFields::irsNumber, Precedence::digits),
                p.choose("business_address", printed, CoverFields::address, Precedence::digits),
                p.choose("business_phone", printed, CoverFields::phone, Precedence::digits),
                signature.name(), signature.title(), signature.date(), sourceFile, sha256, accession.source(),
                cik.source());
        return new FilingFields(filing, p.warnings(filingId));
    }

    private static <T> T orElse(T own, T listed) {
        return own != null ? own : listed;
    }
}
