package org.edgaretl.extract.document;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.edgaretl.domain.Regime;
import org.edgaretl.sec.Deadline;

/**
 * The one place where item headings are recognized. {@link #sections} finds the 8-K item headings of a
 * document line by line, in one numbering, and cuts its lines into one section per item, from the heading to
 * the next heading or the signature block; running-text mentions, tables of contents and items answered "Not
 * applicable" are told apart here. {@link #cut} is the looser scan of text whose numbering is not known
 * (other forms, or 8-Ks without a reported item where sums are looked for): any "Item N" opening a line,
 * after a page number too, and upper-case headings inside a line, as 1990s pages rendered one per line have them.
 */
public final class ItemHeadings {

    /** A heading line: the item codes it names and the words that follow them. */
    record Heading(int line, List<String> codes, String rest) {
    }

    /** Where the loose scan cuts the text, and whether the section from there names a wanted code. */
    private record Cut(int at, boolean wanted) {
    }

    /** The code of an "Item N" that opens a line: from {@code codeStart} to {@code codeEnd} (exclusive). */
    private record LineHeading(int codeStart, int codeEnd) {
    }

    /** Leading white space beyond this is indentation of running text or a table, not a heading's. */
    private static final int MAX_INDENT = 40;
    /** A page number printed before a heading ("2 ITEM 2.") has at most this many digits. */
    private static final int MAX_PAGE_DIGITS = 3;
    private static final int MAX_GAP = 6;

    /** Headings sit in the first few hundred characters of a line; nothing beyond is read. */
    private static final int HEAD = 400;
    private static final Pattern LEAD = Pattern.compile(
            "[\\s\\u2022\\u00B7\\u25AA\\u25CF\\u25A0*>\\-\\u2013\\u2014]{0,20}(?i:items?)(?![a-z])\\s{0,5}(?:[:\\-\\u2013\\u2014]\\s{0,3})?");
    private static final Pattern NEW_CODE = Pattern.compile("(\\d{1,2})\\s{0,3}\\.\\s{0,3}(\\d{2})(?!\\d)");
    private static final Pattern OLD_CODE = Pattern.compile("(\\d{1,2})(?![\\dA-Za-z])(?!\\s{0,3}\\.\\s{0,3}\\d)");
    private static final Pattern SUFFIX = Pattern.compile("(?:\\s?\\([a-zA-Z0-9]{1,4}\\))+");
    private static final Pattern JOIN = Pattern.compile(
            "\\s{0,3}(?:,\\s{0,3}(?:and\\s{1,3})?|and|&|/|;)\\s{0,3}(?:(?i:items?)\\s{0,3})?", Pattern.CASE_INSENSITIVE);
    private static final Pattern REST_LEAD = Pattern.compile("^[\\s.:;,\\-\\u2013\\u2014)]+");
    private static final Pattern TOC_LEADER = Pattern.compile("\\.{4,}|\\s\\.\\s\\.\\s\\.");
    private static final Pattern PAGE_AT_END = Pattern.compile("(?:\\s|\\.)(\\d{1,3})$");
    private static final Pattern NOT_APPLICABLE = Pattern.compile(
            "(?i)(?:^|[\\s.:;\\-\\u2013\\u2014])(?:not\\s+applicable|inapplicable|none|n/a|not\\s+required|omitted)\\s*\\.?$");
    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");
    private static final int NOT_APPLICABLE_MAX = 200;
    /** A line that ends in one of these continues a sentence, so an "Item" opening the next line is a mention. */
    private static final Set<String> RUN_ON = Set.of("in", "to", "of", "under", "see", "and", "or", "by", "with",
            "per", "pursuant", "described", "reported", "at", "from", "the", "this", "within", "also", "contained",
            "required", "into", "our", "its", "on", "as", "that", "such");

    /** An upper-case heading inside a line, as 1990s pages rendered one per line have them, for {@link #cut}. */
    private static final Pattern INLINE_HEADING = Pattern.compile(
            "(?<=[.:]\\s{1,6}|^)ITEMS?\\s{1,6}(\\d{1,2}(?:\\.\\d{2})?)(?!\\d)\\.?\\s{1,6}(?=[A-Z]{2})");
    private static final Pattern MORE_CODES = Pattern.compile("\\G(?:\\.|,)?\\s{0,3}(?:and|&|,)\\s{1,3}(\\d{1,2}(?:\\.\\d{2})?)(?!\\d)",
            Pattern.CASE_INSENSITIVE);

    private ItemHeadings() {
    }

    /**
     * Whether a line opens with an item heading in the loose sense: "Item 5", "ITEMS 2.01", after up to
     * {@value #MAX_INDENT} blanks and an optional page number ("2 ITEM 2."), in either numbering. Where the
     * numbering is known, {@link #sections} tells headings from mentions; this is for text read without it (a
     * cover page ends at the first heading, a sentence does not run on over one).
     */
    public static boolean opensLine(CharSequence line) {
        return lineHeading(line) != null;
    }

    /**
     * The loose heading that opens a line, read by a scanner: blanks, an optional page number and blanks, "ITEM"
     * or "ITEMS" in any case, blanks, then a code of one or two digits with an optional ".NN", not followed by
     * another digit. The same language as {@code ^\s{0,40}(?:\d{1,3}\s{1,6})?ITEMS?\s{1,6}(\d{1,2}(?:\.\d{2})?)(?!\d)}
     * (case-insensitive), without its backtracking.
     */
    private static LineHeading lineHeading(CharSequence line) {
        int n = line.length();
        int i = skipSpaces(line, 0, MAX_INDENT + 1);
        if (i > MAX_INDENT) {
            return null;
        }
        if (i < n && isDigit(line.charAt(i))) {
            int digits = skipDigits(line, i, MAX_PAGE_DIGITS + 1);
            if (digits - i > MAX_PAGE_DIGITS) {
                return null;
            }
            int gap = skipSpaces(line, digits, MAX_GAP + 1);
            if (gap == digits || gap - digits > MAX_GAP) {
                return null;
            }
            i = gap;
        }
        if (!startsWithItem(line, i)) {
            return null;
        }
        i += 4;
        if (i < n && (line.charAt(i) == 's' || line.charAt(i) == 'S')) {
            i++;
        }
        int codeStart = skipSpaces(line, i, MAX_GAP + 1);
        if (codeStart == i || codeStart - i > MAX_GAP || codeStart >= n || !isDigit(line.charAt(codeStart))) {
            return null;
        }
        int j = skipDigits(line, codeStart, 2);
        if (j + 2 < n && line.charAt(j) == '.' && isDigit(line.charAt(j + 1)) && isDigit(line.charAt(j + 2))
                && !(j + 3 < n && isDigit(line.charAt(j + 3)))) {
            return new LineHeading(codeStart, j + 3);
        }
        return j < n && isDigit(line.charAt(j)) ? null : new LineHeading(codeStart, j);
    }

    private static boolean startsWithItem(CharSequence s, int at) {
        if (at + 4 > s.length()) {
            return false;
        }
        return (s.charAt(at) | 0x20) == 'i' && (s.charAt(at + 1) | 0x20) == 't' && (s.charAt(at + 2) | 0x20) == 'e'
                && (s.charAt(at + 3) | 0x20) == 'm';
    }

    /** The index after at most {@code max} characters of {@code \s} (the regex class: ASCII blanks) from {@code at}. */
    private static int skipSpaces(CharSequence s, int at, int max) {
        int i = at;
        while (i < s.length() && i - at < max && isRegexSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipDigits(CharSequence s, int at, int max) {
        int i = at;
        while (i < s.length() && i - at < max && isDigit(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The item sections of a document's lines, in order of first appearance, once per code. */
    static List<ItemSection> sections(String[] lines, Regime regime) {
        List<Heading> headings = new ArrayList<>();
        int end = lines.length;
        for (int i = 0; i < lines.length; i++) {
            Deadline.check();
            String line = lines[i];
            if (!headings.isEmpty() && SignatureLines.endsItems(lines, i)) {
                end = i;
                break;
            }
            Optional<Heading> h = heading(line, i, regime);
            if (h.isPresent() && !continuesSentence(lines, i)) {
                headings.add(h.get());
            }
        }
        Map<String, ItemSection> byCode = new LinkedHashMap<>();
        for (int k = 0; k < headings.size(); k++) {
            Heading h = headings.get(k);
            int stop = k + 1 < headings.size() ? headings.get(k + 1).line() : end;
            // one join for both: the body is the section after its heading line
            String joined = join(lines, h.line(), stop);
            String sectionText = joined.strip();
            String body = joined.substring(Math.min(joined.length(), lines[h.line()].length() + 1)).strip();
            boolean reported = !answeredNotApplicable(h.rest(), body);
            for (String code : h.codes()) {
                ItemSection now = new ItemSection(code, reported, sectionText, h.line(), stop);
                // a repeated heading is the body after a table of contents: the later one with a body wins
                byCode.merge(code, now, (before, later) -> body.isEmpty() ? before : later);
            }
        }
        return List.copyOf(byCode.values());
    }

    /**
     * The text of the items with the given codes (of either numbering), cut at every heading the loose scan
     * finds, in filing order; the whole text when it has no heading at all.
     */
    static List<String> cut(String text, List<String> lines, Set<String> codes) {
        List<Cut> headings = new ArrayList<>();
        Matcher inline = INLINE_HEADING.matcher("");
        int lineStart = 0;
        for (String line : lines) {
            int lineEnd = line.length();
            LineHeading opening = lineHeading(line);
            int inlineFrom = 0;
            if (opening != null) {
                headings.add(new Cut(lineStart, wanted(line, lineEnd, opening.codeStart(), opening.codeEnd(), codes)));
                inlineFrom = opening.codeEnd();
            }
            // an inline heading holds the literal "ITEM": lines without one need no regex search
            if (line.indexOf("ITEM", inlineFrom) >= 0) {
                inline.reset(line).region(inlineFrom, lineEnd);
                while (inline.find()) {
                    if (inline.start() > inlineFrom || inlineFrom == 0) {
                        boolean wanted = wanted(line, lineEnd, inline.start(1), inline.end(1), codes);
                        headings.add(new Cut(lineStart + inline.start(), wanted));
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
            if (headings.get(i).wanted()) {
                int end = i + 1 < headings.size() ? headings.get(i + 1).at() : n;
                sections.add(text.substring(headings.get(i).at(), end));
            }
        }
        return sections;
    }

    /** Whether the heading's code, or one joined to it ("Items 2 and 5"), is wanted. */
    private static boolean wanted(String line, int lineEnd, int codeStart, int codeEnd, Set<String> codes) {
        if (codes.contains(line.substring(codeStart, codeEnd))) {
            return true;
        }
        Matcher more = MORE_CODES.matcher(line).region(codeEnd, Math.min(lineEnd, codeEnd + 40));
        while (more.find()) {
            if (codes.contains(more.group(1))) {
                return true;
            }
        }
        return false;
    }

    /** The item heading that opens a line, if the line is one. */
    static Optional<Heading> heading(String line, int index, Regime regime) {
        String s = line.length() > HEAD ? line.substring(0, HEAD) : line;
        Matcher lead = LEAD.matcher(s);
        if (!lead.lookingAt()) {
            return Optional.empty();
        }
        int at = lead.end();
        List<String> codes = new ArrayList<>();
        while (true) {
            Matcher nc = NEW_CODE.matcher(s).region(at, s.length());
            Matcher oc = OLD_CODE.matcher(s).region(at, s.length());
            String code;
            if (nc.lookingAt()) {
                code = Integer.parseInt(nc.group(1)) + "." + nc.group(2);
                at = nc.end();
            } else if (oc.lookingAt()) {
                code = String.valueOf(Integer.parseInt(oc.group(1)));
                at = oc.end();
            } else {
                break;
            }
            if (ItemCatalog.isCode(regime, code) && !codes.contains(code)) {
                codes.add(code);
            }
            Matcher suffix = SUFFIX.matcher(s).region(at, s.length());
            if (suffix.lookingAt()) {
                at = suffix.end();
            }
            Matcher join = JOIN.matcher(s).region(at, s.length());
            if (!join.lookingAt() || !startsWithDigit(s, join.end())) {
                break;
            }
            at = join.end();
        }
        if (codes.isEmpty()) {
            return Optional.empty();
        }
        String rest = REST_LEAD.matcher(s.substring(at)).replaceFirst("").strip();
        if (isMention(rest, codes.get(0), regime) || isTableOfContents(rest, codes.get(0), regime)) {
            return Optional.empty();
        }
        return Optional.of(new Heading(index, List.copyOf(codes), rest));
    }

    /** "Item 2.02 of this report ...": a heading is followed by its title or by nothing, not by running text. */
    private static boolean isMention(String rest, String code, Regime regime) {
        return !rest.isEmpty() && Character.isLowerCase(rest.charAt(0)) && !ItemCatalog.startsWithTitle(regime, code, rest);
    }

    private static boolean isTableOfContents(String rest, String code, Regime regime) {
        if (TOC_LEADER.matcher(rest).find()) {
            return true;
        }
        Matcher page = PAGE_AT_END.matcher(rest);
        return rest.length() < 160 && page.find() && ItemCatalog.startsWithTitle(regime, code, rest)
                && !rest.substring(0, page.start()).contains(". ");
    }

    private static boolean continuesSentence(String[] lines, int i) {
        if (i == 0) {
            return false;
        }
        String prev = lines[i - 1].strip();
        if (prev.isEmpty()) {
            return false;
        }
        int cut = prev.length();
        int from = cut;
        while (from > 0 && Character.isLetter(prev.charAt(from - 1))) {
            from--;
        }
        String last = prev.substring(from, cut);
        return !last.isEmpty() && Character.isLowerCase(last.charAt(0)) && RUN_ON.contains(last.toLowerCase(Locale.ROOT));
    }

    /** An item whose whole answer is "Not applicable", "None" or similar reports nothing. */
    static boolean answeredNotApplicable(String rest, String body) {
        if (rest.length() + body.length() > 4 * NOT_APPLICABLE_MAX) {
            return false;
        }
        String all = WHITESPACE_RUN.matcher(rest + " " + body).replaceAll(" ").strip();
        return all.length() <= NOT_APPLICABLE_MAX && NOT_APPLICABLE.matcher(all).find();
    }

    private static boolean startsWithDigit(String s, int at) {
        return at < s.length() && Character.isDigit(s.charAt(at));
    }

    /** The lines from {@code from} to {@code to}, each ended by a line break (not stripped). */
    private static String join(String[] lines, int from, int to) {
        int length = 0;
        for (int i = from; i < to && i < lines.length; i++) {
            length += lines[i].length() + 1;
        }
        // sized up front: growing by doubling would need three times a huge section's size at once
        StringBuilder sb = new StringBuilder(length);
        for (int i = from; i < to && i < lines.length; i++) {
            sb.append(lines[i]).append('\n');
        }
        return sb.toString();
    }
}
