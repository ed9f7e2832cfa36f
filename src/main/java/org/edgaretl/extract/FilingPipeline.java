package org.edgaretl.extract;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

import org.edgaretl.domain.ExtractedFiling;
import org.edgaretl.domain.FieldWarning;
import org.edgaretl.domain.Filing;
import org.edgaretl.domain.FilingIdentity;
import org.edgaretl.domain.Financing;
import org.edgaretl.domain.ProcessedFile;
import org.edgaretl.domain.Reject;
import org.edgaretl.domain.RejectReason;
import org.edgaretl.domain.Stage;
import org.edgaretl.extract.document.DocumentIndex;
import org.edgaretl.extract.events.EventExtractor;
import org.edgaretl.extract.events.Events;
import org.edgaretl.extract.exhibits.ExhibitExtractor;
import org.edgaretl.extract.filing.FilingFields;
import org.edgaretl.extract.filing.FilingFieldsExtractor;
import org.edgaretl.extract.financings.FinancingExtractor;
import org.edgaretl.extract.financings.OfferingKeys;
import org.edgaretl.sec.Deadline;
import org.edgaretl.sec.ParseException;
import org.edgaretl.sec.Submission;
import org.edgaretl.sec.SubmissionParser;
import org.edgaretl.validate.FilingValidator;
import org.edgaretl.validate.Violation;

/**
 * One filing file through parsing, every extractor and validation, Spring-free: bytes in, rows or a
 * reject out. Any failure is turned into a reject that names the file, the stage and the reason; a file
 * that takes longer than the time limit is rejected as {@code timeout}.
 */
public final class FilingPipeline {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private final FilingFieldsExtractor fields = new FilingFieldsExtractor();
    private final EventExtractor events = new EventExtractor();
    private final ExhibitExtractor exhibits = new ExhibitExtractor();
    private final FinancingExtractor financings = new FinancingExtractor();
    private final FilingValidator validator = new FilingValidator();
    private final Duration timeout;

    public FilingPipeline() {
        this(DEFAULT_TIMEOUT);
    }

    /** @param timeout the most time one file may take; the scans check it, so a runaway input ends as a reject */
    public FilingPipeline(Duration timeout) {
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    public ProcessedFile process(String sourceFile, byte[] bytes) {
        return process(sourceFile, bytes, null);
    }

    /**
     * @param known the file's identity as EDGAR's index lists it, or {@code null}: it fills the accession
     *              number, CIK, company, form and date filed where the file itself states none (the accession
     *              number and CIK before what the file's name or path states)
     */
    public ProcessedFile process(String sourceFile, byte[] bytes, FilingIdentity known) {
        Objects.requireNonNull(sourceFile, "sourceFile");
        Stage stage = Stage.PARSE;
        try (Deadline ignored = Deadline.start(sourceFile, timeout)) {
            String sha256 = sha256(bytes);
            Submission submission = SubmissionParser.parse(sourceFile, bytes);
            stage = Stage.EXTRACT;
            DocumentIndex index = DocumentIndex.of(submission);
            FilingFields filingFields = fields.extract(submission, index, sourceFile, sha256, known);
            Filing filing = filingFields.filing();
            Events found = events.extract(submission, index, filing);
            List<Financing> money = OfferingKeys.assign(filing,
                    financings.extract(submission, index, filing, found.events()));
            List<FieldWarning> warnings = new ArrayList<>(filingFields.warnings());
            warnings.addAll(found.warnings());
            ExtractedFiling extracted = new ExtractedFiling(filing, found.events(),
                    exhibits.extract(submission, index, filing, found.numbering()), money, warnings);
            stage = Stage.VALIDATE;
            List<Violation> violations = validator.validate(submission, extracted);
            if (!violations.isEmpty()) {
                Violation first = violations.get(0);
                return ProcessedFile.rejected(new Reject(sourceFile, stage, first.reason(),
                        sourceFile + ": " + first.message()));
            }
            return ProcessedFile.of(extracted);
        } catch (ParseException e) {
            return ProcessedFile.rejected(new Reject(sourceFile, stage, e.reason(), e.getMessage()));
        } catch (RuntimeException | StackOverflowError e) {
            return ProcessedFile.rejected(new Reject(sourceFile, stage, RejectReason.INTERNAL_ERROR,
                    sourceFile + ": " + e.getClass().getSimpleName() + ": " + e.getMessage()));
        } catch (OutOfMemoryError e) {
            // the file's text and its copies did not fit: they are garbage once this frame is left, so the run goes on
            return ProcessedFile.rejected(new Reject(sourceFile, stage, RejectReason.OUT_OF_MEMORY, sourceFile + ": "
                    + bytes.length + " bytes need more memory than the heap has (raise -Xmx or lower edgar.max-file-bytes)"));
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
