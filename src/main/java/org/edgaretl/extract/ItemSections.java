package org.edgaretl.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cuts an 8-K's text at its item headings and keeps the items where financings are reported: Items 2 and
 * 5 before 2004, Items 1.01, 2.03, 3.02 and 8.01 after. Text without item headings is kept whole.
 */
final class ItemSections {

    static final Set<String> FINANCING_ITEMS = Set.of("2", "5", "1.01", "2.03", "3.02", "8.01");

    /** A heading at the start of a line, after an optional page number ("2 ITEM 2."). */
    private static final Pattern LINE_HEADING = Pattern.compile(
            "^\\s{0,40}(?:\\d{1,3}\\s{1,6})?ITEMS?\\s{1,6}(\\d{1,2}(?:\\.\\d{2})?)(?!\\d)", Pattern.CASE_INSENSITIVE);
    /** An upper-case heading inside a line, as 1990s pages rendered one per line have them. */
    private static final Pattern INLINE_HEADING = Pattern.compile(
            "(?<=[.:]\\s{1,6}|^)ITEMS?\\s{1,6}(\\d{1,2}(?:\\.\\d{2})?)(?!\\d)\\.?\\s{1,6}(?=[A-Z]{2})");
    private static final Pattern MORE_CODES = Pattern.compile("\\G(?:\\.|,)?\\s{0,3}(?:and|&|,)\\s{1,3}(\\d{1,2}(?:\\.\\d{2})?)(?!\\d)",
            Pattern.CASE_INSENSITIVE);

    private ItemSections() {
    }

    /** The text of the financing items, in filing order; the whole text when no heading is found. */
    static List<String> financingText(String text) {
        return financingText(DocumentIndex.of(text));
    }

    /** The text of the financing items, in filing order; the whole text when no heading is found. */
    static List<String> financingText(DocumentIndex index) {
        String text = index.text();
        List<String> lines = index.lines();
        List<int[]> headings = new ArrayList<>();
        Matcher m = LINE_HEADING.matcher("");
        Matcher inline = INLINE_HEADING.matcher("");
        int lineStart = 0;
        for (String line : lines) {
            int lineEnd = line.length();
            m.reset(line);
            int inlineFrom = 0;
            if (m.lookingAt()) {
                headings.add(new int[] {lineStart, wanted(line, lineEnd, m) ? 1 : 0});
                inlineFrom = m.end();
            }
            // an inline heading holds the literal "ITEM": lines without one need no regex search
            if (line.indexOf("ITEM", inlineFrom) >= 0) {
                inline.reset(line).region(inlineFrom, lineEnd);
                while (inline.find()) {
                    if (inline.start() > inlineFrom || inlineFrom == 0) {
                        headings.add(new int[] {lineStart + inline.start(), wanted(line, lineEnd, inline) ? 1 : 0});
                    }
                }
            }
            lineStart += lineEnd + 1;
        }
        int n = text.length();
        if (headings.isEmpty()) {
            return List.of(text);
        }
        List<String> sections = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            if (headings.get(i)[1] == 1) {
                int end = i + 1 < headings.size() ? headings.get(i + 1)[0] : n;
                sections.add(text.substring(headings.get(i)[0], end));
            }
        }
        return sections;
    }

    private static boolean wanted(String text, int lineEnd, Matcher heading) {
        if (FINANCING_ITEMS.contains(heading.group(1))) {
            return true;
        }
        Matcher more = MORE_CODES.matcher(text).region(heading.end(1), Math.min(lineEnd, heading.end(1) + 40));
        while (more.find()) {
            if (FINANCING_ITEMS.contains(more.group(1))) {
                return true;
            }
        }
        return false;
    }
}
