package org.edgaretl.extract;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.edgaretl.domain.Exhibit;
import org.edgaretl.domain.Filing;
import org.edgaretl.domain.Regime;
import org.edgaretl.sec.Submission;
import org.edgaretl.sec.SubmissionDocument;

/** Lists a filing's exhibits from its exhibit list (Item 7 / 9.01, exhibit index) and its attached EX- documents. */
public final class ExhibitExtractor {

    private static final Pattern NUMBER_DESCRIPTION = Pattern.compile(
            "(?i)\\s*ex(?:hibit)?[\\s.#-]{0,3}(\\d{1,3}(?:\\.\\d{1,3}){1,2}(?:\\([a-z0-9]{1,3}\\))?)\\s*");

    public List<Exhibit> extract(Submission submission, DocumentIndex index, Filing filing) {
        Map<String, Exhibit> byKey = new LinkedHashMap<>();
        String id = filing.filingId();
        if (CurrentReport.is(submission, index, filing)) {
            Regime regime = RegimeResolver.resolve(submission, index, filing).orElse(Regime.MODERN);
            for (ExhibitList.Entry e : index.exhibitList(regime)) {
                byKey.putIfAbsent(ExhibitList.key(e.number()), new Exhibit(id, e.number(), e.description()));
            }
        }
        for (SubmissionDocument d : submission.exhibits()) {
            String number = numberOf(d);
            if (number.isEmpty()) {
                continue;
            }
            String description = d.description().isBlank() ? null : d.description().strip();
            Exhibit attached = new Exhibit(id, number, description);
            byKey.merge(ExhibitList.key(number), attached, (listed, att) -> listed.description() == null
                    ? new Exhibit(id, listed.exhibitNumber(), att.description()) : listed);
        }
        return List.copyOf(byKey.values());
    }

    /**
     * The number from the document type ({@code EX-101.SCH} is 101.SCH), refined by a description that is just
     * "Exhibit 99.1" when the type only says {@code EX-99}.
     */
    static String numberOf(SubmissionDocument d) {
        String number = d.type().substring(3).strip();
        var m = NUMBER_DESCRIPTION.matcher(d.description());
        if (m.matches() && ExhibitList.key(m.group(1)).startsWith(ExhibitList.key(number) + ".")) {
            return m.group(1);
        }
        return number;
    }
}
