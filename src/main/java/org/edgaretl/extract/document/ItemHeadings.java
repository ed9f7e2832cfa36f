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
final class ItemHeadings {

    /** A heading line: the item codes it names and the words that follow them. */
    record Heading(int line, List<String> codes, String rest) {
    }

    /** Where the loose scan cuts the text, and whether the section from there names a wanted code. */
    private record Cut(int at, boolean wanted) {
    }

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
    private static final Pattern SIGNATURE = Pattern.compile("(?i)signatures?\\s?[.:]?");
    private static final Pattern SIGNATURE_SENTENCE = Pattern.compile(
            "(?i)^\\s*pursuant\\s+to\\s+the\\s+requirements\\s+of\\s+the\\s+securities\\s+exchange\\s+act");
    private static final Pattern SIGNED = Pattern.compile("(?i)/s/|duly\\s+(?:caused|authorized)|\\bby:");
    private static final int SIGNATURE_LOOKAHEAD = 6;
    private static final Pattern NOT_APPLICABLE = Pattern.compile(
            "(?i)(?:^|[\\s.:;\\-\\u2013\\u2014])(?:not\\s+applicable|inapplicable|none|n/a|not\\s+required|omitted)\\s*\\.?$");
    private static final Pattern WHITESPACE_RUN = Pattern.compile("\\s+");
    private static final int NOT_APPLICABLE_MAX = 200;
    /** A line that ends in one of these continues a sentence, so an "Item" opening the next line is a mention. */
    private static final Set<String> RUN_ON = Set.of("in", "to", "of", "under", "see", "and", "or", "by", "with",
            "per", "pursuant", "described", "reported", "at", "from", "the", "this", "within", "also", "contained",
            "required", "into", "our", "its", "on", "as", "that", "such");

    /** A heading at the start of a line, after an optional page number ("2 ITEM 2."), for {@link #cut}. */
    private static final Pattern LINE_HEADING = Pattern.compile(
            "^\\s{0,40}(?:\\d{1,3}\\s{1,6})?ITEMS?\\s{1,6}(\\d{1,2}(?:\\.\\d{2})?)(?!\\d)", Pattern.CASE_INSENSITIVE);
    /** An upper-case heading inside a line, as 1990s pages rendered one per line have them, for {@link #cut}. */
    private static final Pattern INLINE_HEADING = Pattern.compile(
            "(?<=[.:]\\s{1,6}|^)ITEMS?\\s{1,6}(\\d{1,2}(?:\\.\\d{2})?)(?!\\d)\\.?\\s{1,6}(?=[A-Z]{2})");
    private static final Pattern MORE_CODES = Pattern.compile("\\G(?:\\.|,)?\\s{0,3}(?:and|&|,)\\s{1,3}(\\d{1,2}(?:\\.\\d{2})?)(?!\\d)",
            Pattern.CASE_INSENSITIVE);

    private ItemHeadings() {
    }

    /** The item sections of a document's lines, in order of first appearance, once per code. */
    static List<ItemSection> sections(String[] lines, Regime regime) {
        List<Heading> headings = new ArrayList<>();
        int end = lines.length;
        for (int i = 0; i < lines.length; i++) {
            Deadline.check();
            String line = lines[i];
            if (!headings.isEmpty() && isSignature(lines, i)) {
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
        Matcher m = LINE_HEADING.matcher("");
        Matcher inline = INLINE_HEADING.matcher("");
        int lineStart = 0;
        for (String line : lines) {
            int lineEnd = line.length();
            m.reset(line);
            int inlineFrom = 0;
            if (m.lookingAt()) {
                headings.add(new Cut(lineStart, wanted(line, lineEnd, m, codes)));
                inlineFrom = m.end();
            }
            // an inline heading holds the literal "ITEM": lines without one need no regex search
            if (line.indexOf("ITEM", inlineFrom) >= 0) {
                inline.reset(line).region(inlineFrom, lineEnd);
                while (inline.find()) {
                    if (inline.start() > inlineFrom || inlineFrom == 0) {
                        headings.add(new Cut(lineStart + inline.start(), wanted(line, lineEnd, inline, codes)));
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

    private static boolean wanted(String text, int lineEnd, Matcher heading, Set<String> codes) {
        if (codes.contains(heading.group(1))) {
            return true;
        }
        Matcher more = MORE_CODES.matcher(text).region(heading.end(1), Math.min(lineEnd, heading.end(1) + 40));
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

    /**
     * The signature block starts here: the "Pursuant to the requirements of the Securities Exchange Act"
     * sentence, or a "SIGNATURE(S)" caption that a signature follows (a table of contents lists the caption too).
     */
    static boolean isSignature(String[] lines, int i) {
        String s = head(lines[i]);
        if (SIGNATURE_SENTENCE.matcher(s).lookingAt()) {
            return true;
        }
        if (!SIGNATURE.matcher(s.strip()).matches()) {
            return false;
        }
        int seen = 0;
        for (int j = i + 1; j < lines.length && seen < SIGNATURE_LOOKAHEAD; j++) {
            String next = head(lines[j]);
            if (next.isBlank()) {
                continue;
            }
            seen++;
            if (SIGNATURE_SENTENCE.matcher(next).lookingAt() || SIGNED.matcher(next).find()) {
                return true;
            }
        }
        return false;
    }

    private static String head(String line) {
        return line.length() > HEAD ? line.substring(0, HEAD) : line;
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
