package org.edgaretl.validate;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.edgaretl.domain.ExtractedFiling;
import org.edgaretl.domain.FieldSource;
import org.edgaretl.domain.Filing;
import org.edgaretl.domain.RejectReason;
import org.edgaretl.sec.Submission;
import org.edgaretl.sec.SubmissionDocument;

/**
 * The rules an extracted filing must pass to be written; a broken rule rejects the file with the rule's
 * name as reason. Rules are a list of values, so adding one is one line.
 */
public final class FilingValidator {

    static final LocalDate EDGAR_START = LocalDate.of(1993, 1, 1);

    private final List<Rule> rules = List.of(
            new Rule(RejectReason.NO_DOCUMENT, c -> c.submission().primaryDocument().isEmpty()
                    ? Optional.of("the file has no document with text")
                    : Optional.empty()),
            new Rule(RejectReason.EXHIBIT_ONLY, c -> exhibitOnly(c.submission())),
            new Rule(RejectReason.UNRECOGNIZED_FILING, c -> unrecognized(c.extracted().filing())
                    ? Optional.of("neither a SEC header nor a form type on a cover page was found")
                    : Optional.empty()),
            new Rule(RejectReason.IMPLAUSIBLE_DATE, c -> implausibleDate(c.extracted().filing())));

    public List<Violation> validate(Submission submission, ExtractedFiling extracted) {
        Rule.Checked checked = new Rule.Checked(submission, extracted);
        return rules.stream().map(r -> r.apply(checked)).flatMap(Optional::stream).toList();
    }

    /** A press release or other exhibit saved on its own has no cover and is not a filing of its own. */
    private static Optional<String> exhibitOnly(Submission s) {
        if (!s.header().isEmpty()) {
            return Optional.empty();
        }
        return s.primaryDocument().filter(SubmissionDocument::isExhibit)
                .map(d -> "the file is a lone " + d.type() + " exhibit without the filing it belongs to");
    }

    /**
     * A form type, or an accession number that EDGAR itself records for the file (its header, its index entry),
     * makes a file a filing; one read from the file's name or path alone does not.
     */
    private static boolean unrecognized(Filing f) {
        boolean edgarAccession = f.accessionSource() == FieldSource.SEC_HEADER
                || f.accessionSource() == FieldSource.INDEX;
        return !edgarAccession && f.formType() == null;
    }

    private static Optional<String> implausibleDate(Filing f) {
        LocalDate latest = LocalDate.now().plusDays(1);
        for (LocalDate d : new LocalDate[] {f.filedDate(), f.reportDate()}) {
            if (d != null && (d.isBefore(EDGAR_START.minusYears(2)) || d.isAfter(latest))) {
                return Optional.of("date " + d + " is outside EDGAR's time (1991 to today)");
            }
        }
        return Optional.empty();
    }
}
