package org.edgaretl.extract.filing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.edgaretl.extract.document.DateText;
import org.edgaretl.extract.document.DocumentIndex;
import org.edgaretl.extract.document.SignatureLines;

/**
 * Reads the signature block of a filing document: who signed ("/s/ Frank J. Pocher", the "/s/" dropped),
 * with which title, and on which date. Found after the "Pursuant to the requirements of the Securities
 * Exchange Act" sentence or a SIGNATURE heading; null where a part is not printed.
 */
record SignatureBlock(String name, String title, LocalDate date) {

    private static final int WINDOW = 40;
    private static final Pattern LABEL = Pattern.compile("(?i)^\\s*(by|name|title|its|dated?)\\s*:?\\s*");
    private static final Pattern STOP = Pattern.compile(
            "(?i)^\\s*(exhibit|index|pursuant|table\\s+of\\s+contents|page\\s+\\d|-?\\s*\\d+\\s*-?\\s*$|dated?\\b|by\\b|name\\s*:|/s/|signature|\\(registrant\\))");
    private static final Pattern DATE_LABEL = Pattern.compile("(?i)^\\s*dated?\\b\\s*:?|\\bdated?\\s*:");
    // compiled once: String.matches, split and replaceAll compile their pattern on every call
    private static final Pattern WIDE_GAP = Pattern.compile(".*\\S\\s{6,}\\S.*");
    private static final Pattern COLUMN_GAP = Pattern.compile("\\s{6,}|\\t+");
    private static final Pattern SPACE_RUN = Pattern.compile("[ \\t]+");
    private static final Pattern RULE_CHARS = Pattern.compile("[-_=*]");
    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]");
    private static final SignatureBlock NONE = new SignatureBlock(null, null, null);

    /** The first signature block of the text that has a "/s/" line, or an empty block. */
    static SignatureBlock read(String text) {
        return read(DocumentIndex.of(text));
    }

    /** The first signature block of the document that has a "/s/" line, or an empty block. */
    static SignatureBlock read(DocumentIndex index) {
        List<String> lines = index.signatureLines();
        for (int start : index.signatureStarts()) {
            SignatureBlock block = readFrom(lines, start);
            if (block.name() != null) {
                return block;
            }
        }
        return NONE;
    }

    private static SignatureBlock readFrom(List<String> lines, int start) {
        int end = Math.min(lines.size(), start + WINDOW);
        int signed = -1;
        MatchResult m = null;
        for (int i = start; i < end && signed < 0; i++) {
            Optional<MatchResult> mark = SignatureLines.signedMark(lines.get(i));
            if (mark.isPresent()) {
                signed = i;
                m = mark.get();
            }
        }
        if (signed < 0) {
            return NONE;
        }
        String name = firstColumn(lines.get(signed).substring(m.end()));
        int next = signed + 1;
        if (name.isEmpty()) {
            next = nextText(lines, signed + 1, end);
            name = next < 0 ? "" : strip(lines.get(next));
            next = next < 0 ? end : next + 1;
        }
        name = LABEL.matcher(name).replaceFirst("").replaceAll("[\\s_]+$", "");
        if (name.isEmpty() || name.length() > 60) {
            return NONE;
        }
        name = typedName(lines, next, end, name);
        LocalDate date = DateText.find(lines.get(signed).substring(0, m.start())).orElse(null);
        return new SignatureBlock(name, title(lines, next, end, name),
                date != null ? date : date(lines, start, Math.min(end, signed + 16)));
    }

    /** The name typed under the signature when it spells out an abbreviated one ("/s/ W.A. Freeman"). */
    private static String typedName(List<String> lines, int from, int end, String signed) {
        int i = nextText(lines, from, end);
        while (i >= 0 && strip(lines.get(i)).matches("(?i)\\(?(signature|registrant)\\)?")) {
            i = nextText(lines, i + 1, end);
        }
        if (i < 0) {
            return signed;
        }
        String typed = LABEL.matcher(strip(lines.get(i))).replaceFirst("").strip();
        String[] words = signed.split("\\s+");
        String last = letters(words[words.length - 1]);
        boolean sameLast = !last.isEmpty() && typed.toLowerCase().matches("(?s).*\\b" + Pattern.quote(last) + "\\b.*");
        return sameLast && typed.length() <= 40 && letters(typed).length() > letters(signed).length()
                && !typed.contains(",") && typed.matches("[\\p{L}. '-]+") ? typed : signed;
    }

    /** The title: a "Title:" line, else the lines under the (repeated) typed name, joined. */
    private static String title(List<String> lines, int from, int end, String name) {
        List<String> parts = new ArrayList<>();
        boolean blankBefore = false;
        for (int i = from; i < end && parts.size() < 4; i++) {
            String raw = lines.get(i);
            String t = strip(raw);
            if (t.isEmpty() || RULE_CHARS.matcher(t).replaceAll("").isBlank()) {
                if (!parts.isEmpty() && blankBefore && raw.isBlank()) {
                    break;
                }
                blankBefore = raw.isBlank() || blankBefore;
                continue;
            }
            Matcher label = LABEL.matcher(t);
            String key = label.find() ? label.group(1).toLowerCase() : "";
            if (key.equals("title") || key.equals("its")) {
                String v = t.substring(label.end()).strip();
                parts.clear();
                if (!v.isEmpty()) {
                    parts.add(v);
                }
                blankBefore = false;
                continue;
            }
            if (key.equals("name") || sameName(t, name) || t.matches("(?i)\\(?(signature|registrant)\\)?")) {
                if (!parts.isEmpty()) {
                    break;
                }
                blankBefore = false;
                continue;
            }
            if (parts.isEmpty() && t.length() > name.length() + 2 && letters(t).startsWith(letters(name))
                    && t.charAt(name.length()) == ',') {
                t = t.substring(name.length() + 1).strip();
            }
            if (STOP.matcher(t).find() || DateText.isDateOnly(t) || t.length() > 120 || parts.size() > 0 && isCompany(t)) {
                break;
            }
            if (parts.isEmpty() && isCompany(t)) {
                break;
            }
            parts.add((blankBefore && !parts.isEmpty() ? ", " : " ") + t);
            blankBefore = false;
        }
        if (parts.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder(parts.get(0).strip());
        for (int i = 1; i < parts.size(); i++) {
            String p = parts.get(i);
            String bare = p.replaceFirst("^,?\\s*", "");
            boolean wrapped = out.toString().matches("(?s).*(,|\\band|\\bof|\\bfor|&|-)$") || bare.matches("^(and\\b|[a-z(]).*");
            out.append(wrapped ? " " : p.startsWith(",") ? ", " : " ").append(bare);
        }
        return out.toString().replaceAll("\\s+", " ").replaceAll("[,;]$", "");
    }

    private static Optional<LocalDate> labelled(String line) {
        Matcher m = DATE_LABEL.matcher(line);
        return m.find() ? DateText.find(line.substring(m.end())) : Optional.empty();
    }

    private static LocalDate date(List<String> lines, int start, int end) {
        for (int i = start; i < end; i++) {
            Optional<LocalDate> d = labelled(lines.get(i));
            if (d.isPresent()) {
                return d.get();
            }
        }
        for (int i = start; i < end; i++) {
            String t = strip(lines.get(i));
            String beforeBy = t.replaceFirst("(?i)\\s*\\bby:.*$", "");
            if (DateText.isDateOnly(beforeBy) || t.matches("(?i).*\\bday\\s+of\\b.*")) {
                Optional<LocalDate> d = DateText.find(t);
                if (d.isPresent()) {
                    return d.get();
                }
            }
        }
        return null;
    }

    private static boolean sameName(String line, String name) {
        return letters(line).equals(letters(name));
    }

    private static String letters(String s) {
        return NOT_LETTER.matcher(s.toLowerCase()).replaceAll("");
    }

    /** An all-capitals line with a company word: the registrant's name over the signature. */
    private static boolean isCompany(String t) {
        return t.equals(t.toUpperCase()) && t.matches("(?i).*\\b(inc|corp|corporation|company|co|ltd|llc|plc|group|trust)\\b\\.?,?.*");
    }

    /** The text of a signature line up to a wide gap (side-by-side layouts put the date in another column). */
    private static String firstColumn(String s) {
        String t = s.strip();
        String[] cols = t.split("\\s{3,}|\\t");
        return cols.length == 0 ? "" : strip(cols[0]);
    }

    private static String strip(String s) {
        String t = s.strip();
        if (t.contains("\t") || WIDE_GAP.matcher(t).matches()) {
            String[] cols = COLUMN_GAP.split(t);
            t = cols[cols.length - 1];
        }
        return SPACE_RUN.matcher(t.strip()).replaceAll(" ");
    }

    private static int nextText(List<String> lines, int from, int end) {
        for (int i = from; i < end; i++) {
            String t = strip(lines.get(i));
            if (!t.isEmpty() && !RULE_CHARS.matcher(t).replaceAll("").isBlank() && !LABEL.matcher(t).replaceFirst("").isBlank()) {
                return i;
            }
            if (!t.isEmpty() && t.matches("(?i)^\\s*name\\s*:\\s*\\S.*")) {
                return i;
            }
        }
        return -1;
    }
}
