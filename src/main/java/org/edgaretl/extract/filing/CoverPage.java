package org.edgaretl.extract.filing;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.edgaretl.domain.FieldSource;
import org.edgaretl.extract.document.DateText;
import org.edgaretl.extract.document.DocumentIndex;

/**
 * Reads the cover page of a filing document: each value is looked for next to its printed caption
 * ("(Exact name of registrant ...)", "(Commission File Number)", ...), never anywhere in the text.
 */
final class CoverPage {

    // The caption alternations are searched on every cover line; a lookahead on their first characters
    // lets the scan pass other positions at once.
    private static final Pattern NAME_CAPTION = Pattern.compile("(?i)(?=[en])(exact\\s+name\\s+of|name\\s+of\\s+registrant\\s+as)");
    private static final Pattern DATE_CAPTION = Pattern.compile("(?i)(?=d)(?:date\\s+of\\s+(?:the\\s+)?report|date\\s+of\\s+earliest\\s+event)");
    private static final Pattern STATE_CAPTION = Pattern.compile(
            "(?i)(?=[(js\\s])(?:\\(\\s*state\\b|jurisdiction|state\\s+of\\s+incorporation|^\\s*state\\s+of\\b)");
    private static final Pattern FILE_CAPTION = Pattern.compile(
            "(?i)commission\\s+file|file\\s+n(?:o\\b|umber)|\\(\\s*commission\\b|\\S\\s{2,}commission\\b");
    private static final Pattern IRS_CAPTION = Pattern.compile("(?i)(?=[iet])(?:\\bi\\.?\\s?r\\.?\\s?s\\b|employer|tax\\s+identification)");
    private static final Pattern PHONE_CAPTION = Pattern.compile("(?i)telephone");
    static final Pattern FILE_NUMBER = Pattern.compile("(?<![\\w.()/-])(\\d{1,3}-\\d{3,6})(?![\\w/-])");
    private static final Pattern IRS = Pattern.compile("(?<![\\w.-])(\\d{2})\\s?-\\s?(\\d{7})(?![\\w-])");
    static final Pattern PHONE = Pattern.compile("(?<![\\w-])\\(?\\d{3}\\)?(?:[ .-]|\\)-|\\) ){0,2}\\d{3}[ .-]\\d{4}(?![\\w-])");
    private static final Pattern FORM_LINE = Pattern.compile("(?i)^\\s*form\\s+([0-9]{1,3}-[0-9a-z]{1,5}(?:/a)?|[0-9]{1,2}(?:/a)?|d|s-\\d{1,2}(?:/a)?)\\s*$");
    private static final Pattern RULE_424 = Pattern.compile("(?i)rule\\s+424\\s?\\(b\\)\\s?\\(?(\\d)\\)?");

    private CoverPage() {
    }

    /** The values of the cover page at the start of the text. */
    static CoverFields read(String text) {
        return read(DocumentIndex.of(text));
    }

    /** The values of the cover page at the start of the document. */
    static CoverFields read(DocumentIndex index) {
        CoverLines c = CoverLines.of(index.lines());
        return new CoverFields(FieldSource.COVER_PAGE, null, null, companyName(c), formType(c), reportDate(c), state(c),
                nearCaption(c, FILE_CAPTION, FILE_NUMBER, 1), irsOrNull(nearCaption(c, IRS_CAPTION, IRS, 0)),
                CoverAddress.address(c), phone(c));
    }

    /** Formats a printed employer identification number as NN-NNNNNNN, or null when it is not one. */
    static String irs(String printed) {
        String d = printed.replaceAll("\\D", "");
        return d.length() == 9 ? d.substring(0, 2) + "-" + d.substring(2) : null;
    }

    private static String irsOrNull(String printed) {
        return printed == null ? null : irs(printed);
    }

    private static String formType(CoverLines c) {
        for (int i = 0; i < Math.min(c.size(), 40); i++) {
            Matcher m = FORM_LINE.matcher(c.get(i));
            if (m.matches()) {
                return m.group(1).toUpperCase();
            }
            Matcher r = RULE_424.matcher(c.get(i));
            if (r.find() && i < 10) {
                return "424B" + r.group(1);
            }
        }
        return null;
    }

    private static String companyName(CoverLines c) {
        int cap = c.find(NAME_CAPTION, 0);
        if (cap < 0) {
            return null;
        }
        String line = c.flat(cap);
        int paren = line.indexOf('(');
        if (paren > 2) {
            return tidyName(line.substring(0, paren));
        }
        if (paren < 0) {
            return nameBelow(c, cap);
        }
        for (int i = cap - 1; i >= Math.max(0, cap - 3); i--) {
            String t = c.flat(i);
            if (t.replaceAll("[-_=*\\s]", "").isEmpty()) {
                continue;
            }
            if (CoverLines.isCaption(t) || DATE_CAPTION.matcher(t).find()) {
                return null;
            }
            String name = t;
            // a name broken over two lines ("INNOVATIVE CLINICAL SOLUTIONS," / "LTD.")
            if (i > 0 && !c.followsBlank(i) && c.flat(i - 1).matches(".*(,|&|\\bAND|\\bOF)$")) {
                name = c.flat(i - 1) + " " + name;
            }
            return tidyName(name);
        }
        return null;
    }

    /** A caption printed as a column heading ("Exact Name of Registrant ...; State of ...") has its value below. */
    private static String nameBelow(CoverLines c, int cap) {
        for (int i = cap + 1; i < Math.min(c.size(), cap + 5); i++) {
            String t = c.flat(i);
            if (t.matches("[\\d\\s-]*") || t.matches("(?i).*\\b(number|identification|file)\\b.*") || CoverLines.isCaption(t)) {
                continue;
            }
            return tidyName(t);
        }
        return null;
    }

    private static String tidyName(String raw) {
        String t = raw.strip().replaceAll("^[-_=*\\s]+|[-_=*\\s]+$", "");
        return t.isEmpty() ? null : t;
    }

    private static LocalDate reportDate(CoverLines c) {
        int cap = c.find(DATE_CAPTION, 0);
        if (cap < 0) {
            return null;
        }
        Matcher m = DATE_CAPTION.matcher(c.get(cap));
        m.find();
        Optional<LocalDate> same = DateText.find(c.get(cap).substring(m.end()));
        if (same.isPresent()) {
            return same.get();
        }
        for (int i = cap + 1; i < Math.min(c.size(), cap + 4); i++) {
            Optional<LocalDate> d = DateText.find(c.get(i));
            if (d.isPresent()) {
                return d.get();
            }
        }
        for (int i = cap - 1; i >= Math.max(0, cap - 2); i--) {
            Optional<LocalDate> d = DateText.find(c.get(i));
            if (d.isPresent()) {
                return d.get();
            }
        }
        return DateText.find(c.get(cap).substring(0, m.start())).orElse(null);
    }

    private static String state(CoverLines c) {
        int cap = c.find(STATE_CAPTION, Math.max(0, c.find(NAME_CAPTION, 0)));
        if (cap < 0) {
            return null;
        }
        for (int d = 0; d <= 6; d++) {
            for (int i : new int[] {cap - d, cap + d}) {
                if (i < 0 || i >= c.size() || (d > 3 && i > cap)) {
                    continue;
                }
                String rest = c.flat(i);
                int paren = rest.indexOf('(');
                rest = paren >= 0 ? rest.substring(0, paren) : rest;
                rest = IRS.matcher(FILE_NUMBER.matcher(rest).replaceAll(" ")).replaceAll(" ").strip();
                Optional<String> code = UsStates.code(rest);
                if (code.isPresent() && !UsStates.isCode(rest) || code.isPresent() && rest.length() == 2) {
                    return code.get();
                }
            }
        }
        return null;
    }

    /** The value nearest to its caption within a few lines (on the caption line itself first). */
    private static String nearCaption(CoverLines c, Pattern caption, Pattern value, int group) {
        int cap = -1;
        for (int i = 0; i < c.size() && cap < 0; i++) {
            String line = c.get(i);
            if (caption.matcher(line).find()) {
                cap = i;
            }
        }
        if (cap < 0) {
            return null;
        }
        for (int d = 0; d <= 5; d++) {
            for (int i : new int[] {cap - d, cap + d}) {
                if (i < 0 || i >= c.size() || d == 0 && i != cap) {
                    continue;
                }
                Matcher m = value.matcher(withoutPhones(c.get(i)));
                if (m.find()) {
                    return group == 0 ? m.group() : m.group(group);
                }
            }
        }
        return null;
    }

    private static String withoutPhones(String line) {
        return PHONE.matcher(line).replaceAll(" ");
    }

    private static String phone(CoverLines c) {
        int cap = c.find(PHONE_CAPTION, Math.max(0, c.find(NAME_CAPTION, 0)));
        if (cap < 0) {
            return null;
        }
        Matcher m = PHONE.matcher(c.get(cap));
        if (m.find()) {
            return m.group().strip();
        }
        for (int d = 1; d <= 3; d++) {
            for (int i : new int[] {cap - d, cap + d}) {
                if (i < 0 || i >= c.size()) {
                    continue;
                }
                Matcher n = PHONE.matcher(c.get(i));
                if (n.find()) {
                    return n.group().strip();
                }
            }
        }
        return null;
    }
}
