package org.edgaretl.eval;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Python 3 string and float semantics that evaluate.py relies on ({@code str.strip}, {@code \s}, {@code \w},
 * {@code repr}, {@code float()}, {@code round}, {@code format}), so that the Java scorer yields the same figures
 * and the same miss texts byte for byte.
 */
final class PyText {

    /** Python's {@code str.isspace} / {@code re} {@code \s}: Unicode White_Space plus the separators 0x1C-0x1F. */
    static final String SPACE_CLASS =
            "\\t-\\r\\x{1c}-\\x{20}\\x{85}\\x{a0}\\x{1680}\\x{2000}-\\x{200a}\\x{2028}\\x{2029}\\x{202f}\\x{205f}\\x{3000}";

    private static final Pattern FLOAT_SYNTAX =
            Pattern.compile("[+-]?(?:[0-9]++(?:\\.[0-9]*+)?|\\.[0-9]++)(?:[eE][+-]?[0-9]++)?");

    /** Code-point order, as Python compares {@code str}. */
    static final Comparator<String> CODE_POINT_ORDER = (a, b) -> {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int ca = a.codePointAt(i);
            int cb = b.codePointAt(j);
            if (ca != cb) {
                return Integer.compare(ca, cb);
            }
            i += Character.charCount(ca);
            j += Character.charCount(cb);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    };

    private PyText() {
    }

    static boolean isSpace(int cp) {
        return (cp >= 0x09 && cp <= 0x0d) || (cp >= 0x1c && cp <= 0x20) || cp == 0x85 || cp == 0xa0 || cp == 0x1680
                || (cp >= 0x2000 && cp <= 0x200a) || cp == 0x2028 || cp == 0x2029 || cp == 0x202f || cp == 0x205f
                || cp == 0x3000;
    }

    /** Python's {@code re} {@code \w} on {@code str}: {@code isalnum()} or underscore. */
    static boolean isWord(int cp) {
        if (cp == '_' || Character.isLetter(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }

    static String strip(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isSpace(s.codePointAt(start))) {
            start += Character.charCount(s.codePointAt(start));
        }
        while (end > start && isSpace(s.codePointBefore(end))) {
            end -= Character.charCount(s.codePointBefore(end));
        }
        return s.substring(start, end);
    }

    static String rstrip(String s, char c) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == c) {
            end--;
        }
        return s.substring(0, end);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }

    /** A run of decimal digits (any script) as Python's {@code str(int(run))}. */
    static String intString(CharSequence digits) {
        StringBuilder ascii = new StringBuilder();
        digits.codePoints().forEach(cp -> ascii.append((char) ('0' + Character.digit(cp, 10))));
        int i = 0;
        while (i < ascii.length() - 1 && ascii.charAt(i) == '0') {
            i++;
        }
        return ascii.substring(i);
    }

    static boolean isDigits(String s) {
        return !s.isEmpty() && s.codePoints().allMatch(Character::isDigit);
    }

    /** Python's {@code str(v)} for the values JSON and CSV give. */
    static String str(Object v) {
        if (v == null) {
            return "None";
        }
        if (v instanceof String s) {
            return s;
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        if (v instanceof Double d) {
            return floatRepr(d);
        }
        if (v instanceof BigInteger || v instanceof Long || v instanceof Integer) {
            return v.toString();
        }
        return repr(v);
    }

    /** Python's truth value of a JSON value. */
    static boolean truthy(Object v) {
        if (v == null) {
            return false;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof String s) {
            return !s.isEmpty();
        }
        if (v instanceof Double d) {
            return d != 0.0;
        }
        if (v instanceof BigInteger i) {
            return i.signum() != 0;
        }
        if (v instanceof List<?> l) {
            return !l.isEmpty();
        }
        if (v instanceof Map<?, ?> m) {
            return !m.isEmpty();
        }
        return true;
    }

    /** Python's {@code repr(v)}. */
    static String repr(Object v) {
        if (v instanceof String s) {
            return reprString(s);
        }
        if (v instanceof List<?> list) {
            StringBuilder out = new StringBuilder("[");
            for (int i = 0; i < list.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(repr(list.get(i)));
            }
            return out.append(']').toString();
        }
        if (v instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            map.forEach((k, val) -> out.append(out.length() == 1 ? "" : ", ").append(repr(k)).append(": ")
                    .append(repr(val)));
            return out.append('}').toString();
        }
        return str(v);
    }

    private static String reprString(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder out = new StringBuilder().append(quote);
        s.codePoints().forEach(cp -> {
            if (cp == quote || cp == '\\') {
                out.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                out.append("\\t");
            } else if (cp == '\n') {
                out.append("\\n");
            } else if (cp == '\r') {
                out.append("\\r");
            } else if (cp < 0x20 || cp == 0x7f) {
                out.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7f || isPrintable(cp)) {
                out.appendCodePoint(cp);
            } else if (cp <= 0xff) {
                out.append(String.format("\\x%02x", cp));
            } else if (cp <= 0xffff) {
                out.append(String.format("\\u%04x", cp));
            } else {
                out.append(String.format("\\U%08x", cp));
            }
        });
        return out.append(quote).toString();
    }

    private static boolean isPrintable(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /** Python's {@code repr(float)}: the shortest digits that read back to the same double. */
    static String floatRepr(double d) {
        if (Double.isNaN(d)) {
            return "nan";
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? "inf" : "-inf";
        }
        if (d == 0.0) {
            return 1 / d < 0 ? "-0.0" : "0.0";
        }
        BigDecimal shortest = shortest(Math.abs(d)).stripTrailingZeros();
        String digits = shortest.unscaledValue().toString();
        int decpt = digits.length() - shortest.scale();
        String body;
        if (decpt <= -4 || decpt > 16) {
            int exp = decpt - 1;
            body = digits.charAt(0) + (digits.length() > 1 ? "." + digits.substring(1) : "")
                    + "e" + (exp < 0 ? "-" : "+") + (Math.abs(exp) < 10 ? "0" : "") + Math.abs(exp);
        } else if (decpt <= 0) {
            body = "0." + "0".repeat(-decpt) + digits;
        } else if (decpt >= digits.length()) {
            body = digits + "0".repeat(decpt - digits.length()) + ".0";
        } else {
            body = digits.substring(0, decpt) + "." + digits.substring(decpt);
        }
        return (d < 0 ? "-" : "") + body;
    }

    private static BigDecimal shortest(double d) {
        BigDecimal exact = new BigDecimal(d);
        for (int p = 1; p <= 17; p++) {
            BigDecimal nearest = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
            if (Double.parseDouble(nearest.toString()) == d) {
                return nearest;
            }
            // next to a power of two the interval is lopsided: a neighbour may read back when the nearest does not
            BigDecimal step = BigDecimal.ONE.scaleByPowerOfTen(-nearest.scale());
            for (BigDecimal other : new BigDecimal[] {nearest.subtract(step), nearest.add(step)}) {
                if (other.signum() > 0 && Double.parseDouble(other.toString()) == d) {
                    return other;
                }
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN));
    }

    /** Python's {@code float(s)}, or {@code null} where Python raises {@code ValueError}. */
    static Double parseFloat(String s) {
        StringBuilder ascii = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isDigit(cp)) {
                ascii.append((char) ('0' + Character.digit(cp, 10)));
            } else if (isSpace(cp)) {
                ascii.append(' ');
            } else if (cp < 0x80) {
                ascii.append((char) cp);
            } else {
                return null;
            }
        }
        String t = strip(ascii.toString());
        String unsigned = t.startsWith("+") || t.startsWith("-") ? t.substring(1) : t;
        boolean negative = t.startsWith("-");
        switch (lower(unsigned)) {
            case "inf", "infinity" -> {
                return negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
            }
            case "nan" -> {
                return Double.NaN;
            }
            default -> {
            }
        }
        for (int i = 0; i < t.length(); i++) {
            if (t.charAt(i) == '_' && (i == 0 || i == t.length() - 1 || !isAsciiDigit(t.charAt(i - 1))
                    || !isAsciiDigit(t.charAt(i + 1)))) {
                return null;
            }
        }
        String plain = t.replace("_", "");
        if (!FLOAT_SYNTAX.matcher(plain).matches()) {
            return null;
        }
        return Double.parseDouble(plain);
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Python's {@code round(x, n)}: the exact binary value rounded half-even. */
    static double round(double x, int n) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        return Double.parseDouble(new BigDecimal(x).setScale(n, RoundingMode.HALF_EVEN).toPlainString());
    }

    /** Python's {@code format(x, ".nf")} for finite non-negative values. */
    static String fixed(double x, int n) {
        return new BigDecimal(x).setScale(n, RoundingMode.HALF_EVEN).toPlainString();
    }

    /** Python's {@code json.dumps} of a string (ensure_ascii). */
    static String jsonString(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
