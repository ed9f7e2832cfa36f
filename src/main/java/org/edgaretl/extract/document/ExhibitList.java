package org.edgaretl.extract.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.edgaretl.sec.Deadline;

/**
 * Reads the entries of an 8-K exhibit list ("99.1  Press release dated ...", "Exhibit 10.1 - Agreement ...",
 * or a table whose number and description cells fall on separate lines), line by line.
 */
final class ExhibitList {

    private static final int HEAD = 400;
    private static final int MAX_DESCRIPTION = 1000;
    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");
    private static final Pattern ENTRY = Pattern.compile(
            "^[\\s\\u2022\\u00B7*]{0,40}(?<word>(?i:exhibits?)\\s{0,3}(?:(?i:no|number|nos)\\.?\\s{0,3})?)?(?i:ex-)?"
                    + "(?<num>\\d{1,3}(?:\\s?\\.\\s?\\d{1,3}){0,2}(?:\\.[A-Z]{3})?(?:\\s?\\([a-zA-Z0-9]{1,3}\\)){0,2})"
                    + "\\*{0,2}(?![\\w.,/%$-]\\w)\\.?(?<sep>\\s{0,40}(?:[:\\-\\u2013\\u2014]\\s{0,20})?)(?<rest>.*)$");
    private static final Pattern DESCRIPTION_START = Pattern.compile("^[A-Z\"'\\u201C\\u2018(\\[]");
    /** Column captions of an exhibit table ("Exhibit No.", "Number", "Description"). */
    private static final Pattern COLUMN_CAPTION = Pattern.compile(
            "(?i)(?:exhibits?\\s{0,3}(?:no\\.?|number|#)?|no\\.?|number)?\\s{0,3}(?:description(?:\\s{1,3}of\\s{1,3}exhibits?)?)?[.:]?");
    private static final Pattern SPACE = Pattern.compile("\\s+");
    private static final Pattern EXHIBIT_WORD = Pattern.compile("(?i)\\bexhibit");
    /** Centered page numbers of text filings sit this far in; list numbers do not. */
    private static final int PAGE_NUMBER_INDENT = 20;
    /** Entries are looked for this many lines after a line that mentions exhibits, or after the last entry. */
    private static final int WINDOW = 15;
    /** An exhibit index ends where running text starts: this many paragraphs without an entry. */
    private static final int GAP = 3;

    private ExhibitList() {
    }

    /**
     * Entries in {@code lines}, read until a few paragraphs pass without any entry once some were found, and
     * only near a line that mentions exhibits or the list's start ({@code fromStart}, an exhibit index): the
     * financial statements an Item 7 may carry have numbered notes too.
     */
    static List<ExhibitEntry> read(List<String> lines, boolean fromStart) {
        List<ExhibitEntry> entries = new ArrayList<>();
        int window = fromStart ? WINDOW : 0;
        boolean table = false;
        String pendingNumber = null;
        StringBuilder desc = null;
        String number = null;
        boolean lastBlank = true;
        int gap = 0;
        for (String raw : lines) {
            Deadline.check();
            String line = raw.length() > HEAD + MAX_DESCRIPTION ? raw.substring(0, HEAD + MAX_DESCRIPTION) : raw;
            if (line.isBlank()) {
                lastBlank = true;
                continue;
            }
            if (EXHIBIT_WORD.matcher(line.length() > HEAD ? line.substring(0, HEAD) : line).find()) {
                window = WINDOW;
            }
            if (isCaption(line)) {
                table = true;
            }
            Matcher m = window > 0 ? ENTRY.matcher(line) : null;
            boolean isEntry = m != null && m.matches() && plausible(m, line, table);
            if (isEntry) {
                flush(entries, number, desc);
                number = null;
                desc = null;
                String rest = m.group("rest").strip();
                if (rest.isEmpty()) {
                    pendingNumber = number(m);
                } else {
                    pendingNumber = null;
                    number = number(m);
                    desc = new StringBuilder(clean(rest));
                }
                gap = 0;
                window = WINDOW;
            } else if (pendingNumber != null && isCaption(line)) {
                // a caption cell between the number and its description
                lastBlank = false;
                continue;
            } else if (pendingNumber != null) {
                String text = clean(line.strip());
                if (DESCRIPTION_START.matcher(text).find()) {
                    number = pendingNumber;
                    desc = new StringBuilder(text);
                }
                pendingNumber = null;
            } else if (desc != null && !lastBlank && desc.length() < MAX_DESCRIPTION) {
                desc.append(' ').append(clean(line.strip()));
            } else {
                flush(entries, number, desc);
                number = null;
                desc = null;
                if (lastBlank && !entries.isEmpty() && ++gap >= GAP) {
                    break;
                }
            }
            lastBlank = false;
            window--;
        }
        flush(entries, number, desc);
        return entries;
    }

    /** Guards against page numbers and sentences that happen to open with a number. */
    private static boolean plausible(Matcher m, String line, boolean table) {
        String rest = m.group("rest").strip();
        boolean word = m.group("word") != null;
        if (rest.isEmpty()) {
            int indent = 0;
            while (indent < line.length() && Character.isWhitespace(line.charAt(indent))) {
                indent++;
            }
            // a bare number alone on its line is an exhibit only in a captioned table: elsewhere it is a page number
            return word || (m.group("num").contains(".") ? indent < PAGE_NUMBER_INDENT : table && indent == 0);
        }
        if (!word && m.group("sep").isEmpty()) {
            return false;
        }
        return DESCRIPTION_START.matcher(rest).find();
    }

    /** The number as printed, without the spaces some filers put around its dots ("2 .1" is 2.1). */
    private static String number(Matcher m) {
        return SPACE.matcher(m.group("num")).replaceAll("");
    }

    private static void flush(List<ExhibitEntry> entries, String number, StringBuilder desc) {
        if (number != null && desc != null) {
            String d = WHITESPACE_RUN.matcher(desc).replaceAll(" ").strip();
            entries.add(new ExhibitEntry(number, d.isEmpty() ? null : d));
        }
    }

    private static boolean isCaption(String line) {
        String s = line.strip();
        return !s.isEmpty() && s.length() < HEAD && COLUMN_CAPTION.matcher(s).matches();
    }

    /** The description without a trailing page-number column ("Press release    5", "... Page 3"). */
    private static String clean(String text) {
        String s = text.strip();
        int digits = s.length();
        while (digits > 0 && Character.isDigit(s.charAt(digits - 1)) && s.length() - digits < 3) {
            digits--;
        }
        if (digits == s.length() || digits == 0 || Character.isDigit(s.charAt(digits - 1))) {
            return s;
        }
        String before = s.substring(0, digits);
        if (before.endsWith("  ") || before.toLowerCase(Locale.ROOT).endsWith(" page ")) {
            String cut = before.strip();
            return cut.toLowerCase(Locale.ROOT).endsWith(" page") ? cut.substring(0, cut.length() - 5).strip() : cut;
        }
        return s;
    }
}
