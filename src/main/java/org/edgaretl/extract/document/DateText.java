package org.edgaretl.extract.document;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one reader of dates in filing text: the dates filings print ("August 16, 1995", "Aug. 16, 1995",
 * "16 August 1995", "the 29th day of August, 1995", "08/16/95"), the written dates of running text with
 * where they stand, and EDGAR's header dates ({@code 19950817}).
 */
public final class DateText {

    /** One written date found in a text, with where it was written. */
    public record Found(LocalDate date, int start, int end) {
    }

    /**
     * A month as running text writes it, full or abbreviated with a stop ("August", "Aug."), for patterns of
     * the extractors that read a date in its context (a non-capturing group).
     */
    public static final String MONTH_NAME = "(?:January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
            "nov", "dec"};
    private static final Pattern WRITTEN = Pattern.compile(
            "\\b(" + MONTH_NAME + ")\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?,?\\s{1,3}((?:19|20)\\d{2})\\b",
            Pattern.CASE_INSENSITIVE);

    private static final int MAX_SCAN = 2000;
    private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
            + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
    private static final Pattern MONTH_FIRST = Pattern.compile(
            "(?i)\\b" + MONTH + "\\.?\\s{0,3}(\\d{1,2})(?:st|nd|rd|th)?\\s{0,3},?\\s{0,3}(\\d{4})\\b");
    private static final Pattern DAY_FIRST = Pattern.compile(
            "(?i)\\b(\\d{1,2})(?:st|nd|rd|th)?\\s{1,3}(?:day\\s{1,3}of\\s{1,3})?" + MONTH + "\\.?,?\\s{1,3}(\\d{4})\\b");
    private static final Pattern NUMERIC = Pattern.compile("(?<![\\d/.-])(\\d{1,2})/(\\d{1,2})/(\\d{4}|\\d{2})(?![\\d/])");
    private static final Pattern ISO = Pattern.compile("(?<![\\d-])(\\d{4})-(\\d{2})-(\\d{2})(?![\\d-])");

    private DateText() {
    }

    /** Every written date ("August 17, 1995", "Aug. 17, 1995") of running text, in order; typos are skipped. */
    public static List<Found> findAll(CharSequence text) {
        List<Found> found = new ArrayList<>();
        Matcher m = WRITTEN.matcher(text);
        while (m.find()) {
            String month = m.group(1).toLowerCase(Locale.ROOT);
            int mm = 0;
            for (int i = 0; i < MONTHS.length; i++) {
                if (month.startsWith(MONTHS[i])) {
                    mm = i + 1;
                }
            }
            try {
                found.add(new Found(LocalDate.of(Integer.parseInt(m.group(3)), mm, Integer.parseInt(m.group(2))),
                        m.start(), m.end()));
            } catch (DateTimeException e) {
                // "February 30" and the like are typos, not dates
            }
        }
        return found;
    }

    /** A date of EDGAR's header ({@code FILED AS OF DATE: 19950817}), if the value is one. */
    public static Optional<LocalDate> header(String value) {
        try {
            return Optional.of(LocalDate.parse(value.strip(), DateTimeFormatter.BASIC_ISO_DATE));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** The first date printed in the text, if any. */
    public static Optional<LocalDate> find(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        String s = text.length() > MAX_SCAN ? text.substring(0, MAX_SCAN) : text;
        Earliest best = null;
        best = earliest(best, MONTH_FIRST.matcher(s), m -> date(m.group(3), month(m.group(1)), m.group(2)));
        best = earliest(best, DAY_FIRST.matcher(s), m -> date(m.group(3), month(m.group(2)), m.group(1)));
        best = earliest(best, NUMERIC.matcher(s), m -> date(m.group(3), Integer.parseInt(m.group(1)), m.group(2)));
        best = earliest(best, ISO.matcher(s), m -> date(m.group(1), Integer.parseInt(m.group(2)), m.group(3)));
        return best == null ? Optional.empty() : Optional.of(best.date());
    }

    /** True when the text is a date and (almost) nothing else, as a dated line under a signature. */
    public static boolean isDateOnly(String text) {
        String t = text.strip();
        if (t.length() > 40) {
            return false;
        }
        for (Pattern p : new Pattern[] {MONTH_FIRST, DAY_FIRST, NUMERIC, ISO}) {
            Matcher m = p.matcher(t);
            if (m.find() && t.substring(0, m.start()).isBlank() && t.substring(m.end()).replaceAll("[\\s.,]", "").isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private record Earliest(int at, LocalDate date) {
    }

    private interface Reader {
        LocalDate read(Matcher m);
    }

    private static Earliest earliest(Earliest best, Matcher m, Reader reader) {
        while (m.find()) {
            if (best != null && m.start() >= best.at()) {
                return best;
            }
            LocalDate d = reader.read(m);
            if (d != null) {
                return new Earliest(m.start(), d);
            }
        }
        return best;
    }

    private static LocalDate date(String year, int month, String day) {
        int y = Integer.parseInt(year);
        if (year.length() == 2) {
            y += y >= 50 ? 1900 : 2000;
        }
        try {
            return LocalDate.of(y, month, Integer.parseInt(day));
        } catch (DateTimeException e) {
            return null;
        }
    }

    private static int month(String name) {
        return switch (name.substring(0, 3).toLowerCase()) {
            case "jan" -> 1;
            case "feb" -> 2;
            case "mar" -> 3;
            case "apr" -> 4;
            case "may" -> 5;
            case "jun" -> 6;
            case "jul" -> 7;
            case "aug" -> 8;
            case "sep" -> 9;
            case "oct" -> 10;
            case "nov" -> 11;
            default -> 12;
        };
    }
}
