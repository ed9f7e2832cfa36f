package org.edgaretl.extract;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds written calendar dates ("August 17, 1995", "Aug. 17, 1995") in running text. */
public final class DateMentions {

    /** One date found in a text, with where it was written. */
    public record Found(LocalDate date, int start, int end) {
    }

    private static final String[] MONTHS = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct",
            "nov", "dec"};
    static final String MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November"
            + "|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
    private static final Pattern DATE = Pattern.compile(
            "\\b(" + MONTH + ")\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?,?\\s{1,3}((?:19|20)\\d{2})\\b",
            Pattern.CASE_INSENSITIVE);

    private DateMentions() {
    }

    public static List<Found> findAll(CharSequence text) {
        List<Found> found = new ArrayList<>();
        Matcher m = DATE.matcher(text);
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
}
