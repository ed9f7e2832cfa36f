package org.edgaretl.extract.filing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.edgaretl.domain.ExtractedFiling;
import org.edgaretl.domain.FieldSource;
import org.edgaretl.domain.FieldWarning;
import org.edgaretl.domain.Filing;
import org.edgaretl.domain.FilingIdentity;
import org.edgaretl.domain.ProcessedFile;
import org.edgaretl.domain.RejectReason;
import org.edgaretl.extract.FilingPipeline;
import org.edgaretl.extract.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * A filing's identity through the whole pipeline, on real filings saved under EDGAR-style names and paths: the
 * header wins, then the folders, then the name; what the name or path states against the file's own text is a
 * warning; the filing id is the accession number wherever it came from.
 */
class PathIdentityTest {

    private static final FilingPipeline PIPELINE = new FilingPipeline();
    /** An 8-K document saved without EDGAR's header and without inline XBRL (Tyson Foods, CIK 100493). */
    private static final byte[] DOCUMENT = Fixtures.bytes("corpus/modern/0000100493-15-000041.htm");
    /** An inline-XBRL 8-K document whose dei: tags give CIK 0001002517. */
    private static final byte[] INLINE_XBRL = Fixtures.bytes("corpus/modern/0001193125-20-270743.htm");
    /** A full submission whose header gives accession 0000019617-26-000241 and CIK 0000019617. */
    private static final byte[] SUBMISSION = Fixtures.bytes("corpus/modern/0000019617-26-000241.txt");

    /** A Form 4 whose header names two parties: subject company 0000911787 and reporting owner 0001050609. */
    private static final byte[] TWO_PARTIES = Fixtures.bytes("corpus/other-forms/0001094891-00-000193.txt");

    private static ExtractedFiling extract(String sourceFile, byte[] bytes) {
        return extract(sourceFile, bytes, null);
    }

    private static ExtractedFiling extract(String sourceFile, byte[] bytes, FilingIdentity known) {
        ProcessedFile processed = PIPELINE.process(sourceFile, bytes, known);
        assertThat(processed.isRejected()).as("%s", processed.reject()).isFalse();
        return processed.extracted();
    }

    @Test
    void aDocumentNamedByItsAccessionNumberIsKeyedByIt() {
        Filing f = extract("8-K/0000100493-15-000041.htm", DOCUMENT).filing();

        assertThat(f.filingId()).isEqualTo("0000100493-15-000041");
        assertThat(f.accessionNumber()).isEqualTo("0000100493-15-000041");
        assertThat(f.accessionSource()).isEqualTo(FieldSource.FILE_NAME);
        assertThat(f.cik()).as("a name states no CIK").isNull();
        assertThat(f.cikSource()).isNull();
    }

    @Test
    void edgarsFilingFolderGivesTheAccessionNumberAndTheCik() {
        Filing f = extract("Archives/edgar/data/100493/000010049315000041/d8k.htm", DOCUMENT).filing();

        assertThat(f.filingId()).isEqualTo("0000100493-15-000041");
        assertThat(f.accessionSource()).isEqualTo(FieldSource.PATH);
        assertThat(f.cik()).isEqualTo("0000100493");
        assertThat(f.cikSource()).isEqualTo(FieldSource.PATH);
    }

    @Test
    void aDocumentWithoutAnEdgarStyleNameKeepsItsContentId() {
        Filing f = extract("downloads/tyson-8k.htm", DOCUMENT).filing();

        assertThat(f.filingId()).startsWith("sha256:").hasSize("sha256:".length() + 16);
        assertThat(f.accessionNumber()).isNull();
        assertThat(f.accessionSource()).isNull();
    }

    @Test
    void theInlineXbrlCikOutranksThePathAndTheirDisagreementIsAWarning() {
        ExtractedFiling x = extract("edgar/data/1234567/000119312520270743/d8k.htm", INLINE_XBRL);

        assertThat(x.filing().cik()).isEqualTo("0001002517");
        assertThat(x.filing().cikSource()).isEqualTo(FieldSource.IXBRL_DEI);
        assertThat(x.filing().accessionSource()).isEqualTo(FieldSource.PATH);
        assertThat(x.warnings()).contains(new FieldWarning("0001193125-20-270743", "cik", "0001002517", "0001234567",
                "path (chosen from ixbrl_dei)"));
    }

    @Test
    void theHeaderOutranksTheNameAndTheirDisagreementIsAWarning() {
        ExtractedFiling x = extract("edgar/data/19617/0000019617-26-000999.txt", SUBMISSION);

        assertThat(x.filing().filingId()).isEqualTo("0000019617-26-000241");
        assertThat(x.filing().accessionSource()).isEqualTo(FieldSource.SEC_HEADER);
        assertThat(x.filing().cikSource()).isEqualTo(FieldSource.SEC_HEADER);
        assertThat(x.warnings()).contains(new FieldWarning("0000019617-26-000241", "accession_number",
                "0000019617-26-000241", "0000019617-26-000999", "file_name (chosen from sec_header)"));
        assertThat(x.warnings()).noneMatch(w -> w.field().equals("cik"));
    }

    @Test
    void aNameThatAgreesWithTheHeaderAddsNoWarning() {
        ExtractedFiling x = extract("edgar/data/19617/0000019617-26-000241.txt", SUBMISSION);

        assertThat(x.warnings()).noneMatch(w -> w.field().equals("accession_number") || w.field().equals("cik"));
    }

    @Test
    void anAccessionNumberInTheNameDoesNotMakeAFileAFiling() {
        byte[] notes = "Meeting notes, nothing filed.\n".getBytes(StandardCharsets.US_ASCII);

        ProcessedFile processed = PIPELINE.process("0001193125-23-048785.txt", notes);

        assertThat(processed.isRejected()).isTrue();
        assertThat(processed.reject().reason()).isEqualTo(RejectReason.UNRECOGNIZED_FILING);
    }

    @Test
    void aPathUnderAnyPartyOfTheHeaderConfirmsItsCik() {
        ExtractedFiling owner = extract("edgar/data/1050609/000109489100000193/0001094891-00-000193.txt", TWO_PARTIES);
        ExtractedFiling stranger = extract("edgar/data/1234567/000109489100000193/0001094891-00-000193.txt",
                TWO_PARTIES);

        assertThat(owner.filing().cikSource()).isEqualTo(FieldSource.SEC_HEADER);
        assertThat(owner.warnings()).noneMatch(w -> w.field().equals("cik"));
        assertThat(stranger.warnings()).filteredOn(w -> w.field().equals("cik")).singleElement()
                .satisfies(w -> assertThat(w.otherValue()).isEqualTo("0001234567"));
    }

    @Test
    void anIndexEntryRanksAfterTheFileAndBeforeItsNameOrPath() {
        FilingIdentity listed = new FilingIdentity("0000100493-15-000041", "0000100493", "TYSON FOODS INC", "8-K",
                LocalDate.of(2015, 4, 8));

        ExtractedFiling x = extract("edgar/data/100493/0000100493-15-000099.htm", DOCUMENT, listed);

        Filing f = x.filing();
        assertThat(f.filingId()).isEqualTo("0000100493-15-000041");
        assertThat(f.accessionSource()).isEqualTo(FieldSource.INDEX);
        assertThat(f.cik()).isEqualTo("0000100493");
        assertThat(f.cikSource()).isEqualTo(FieldSource.INDEX);
        assertThat(f.filedDate()).as("the file states no date filed").isEqualTo(LocalDate.of(2015, 4, 8));
        assertThat(f.companyName()).as("the cover page's name, not the index's").isEqualTo("Tyson Foods, Inc.");
        assertThat(x.warnings()).contains(new FieldWarning("0000100493-15-000041", "accession_number",
                "0000100493-15-000041", "0000100493-15-000099", "file_name (chosen from index)"));
    }
}
