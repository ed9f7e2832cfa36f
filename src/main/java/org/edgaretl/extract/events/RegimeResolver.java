package org.edgaretl.extract.events;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.edgaretl.domain.Filing;
import org.edgaretl.extract.document.DateText;
import org.edgaretl.extract.document.DocumentIndex;
import org.edgaretl.sec.SecHeader;
import org.edgaretl.sec.Submission;

/**
 * Decides which 8-K item numbering a filing uses from the first date it states: filed date, report date,
 * the header's own dates, else the cover page's "Date of Report".
 */
final class RegimeResolver {

    private static final int COVER_LINES = 400;
    private static final int MAX_LINE = 2000;

    private RegimeResolver() {
    }

    /** The date that decides the regime: the filing's, the header's, else the cover page's date of report. */
    static Optional<LocalDate> date(Submission submission, DocumentIndex index, Filing filing) {
        if (filing != null && filing.filedDate() != null) {
            return Optional.of(filing.filedDate());
        }
        if (filing != null && filing.reportDate() != null) {
            return Optional.of(filing.reportDate());
        }
        SecHeader h = submission.header();
        return h.first("FILED AS OF DATE").flatMap(DateText::header)
                .or(() -> h.first("CONFORMED PERIOD OF REPORT").flatMap(DateText::header))
                .or(() -> coverDate(index.lines()));
    }

    /**
     * The date printed next to the cover page's "Date of Report" caption (on its line, or just below or above),
     * for a document whose cover page reader found none (the caption beyond its first lines, or the date far from it).
     */
    static Optional<LocalDate> coverDate(List<String> lines) {
        int n = Math.min(lines.size(), COVER_LINES);
        for (int i = 0; i < n; i++) {
            if (!bounded(lines.get(i)).toLowerCase(Locale.ROOT).contains("date of report")) {
                continue;
            }
            int[] order = {i, i + 1, i + 2, i + 3, i - 1, i - 2, i - 3};
            for (int j : order) {
                if (j >= 0 && j < n) {
                    Optional<LocalDate> d = DateText.find(lines.get(j));
                    if (d.isPresent()) {
                        return d;
                    }
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static String bounded(String line) {
        return line.length() > MAX_LINE ? line.substring(0, MAX_LINE) : line;
    }
}
