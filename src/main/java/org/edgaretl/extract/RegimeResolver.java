package org.edgaretl.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.edgaretl.domain.Filing;
import org.edgaretl.domain.Regime;
import org.edgaretl.sec.SecHeader;
import org.edgaretl.sec.Submission;

/**
 * Decides which 8-K item numbering a filing uses from the first date it states: filed date, report date,
 * the header's own dates, else the cover page's "Date of Report".
 */
public final class RegimeResolver {

    private static final Pattern MONTH_DATE = Pattern.compile(
            "(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\\.?\\s{0,3}(\\d{1,2})\\s{0,3},?\\s{0,3}((?:19|20)\\d{2})\\b");
    private static final Pattern NUMERIC_DATE = Pattern.compile("\\b(\\d{1,2})/(\\d{1,2})/((?:19|20)\\d{2})\\b");
    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep",
            "oct", "nov", "dec");
    private static final int COVER_LINES = 400;
    private static final int MAX_LINE = 2000;

    private RegimeResolver() {
    }

    /** The regime of the filing, or empty when it states no date at all. */
    public static Optional<Regime> resolve(Submission submission, DocumentIndex index, Filing filing) {
        return date(submission, index, filing).map(Regime::on);
    }

    /** The date that decides the regime: the filing's, the header's, else the cover page's date of report. */
    public static Optional<LocalDate> date(Submission submission, DocumentIndex index, Filing filing) {
        if (filing != null && filing.filedDate() != null) {
            return Optional.of(filing.filedDate());
        }
        if (filing != null && filing.reportDate() != null) {
            return Optional.of(filing.reportDate());
        }
        SecHeader h = submission.header();
        return headerDate(h.first("FILED AS OF DATE"))
                .or(() -> headerDate(h.first("CONFORMED PERIOD OF REPORT")))
                .or(() -> coverDate(index.lines()));
    }

    /** The date printed next to the cover page's "Date of Report" caption (on its line, or just below or above). */
    static Optional<LocalDate> coverDate(List<String> lines) {
        int n = Math.min(lines.size(), COVER_LINES);
        for (int i = 0; i < n; i++) {
            if (!bounded(lines.get(i)).toLowerCase(Locale.ROOT).contains("date of report")) {
                continue;
            }
            int[] order = {i, i + 1, i + 2, i + 3, i - 1, i - 2, i - 3};
            for (int j : order) {
                if (j >= 0 && j < n) {
                    Optional<LocalDate> d = parseDate(bounded(lines.get(j)));
                    if (d.isPresent()) {
                        return d;
                    }
                }
            }
            return Optional.empty();
        }
        return Optional.empty();
    }

    static Optional<LocalDate> parseDate(String s) {
        Matcher m = MONTH_DATE.matcher(s);
        if (m.find()) {
            return of(Integer.parseInt(m.group(3)), MONTHS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1,
                    Integer.parseInt(m.group(2)));
        }
        m = NUMERIC_DATE.matcher(s);
        if (m.find()) {
            return of(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> of(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    private static Optional<LocalDate> headerDate(Optional<String> value) {
        return value.flatMap(v -> {
            try {
                return Optional.of(LocalDate.parse(v.strip(), DateTimeFormatter.BASIC_ISO_DATE));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    private static String bounded(String line) {
        return line.length() > MAX_LINE ? line.substring(0, MAX_LINE) : line;
    }
}
