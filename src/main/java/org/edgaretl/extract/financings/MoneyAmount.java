package org.edgaretl.extract.financings;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sum of money written in a filing ({@code $3.6 million}, {@code US$150,000,000}, {@code Cdn$2 million},
 * {@code €500 million}), as a number in units of its ISO currency, with where it was found.
 */
record MoneyAmount(BigDecimal value, String currency, int start, int end) {

    // Bounded quantifiers only: every match is at most a few dozen characters, so scanning is linear.
    // The lookahead on the symbols' first characters only lets the scan skip other positions fast.
    private static final Pattern MONEY = Pattern.compile(
            "(?=[uc$€£eg])(?<sym>(?:US|U\\.S\\.|Cdn|CDN|CA|C)\\s?\\$|\\$|€|£|(?:USD|EUR|GBP|CAD)\\s?)\\s{0,2}"
                    + "(?<num>\\d{1,3}(?:,\\d{3}){1,5}|\\d{1,12})(?:\\.(?<frac>\\d{1,6}))?"
                    + "(?:\\s{0,2}(?<scale>million|billion|thousand|mm|bn|mln)\\b)?",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern BARE = Pattern.compile(
            "(?<num>\\d{1,3}(?:,\\d{3}){1,5}|\\d{1,12})(?:\\.(?<frac>\\d{1,6}))?"
                    + "(?:\\s{0,2}(?<scale>million|billion|thousand)\\b)?", Pattern.CASE_INSENSITIVE);

    /**
     * False when {@link #findAll} finds nothing for sure: every sum has a digit and either a currency sign or
     * an ISO code. A quick test for the many sentences that name no sum.
     */
    static boolean mayOccurIn(String text) {
        boolean digit = false;
        boolean sign = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digit = true;
            } else if (c == '$' || c == '€' || c == '£' || isCode(text, i)) {
                sign = true;
            }
        }
        return digit && sign;
    }

    /** Whether USD, EUR, GBP or CAD starts at {@code i}, in any ASCII case as the pattern compares. */
    private static boolean isCode(String text, int i) {
        if (i + 3 > text.length()) {
            return false;
        }
        char a = lower(text.charAt(i));
        if (a != 'u' && a != 'e' && a != 'g' && a != 'c') {
            return false;
        }
        char b = lower(text.charAt(i + 1));
        char c = lower(text.charAt(i + 2));
        return a == 'u' && b == 's' && c == 'd' || a == 'e' && b == 'u' && c == 'r'
                || a == 'g' && b == 'b' && c == 'p' || a == 'c' && b == 'a' && c == 'd';
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
    }

    /** Every sum of money with a currency mark in {@code text}, in order. */
    static List<MoneyAmount> findAll(CharSequence text) {
        List<MoneyAmount> found = new ArrayList<>();
        Matcher m = MONEY.matcher(text);
        while (m.find()) {
            if (m.start("num") > 0 && Character.isLetterOrDigit(charBefore(text, m.start()))) {
                continue;
            }
            String currency = currency(m.group("sym"));
            BigDecimal value = value(m.group("num"), m.group("frac"), m.group("scale"));
            if (value.signum() > 0) {
                found.add(new MoneyAmount(value, currency, m.start(), m.end()));
            }
        }
        return found;
    }

    /**
     * Reads one written amount ({@code "$3.6 million"}, {@code "3,600,000"}); a bare number is taken as US dollars,
     * the filing's default currency.
     */
    static Optional<MoneyAmount> parse(String written) {
        String s = written.strip();
        List<MoneyAmount> all = findAll(s);
        if (!all.isEmpty()) {
            return Optional.of(all.get(0));
        }
        Matcher m = BARE.matcher(s);
        if (m.lookingAt()) {
            BigDecimal value = value(m.group("num"), m.group("frac"), m.group("scale"));
            if (value.signum() > 0) {
                return Optional.of(new MoneyAmount(value, "USD", m.start(), m.end()));
            }
        }
        return Optional.empty();
    }

    private static char charBefore(CharSequence text, int at) {
        return at > 0 ? text.charAt(at - 1) : ' ';
    }

    private static String currency(String symbol) {
        String s = symbol.replace(" ", "").toUpperCase(Locale.ROOT);
        if (s.startsWith("CDN") || s.startsWith("CA") || s.equals("C$") || s.equals("CAD")) {
            return "CAD";
        }
        if (s.equals("€") || s.equals("EUR")) {
            return "EUR";
        }
        if (s.equals("£") || s.equals("GBP")) {
            return "GBP";
        }
        return "USD";
    }

    private static BigDecimal value(String num, String frac, String scale) {
        BigDecimal v = new BigDecimal(num.replace(",", "") + (frac == null ? "" : "." + frac));
        if (scale != null) {
            switch (scale.toLowerCase(Locale.ROOT)) {
                case "thousand" -> v = v.scaleByPowerOfTen(3);
                case "million", "mm", "mln" -> v = v.scaleByPowerOfTen(6);
                case "billion", "bn" -> v = v.scaleByPowerOfTen(9);
                default -> { }
            }
        }
        v = v.stripTrailingZeros();
        return v.scale() < 0 ? v.setScale(0) : v;
    }
}
