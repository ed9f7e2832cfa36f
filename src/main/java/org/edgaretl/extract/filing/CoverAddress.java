package org.edgaretl.extract.filing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the registrant's address from a cover page as one line: the lines printed above the
 * "(Address of principal executive offices)" caption, or above the telephone line when there is no caption.
 */
final class CoverAddress {

    // The caption alternations are searched on every cover line; a lookahead on their first characters
    // lets the scan pass other positions at once.
    private static final Pattern NAME_CAPTION = Pattern.compile("(?i)(?=[en])(?:exact\\s+name\\s+of|name\\s+of\\s+registrant\\s+as)");
    private static final Pattern ADDRESS_CAPTION = Pattern.compile(
            "(?i)(?=[(ap])(?:\\(\\s*address|address\\b.{0,40}(principal|executive|offices)|principal\\s+executive\\s+offices)");
    private static final Pattern ADDRESS_ABOVE = Pattern.compile("(?i)^\\s*address\\b(?!.*\\()");
    private static final Pattern CAPTION_TAIL = Pattern.compile("(?i)\\s*\\(\\s*(address|zip|telephone)\\b.*$");
    private static final Pattern PHONE_CAPTION = Pattern.compile("(?i)telephone");
    private static final Pattern ZIP = Pattern.compile("\\d{5}(?:-\\d{4})?");
    private static final Pattern TRAILING_ZIP = Pattern.compile("\\)\\s*(\\d{5}(?:-\\d{4})?)\\s*(?:\\(|$)");
    private static final Pattern NOT_ADDRESS = Pattern.compile(
            "(?i)identification|file\\s+n|jurisdiction|incorporation|registrant|commission|^\\s*\\(?\\s*i\\.?r\\.?s\\b");

    private CoverAddress() {
    }

    /** The layout with the caption above the values: "Address and / Telephone Number", then lines, then the phone. */
    private static String below(CoverLines c, int from) {
        int cap = c.find(ADDRESS_ABOVE, from);
        if (cap < 0) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (int i = cap + 1; i < Math.min(c.size(), cap + 6); i++) {
            String t = c.flat(i);
            if (CoverPage.PHONE.matcher(t).matches()) {
                return out.isEmpty() ? null : out.toString();
            }
            if (t.matches("(?i)(and\\s+)?telephone(\\s+number)?")) {
                continue;
            }
            if (CoverLines.isCaption(t) || NOT_ADDRESS.matcher(t).find()) {
                return null;
            }
            out.append(out.isEmpty() ? "" : ZIP.matcher(t).matches() ? " " : ", ").append(t);
        }
        return null;
    }

    static String address(CoverLines c) {
        int from = Math.max(0, c.find(NAME_CAPTION, 0));
        int cap = c.find(ADDRESS_CAPTION, from);
        String zip = null;
        if (cap >= 0 && !CoverLines.isCaption(c.flat(cap)) && c.flat(cap).indexOf('(') > 0) {
            // the address printed on the caption's own line, before "(Address of principal executive offices)"
            String own = c.flat(cap).substring(0, c.flat(cap).indexOf('(')).strip();
            if (!own.isEmpty() && !NOT_ADDRESS.matcher(own).find()) {
                return own;
            }
        }
        if (cap >= 0) {
            Matcher z = TRAILING_ZIP.matcher(c.flat(cap));
            zip = z.find() ? z.group(1) : null;
            if (zip == null && cap + 1 < c.size() && ZIP.matcher(c.flat(cap + 1)).matches()) {
                zip = c.flat(cap + 1);
            }
        } else {
            String below = below(c, from);
            if (below != null) {
                return below;
            }
            cap = c.find(PHONE_CAPTION, from);
            if (cap < 0) {
                return null;
            }
            if (!CoverLines.isCaption(c.flat(cap)) && !c.flat(cap).matches("(?i)^registrant.*|^telephone.*")) {
                return null;
            }
        }
        Deque<String> parts = new ArrayDeque<>();
        for (int i = cap - 1; i >= Math.max(from + 1, cap - 4) && parts.size() < 3; i--) {
            String t = c.flat(i);
            if (CoverPage.PHONE.matcher(t).matches() || t.replaceAll("[-_=*\\s]", "").isEmpty()) {
                continue;
            }
            if (CoverLines.isCaption(t) || NOT_ADDRESS.matcher(t).find() || CoverPage.FILE_NUMBER.matcher(t).find()
                    && !ZIP.matcher(t).find()) {
                break;
            }
            parts.addFirst(CAPTION_TAIL.matcher(t).replaceFirst("").strip());
        }
        if (parts.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String p : parts) {
            if (!out.isEmpty()) {
                out.append(ZIP.matcher(p).matches() || out.toString().endsWith(",") ? " " : ", ");
            }
            out.append(p);
        }
        if (zip != null && !out.toString().endsWith(zip)) {
            out.append(' ').append(zip);
        }
        return out.toString();
    }
}
