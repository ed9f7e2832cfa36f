package org.edgaretl.extract.exhibits;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.edgaretl.domain.Exhibit;
import org.edgaretl.domain.Filing;
import org.edgaretl.domain.Regime;
import org.edgaretl.extract.document.DocumentIndex;
import org.edgaretl.extract.document.ExhibitEntry;
import org.edgaretl.sec.Submission;
import org.edgaretl.sec.SubmissionDocument;

/** Lists a filing's exhibits from its exhibit list (Item 7 / 9.01, exhibit index) and its attached EX- documents. */
public final class ExhibitExtractor {

    private static final Pattern NUMBER_DESCRIPTION = Pattern.compile(
            "(?i)\\s*ex(?:hibit)?[\\s.#-]{0,3}(\\d{1,3}(?:\\.\\d{1,3}){1,2}(?:\\([a-z0-9]{1,3}\\))?)\\s*");

    /**
     * @param numbering the filing's 8-K item numbering, which says which item lists the exhibits; empty for
     *                  other forms, whose exhibit lists are not read (only their attached EX- documents)
     */
    public List<Exhibit> extract(Submission submission, DocumentIndex index, Filing filing,
                                 Optional<Regime> numbering) {
        Map<String, Exhibit> byKey = new LinkedHashMap<>();
        String id = filing.filingId();
        numbering.ifPresent(regime -> {
            for (ExhibitEntry e : index.exhibitList(regime)) {
                byKey.putIfAbsent(key(e.number()), new Exhibit(id, e.number(), e.description()));
            }
        });
        for (SubmissionDocument d : submission.exhibits()) {
            String number = numberOf(d);
            if (number.isEmpty()) {
                continue;
            }
            String description = d.description().isBlank() ? null : d.description().strip();
            Exhibit attached = new Exhibit(id, number, description);
            byKey.merge(key(number), attached, (listed, att) -> listed.description() == null
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
        if (m.matches() && key(m.group(1)).startsWith(key(number) + ".")) {
            return m.group(1);
        }
        return number;
    }

    /** The number as a key: case, spaces, the word "Exhibit" and a dot before a parenthesis do not matter. */
    static String key(String number) {
        String k = number.toLowerCase(Locale.ROOT).replace("exhibit", "").replaceAll("^ex-", "")
                .replaceAll("\\s+", "").replace(".(", "(");
        return k.endsWith(".") ? k.substring(0, k.length() - 1) : k;
    }
}
