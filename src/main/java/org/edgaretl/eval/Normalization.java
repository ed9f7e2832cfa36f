package org.edgaretl.eval;

import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The comparison rules of evaluate.py ({@code norm}, {@code file_no}, {@code norm_code}, {@code norm_ex},
 * {@code amount}, {@code truthy}), with Python's semantics, so both scorers agree on every value.
 */
public final class Normalization {

    private static final Pattern PUNCTUATION_RUN =
            Pattern.compile("[" + PyText.SPACE_CLASS + ".,;:'\"\u2019`()\\-/&]+");
    private static final Pattern SPACE_RUN = Pattern.compile("[" + PyText.SPACE_CLASS + "]+");
    private static final Set<String> NOISE_WORDS =
            Set.of("incorporated", "inc", "corp", "corporation", "co", "company", "ltd", "llc", "plc", "the");
    private static final Pattern DOTTED_CODE =
            Pattern.compile("(\\p{Nd}+)[" + PyText.SPACE_CLASS + "]*+\\.[" + PyText.SPACE_CLASS + "]*+(\\p{Nd}+)");
    private static final Pattern DOT_BEFORE_PAREN = Pattern.compile("\\.(?=\\()");
    private static final Set<String> TRUE_WORDS = Set.of("true", "t", "1", "yes", "y");

    private Normalization() {
    }

    /** Case, punctuation and company suffixes ignored: {@code "ImmunoGen, Inc."} → {@code "immunogen"}. */
    public static String norm(Object v) {
        if (v == null) {
            return "";
        }
        String s = PyText.strip(PyText.lower(Normalizer.normalize(PyText.str(v), Normalizer.Form.NFKC)));
        s = PyText.strip(PUNCTUATION_RUN.matcher(s).replaceAll(" "));
        s = dropNoiseWords(s);
        return PyText.strip(SPACE_RUN.matcher(s).replaceAll(" "));
    }

    /** Removes each whole word ({@code \b...\b} with Python's {@code \w}) that is a company suffix or "the". */
    private static String dropNoiseWords(String s) {
        StringBuilder out = new StringBuilder(s.length());
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (!PyText.isWord(cp)) {
                out.appendCodePoint(cp);
                i += Character.charCount(cp);
                continue;
            }
            int end = i;
            while (end < s.length() && PyText.isWord(s.codePointAt(end))) {
                end += Character.charCount(s.codePointAt(end));
            }
            String word = s.substring(i, end);
            if (!NOISE_WORDS.contains(word)) {
                out.append(word);
            }
            i = end;
        }
        return out.toString();
    }

    /** A file number as its digit groups without leading zeros: {@code "0-017999"} → {@code "0-17999"}. */
    public static String fileNo(Object v) {
        String s = PyText.truthy(v) ? PyText.str(v) : "";
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            if (!Character.isDigit(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int end = i;
            while (end < s.length() && Character.isDigit(s.codePointAt(end))) {
                end += Character.charCount(s.codePointAt(end));
            }
            out.append(out.isEmpty() ? "" : "-").append(PyText.intString(s.substring(i, end)));
            i = end;
        }
        return out.toString();
    }

    /** An item code in one spelling: {@code "Item 8.1."} → {@code "8.01"}, {@code "05"} → {@code "5"}. */
    public static String normCode(Object v) {
        String s = PyText.truthy(v) ? PyText.str(v) : "";
        s = PyText.rstrip(PyText.strip(PyText.lower(PyText.strip(s)).replace("item", "")), '.');
        Matcher m = DOTTED_CODE.matcher(s);
        if (m.matches()) {
            String minor = m.group(2);
            int width = minor.codePointCount(0, minor.length());
            return PyText.intString(m.group(1)) + "." + "0".repeat(Math.max(0, 2 - width)) + minor;
        }
        return PyText.isDigits(s) ? PyText.intString(s) : s;
    }

    /** An exhibit number in one spelling: {@code "Exhibit 99.1"} → {@code "99.1"}, {@code "10.(a)"} → {@code "10(a)"}. */
    public static String normEx(Object v) {
        String s = PyText.truthy(v) ? PyText.str(v) : "";
        s = PyText.lower(PyText.strip(s)).replace("exhibit", "").replace("ex-", "");
        s = PyText.rstrip(PyText.strip(s), '.');
        s = SPACE_RUN.matcher(s).replaceAll("");
        return DOT_BEFORE_PAREN.matcher(s).replaceAll("");
    }

    /** An amount as a number ({@code "$3,600,000"} → 3600000.0), or {@code null} when it is not one. */
    public static Double amount(Object v) {
        return PyText.parseFloat(PyText.str(v).replace(",", "").replace("$", ""));
    }

    /** The CSV spelling of a true boolean. */
    public static boolean truthy(Object v) {
        return TRUE_WORDS.contains(PyText.lower(PyText.strip(PyText.str(v))));
    }
}
