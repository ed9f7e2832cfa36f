package org.edgaretl.extract.financings;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.edgaretl.domain.Instrument;

/**
 * Finds the securities and loans a sentence names ("subordinated, convertible debentures", "Term Loan
 * Agreement", "5.75% Senior Notes due 2024") and maps each to the fixed instrument vocabulary.
 */
final class InstrumentClassifier {

    /** One instrument named in a text: its words as written and its vocabulary class. */
    record Mention(int start, int end, String text, Instrument instrument) {
    }

    // The head noun of an instrument phrase; modifiers before it are collected by walking back word by word.
    // The lookahead on the alternatives' first letters only lets the scan skip other words fast.
    private static final Pattern HEAD = Pattern.compile(
            "(?=[rblctspondwu])\\b(?:revolving\\s+(?:credit\\s+)?(?:facility|facilities|agreement|loans?)|revolving\\s+line\\s+of\\s+credit"
                    + "|(?:bank\\s+)?line\\s+of\\s+credit|credit\\s+line|credit\\s+(?:facility|facilities|agreement)"
                    + "|term\\s+loans?(?:\\s+(?:facility|agreement))?|loan\\s+(?:agreement|facility)|bridge\\s+(?:facility|loan)"
                    + "|(?:shares\\s+of\\s+(?:its\\s+|our\\s+|the\\s+company's\\s+)?)?(?:convertible\\s+)?preferred\\s+(?:stock|shares)"
                    + "|common\\s+(?:stock|shares)|ordinary\\s+shares|notes?|debentures?|bonds|debt\\s+securities"
                    + "|warrants?|units|commercial\\s+paper)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DUE = Pattern.compile(
            "\\s{1,3}due\\s{1,3}(?:(?:January|February|March|April|May|June|July|August|September|October|November"
                    + "|December)\\s{1,3}\\d{1,2},?\\s{1,3})?(?:19|20)\\d{2}\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern PERCENT = Pattern.compile("\\d{1,2}(?:\\.\\d{1,4})?%|\\d{1,2}(?:\\.\\d{1,4})?\\s?percent");
    private static final Pattern YEAR_WORD = Pattern.compile("(?:[a-z]+|\\d{1,2})-year", Pattern.CASE_INSENSITIVE);
    private static final Pattern SERIES = Pattern.compile("series|class|[A-Z]-?\\d?|[A-Z]{1,2}");
    private static final Set<String> MODIFIERS = Set.of("senior", "junior", "subordinated", "convertible",
            "exchangeable", "secured", "unsecured", "guaranteed", "floating", "fixed", "rate", "zero", "coupon",
            "cumulative", "redeemable", "participating", "perpetual", "new", "expanded", "amended", "restated", "and",
            "syndicated", "multi-currency", "multicurrency", "promissory", "medium-term", "term", "first", "second",
            "lien", "first-lien", "second-lien", "contingent", "mandatorily", "mandatory", "non-cumulative",
            "noncumulative", "increasing", "variable", "exchange", "additional", "series", "class", "preferred",
            "global", "bank", "revolving", "credit", "loan", "private", "placement", "offering", "registered");

    private InstrumentClassifier() {
    }

    /** Every instrument the text names, in order. */
    static List<Mention> mentions(String text) {
        List<Mention> found = new ArrayList<>();
        Matcher m = HEAD.matcher(text);
        while (m.find()) {
            int start = walkBack(text, m.start());
            int end = m.end();
            Matcher due = DUE.matcher(text).region(end, Math.min(text.length(), end + 40));
            if (due.lookingAt()) {
                end = due.end();
            }
            String phrase = text.substring(start, end).strip();
            found.add(new Mention(start, end, phrase, classify(phrase)));
        }
        return found;
    }

    /** The vocabulary class of an instrument phrase; {@link Instrument#OTHER} when it names nothing in the list. */
    static Instrument classify(String phrase) {
        String p = phrase.toLowerCase(Locale.ROOT);
        boolean convertible = p.contains("convertible") || p.contains("exchangeable");
        boolean debenture = p.contains("debenture");
        boolean note = p.matches("(?s).*\\bnotes?\\b.*") || p.contains("bonds");
        if (p.contains("preferred")) {
            return convertible ? Instrument.CONVERTIBLE_PREFERRED_STOCK : Instrument.PREFERRED_STOCK;
        }
        if (convertible && debenture) {
            return Instrument.CONVERTIBLE_DEBENTURES;
        }
        if (convertible && note) {
            return Instrument.CONVERTIBLE_NOTES;
        }
        if (p.contains("warrant")) {
            return Instrument.WARRANTS;
        }
        if (p.contains("common") || p.contains("ordinary shares")) {
            return Instrument.COMMON_STOCK;
        }
        if (p.matches("(?s).*\\bunits\\b.*")) {
            return Instrument.UNITS;
        }
        if (p.contains("revolving") || p.contains("line of credit") || p.contains("credit line")) {
            return Instrument.REVOLVING_CREDIT_FACILITY;
        }
        if (p.contains("term loan")) {
            return Instrument.TERM_LOAN;
        }
        if (p.contains("credit") || p.contains("loan") || p.contains("bridge facility")) {
            return Instrument.CREDIT_FACILITY;
        }
        if (debenture) {
            return Instrument.DEBENTURES;
        }
        if (note) {
            if (p.contains("subordinated")) {
                return Instrument.SUBORDINATED_NOTES;
            }
            return p.contains("senior") ? Instrument.SENIOR_NOTES : Instrument.NOTES;
        }
        return Instrument.OTHER;
    }

    /** True when {@code specific} is a narrower name for the same kind of thing as {@code generic}. */
    static boolean refines(Instrument specific, Instrument generic) {
        if (specific == generic) {
            return true;
        }
        return switch (generic) {
            case NOTES -> specific == Instrument.CONVERTIBLE_NOTES || specific == Instrument.SENIOR_NOTES
                    || specific == Instrument.SUBORDINATED_NOTES;
            case DEBENTURES -> specific == Instrument.CONVERTIBLE_DEBENTURES;
            case CREDIT_FACILITY -> specific == Instrument.REVOLVING_CREDIT_FACILITY
                    || specific == Instrument.TERM_LOAN;
            case PREFERRED_STOCK -> specific == Instrument.CONVERTIBLE_PREFERRED_STOCK;
            default -> false;
        };
    }

    private static final Pattern DEFINES = Pattern.compile("\\G\\s{0,2}\\((?:[^()\"“”]{0,40}?)?[\"“]([^\"”]{2,50})[\"”]");

    /** False when no mention of the text can introduce a {@link #definedTerm}: it needs a "(" and an opening quote. */
    static boolean mayDefineTerm(String text) {
        return text.indexOf('(') >= 0 && (text.indexOf('"') >= 0 || text.indexOf('“') >= 0);
    }

    /** The defined term a mention introduces ({@code 2.75% Debentures due 2031 (the “Debentures”)}), lower case. */
    static Optional<String> definedTerm(String text, Mention m) {
        Matcher d = DEFINES.matcher(text).region(m.end(), text.length());
        return d.find() ? Optional.of(d.group(1).strip().toLowerCase(Locale.ROOT)) : Optional.empty();
    }

    static Optional<String> percentIn(String phrase) {
        Matcher m = PERCENT.matcher(phrase);
        return m.find() ? Optional.of(m.group().replaceAll("\\s?(?:%|percent)", "")) : Optional.empty();
    }

    /** Moves back over the modifier words ("2.75%", "Senior", "subordinated,", "Five-Year") before a head noun. */
    private static int walkBack(String text, int headStart) {
        int start = headStart;
        int i = headStart;
        int words = 0;
        while (words < 8) {
            int j = i;
            while (j > 0 && (text.charAt(j - 1) == ' ' || text.charAt(j - 1) == ',')) {
                j--;
            }
            int k = j;
            while (k > 0 && !Character.isWhitespace(text.charAt(k - 1)) && text.charAt(k - 1) != ','
                    && text.charAt(k - 1) != '(' && text.charAt(k - 1) != '“' && text.charAt(k - 1) != '"') {
                k--;
            }
            if (k == j) {
                break;
            }
            String word = text.substring(k, j);
            if (!isModifier(word)) {
                break;
            }
            start = k;
            i = k;
            words++;
        }
        return start;
    }

    private static boolean isModifier(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.equals("and")) {
            return false;
        }
        return MODIFIERS.contains(w) || PERCENT.matcher(word).matches() || YEAR_WORD.matcher(word).matches()
                || (SERIES.matcher(word).matches() && !w.equals("a") && !w.equals("i"));
    }
}
