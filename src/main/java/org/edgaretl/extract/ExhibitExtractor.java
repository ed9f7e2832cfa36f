package org.edgaretl.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.edgaretl.domain.Exhibit;
import org.edgaretl.domain.Filing;
import org.edgaretl.domain.Regime;
import org.edgaretl.sec.Deadline;
import org.edgaretl.sec.Submission;
import org.edgaretl.sec.SubmissionDocument;

/** Lists a filing's exhibits from its exhibit list (Item 7 / 9.01, exhibit index) and its attached EX- documents. */
public final class ExhibitExtractor {

    private static final Pattern INDEX_HEADING = Pattern.compile(
            "(?i)(?:exhibit\\s{1,3}index|index\\s{1,3}(?:to|of)\\s{1,3}exhibits|exhibits?\\s{1,3}index|list\\s{1,3}of\\s{1,3}exhibits)[.:]?");
    private static final int HEAD = 200;
    /**
     * Real filings print one or two exhibit indexes; each is read to its end, so a file of thousands of
     * index captions would read the rest of its text once per caption.
     */
    private static final int MAX_INDEXES = 10;
    private static final Pattern NUMBER_DESCRIPTION = Pattern.compile(
            "(?i)\\s*ex(?:hibit)?[\\s.#-]{0,3}(\\d{1,3}(?:\\.\\d{1,3}){1,2}(?:\\([a-z0-9]{1,3}\\))?)\\s*");

    public List<Exhibit> extract(Submission submission, Filing filing) {
        Map<String, Exhibit> byKey = new LinkedHashMap<>();
        String id = filing.filingId();
        if (CurrentReport.is(submission, filing)) {
            String text = submission.primaryDocument().map(SubmissionDocument::text).orElse("");
            Regime regime = RegimeResolver.resolve(submission, filing).orElse(Regime.MODERN);
            for (ExhibitList.Entry e : listed(text, regime)) {
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

    /** Entries of the Item 7 / 9.01 section, then of any exhibit index. */
    static List<ExhibitList.Entry> listed(String text, Regime regime) {
        List<ExhibitList.Entry> entries = new ArrayList<>();
        String exhibitsItem = regime == Regime.PRE_2004 ? "7" : "9.01";
        for (ItemScanner.Section s : ItemScanner.sections(text, regime)) {
            if (s.code().equals(exhibitsItem)) {
                entries.addAll(ExhibitList.read(Arrays.asList(s.text().split("\n", -1)), false));
            }
        }
        List<String> lines = Arrays.asList(text.split("\n", -1));
        int indexes = 0;
        for (int i = 0; i < lines.size() && indexes < MAX_INDEXES; i++) {
            Deadline.check();
            String line = lines.get(i);
            if (line.length() < HEAD && INDEX_HEADING.matcher(line.strip()).matches()) {
                entries.addAll(ExhibitList.read(lines.subList(i + 1, lines.size()), true));
                indexes++;
            }
        }
        return entries;
    }
}
