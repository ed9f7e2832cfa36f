package org.edgaretl.extract.filing;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.edgaretl.extract.document.ItemHeadings;

/**
 * The cover page of a filing document as a short list of non-blank lines (up to the first item heading),
 * each cut to a bounded length so that line regexes stay cheap; remembers which lines followed a blank.
 */
final class CoverLines {

    private static final int MAX_LINES = 120;
    private static final int MAX_LINE = 400;
    private static final Pattern TOC = Pattern.compile("(?i)^\\s*table\\s+of\\s+contents\\s*$");
    private static final Pattern SPACE_RUN = Pattern.compile("[ \\t]+");

    private final List<String> lines;
    private final List<Boolean> afterBlank;

    private CoverLines(List<String> lines, List<Boolean> afterBlank) {
        this.lines = lines;
        this.afterBlank = afterBlank;
    }

    static CoverLines of(List<String> textLines) {
        List<String> lines = new ArrayList<>();
        List<Boolean> afterBlank = new ArrayList<>();
        boolean blank = false;
        for (int k = 0; k < textLines.size() && lines.size() < MAX_LINES; k++) {
            String raw = textLines.get(k);
            String head = raw.length() > MAX_LINE ? raw.substring(0, MAX_LINE) : raw;
            String line = head.replace('\u00A0', ' ').stripTrailing();
            if (line.isBlank()) {
                blank = true;
                continue;
            }
            // a table of contents after the cover lists item headings that are not the body yet
            if (!lines.isEmpty() && ItemHeadings.opensLine(line)) {
                break;
            }
            if (TOC.matcher(line).matches() && lines.size() > 10) {
                break;
            }
            lines.add(line);
            afterBlank.add(blank);
            blank = false;
        }
        return new CoverLines(List.copyOf(lines), List.copyOf(afterBlank));
    }

    int size() {
        return lines.size();
    }

    String get(int i) {
        return lines.get(i);
    }

    /** The line, stripped and with runs of spaces and tabs made one space. */
    String flat(int i) {
        return SPACE_RUN.matcher(lines.get(i).strip()).replaceAll(" ");
    }

    boolean followsBlank(int i) {
        return afterBlank.get(i);
    }

    /** Index of the first line matching the pattern at or after {@code from}, or -1. */
    int find(Pattern p, int from) {
        for (int i = Math.max(0, from); i < lines.size(); i++) {
            if (p.matcher(lines.get(i)).find()) {
                return i;
            }
        }
        return -1;
    }

    /** True for a caption line such as "(Exact name of registrant as specified in its charter)". */
    static boolean isCaption(String line) {
        String t = line.strip();
        return t.startsWith("(") || t.endsWith(")") && t.indexOf('(') < 0;
    }
}
