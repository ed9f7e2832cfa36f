package org.edgaretl.extract.financings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.edgaretl.extract.document.ItemHeadings;

/**
 * Cuts rendered filing text into sentences in one linear pass: blank lines end paragraphs, wrapped lines
 * are joined, and a full stop ends a sentence unless it closes an abbreviation ("Inc.", "N.A.", "U.S.").
 * Sentences longer than {@link #MAX_SENTENCE} characters are cut, so no later regex sees unbounded text.
 */
final class SentenceSplitter {

    static final int MAX_SENTENCE = 2000;

    private static final Set<String> ABBREVIATIONS = Set.of("inc", "co", "corp", "ltd", "no", "nos", "mr", "mrs",
            "ms", "dr", "jr", "sr", "st", "vs", "approx", "e.g", "i.e", "u.s", "n.a", "l.p", "s.a", "n.v", "b.v",
            "l.l.c", "p.l.c", "plc", "llc", "mass", "calif", "conn", "del", "fla", "ga", "ill", "md", "mich", "minn",
            "pa", "tex", "va", "wash", "wis", "ariz", "colo", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct",
            "nov", "dec", "etc", "cf", "sec", "art", "par", "fig", "bros", "assoc", "dept", "est", "ave", "blvd");

    private static final int LONGEST_ABBREVIATION = ABBREVIATIONS.stream().mapToInt(String::length).max().orElse(0);

    private SentenceSplitter() {
    }

    /** The sentences of {@code text}, whitespace collapsed, in order. */
    static List<String> split(String text) {
        List<String> sentences = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int n = text.length();
        int lineStart = 0;
        while (lineStart <= n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            String line = text.substring(lineStart, lineEnd).strip();
            if (line.isEmpty() || isHeading(line)) {
                flush(current, sentences);
            }
            if (!line.isEmpty()) {
                appendLine(line, current, sentences);
                if (isHeading(line)) {
                    flush(current, sentences);
                }
            }
            lineStart = lineEnd + 1;
        }
        flush(current, sentences);
        return sentences;
    }

    /** An item heading ends the sentence before it and is a sentence of its own. */
    private static boolean isHeading(String line) {
        return line.length() < 160 && ItemHeadings.opensLine(line);
    }

    private static void appendLine(String line, StringBuilder current, List<String> sentences) {
        if (current.length() > 0) {
            current.append(' ');
        }
        for (int i = 0; i < line.length(); i++) {
            if (current.length() >= MAX_SENTENCE) {
                flush(current, sentences);
            }
            char c = line.charAt(i);
            if (Character.isWhitespace(c)) {
                if (current.length() > 0 && current.charAt(current.length() - 1) != ' ') {
                    current.append(' ');
                }
                continue;
            }
            current.append(c);
            if ((c == '.' || c == '!' || c == '?') && endsSentence(line, i, current)) {
                flush(current, sentences);
            }
        }
    }

    /** A stop ends a sentence when followed by space and an upper-case letter, digit or quote (or line end). */
    private static boolean endsSentence(String line, int i, StringBuilder current) {
        int next = i + 1;
        while (next < line.length() && (line.charAt(next) == '"' || line.charAt(next) == '”' || line.charAt(next) == ')')) {
            next++;
        }
        if (next < line.length() && !Character.isWhitespace(line.charAt(next))) {
            return false;
        }
        int after = next;
        while (after < line.length() && Character.isWhitespace(line.charAt(after))) {
            after++;
        }
        if (after < line.length()) {
            char a = line.charAt(after);
            if (!(Character.isUpperCase(a) || Character.isDigit(a) || a == '"' || a == '“' || a == '(')) {
                return false;
            }
        }
        int end = current.length() - 1;
        int start = lastWordStart(current);
        int length = Math.max(0, end - start);
        if (length == 1 && Character.isUpperCase(current.charAt(start))) {
            return false;
        }
        if (length > LONGEST_ABBREVIATION && isAscii(current, start, start + length)) {
            // lower-casing keeps an ASCII word's length, so a longer one is no abbreviation: no copy needed
            return true;
        }
        return !ABBREVIATIONS.contains(current.substring(start, start + length).toLowerCase(Locale.ROOT));
    }

    private static boolean isAscii(CharSequence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }

    /** Where the word before the final stop of {@code current} starts. */
    private static int lastWordStart(StringBuilder current) {
        int start = current.length() - 1;
        while (start > 0 && !Character.isWhitespace(current.charAt(start - 1)) && current.charAt(start - 1) != '(') {
            start--;
        }
        return start;
    }

    private static void flush(StringBuilder current, List<String> sentences) {
        String s = current.toString().strip();
        if (!s.isEmpty()) {
            sentences.add(s);
        }
        current.setLength(0);
    }
}
