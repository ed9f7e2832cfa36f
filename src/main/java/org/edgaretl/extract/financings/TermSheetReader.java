package org.edgaretl.extract.financings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.edgaretl.domain.Exemption;
import org.edgaretl.domain.Instrument;
import org.edgaretl.extract.document.DateText;

/**
 * Reads the term sheet of an underwriting terms agreement (Exhibit 1): "The Notes shall have the following
 * terms: Principal Amount . . . $250,000,000", one block per security, with rate, maturity and delivery date.
 * Works on the flat text, so it holds whether the sheet was rendered one field per line or one page per line.
 */
final class TermSheetReader {

    /** The terms of one security in the sheet. */
    record Term(Instrument instrument, String instrumentText, MoneyAmount amount, Terms terms, String evidence) {
    }

    private static final int BLOCK_CHARS = 2000;
    private static final String LEADER = "(?:\\s{0,3}\\.){2,80}\\s{0,20}";
    private static final Pattern BLOCK = Pattern.compile(
            "\\bThe\\s{1,3}([A-Za-z][\\w-]{1,30}(?:\\s[\\w-]{1,30}){0,3}?)\\s{1,3}shall\\s{1,3}have\\s{1,3}the\\s{1,3}following\\s{1,3}terms");
    private static final Pattern PRINCIPAL = Pattern.compile(
            "Principal\\s{1,3}Amount" + LEADER + "(\\$\\s{0,3}[\\d,]{5,20})", Pattern.CASE_INSENSITIVE);
    private static final Pattern MATURITY = Pattern.compile(
            "(?:Date\\s{1,3}of\\s{1,3}maturity|Maturity\\s{1,3}date)" + LEADER + "(" + DateText.MONTH_NAME
                    + "\\s{1,3}\\d{1,2},?\\s{1,3}\\d{4})", Pattern.CASE_INSENSITIVE);
    private static final Pattern RATE = Pattern.compile("(\\d{1,2}\\.\\d{1,4})\\s?%\\s{0,3}per\\s{1,3}annum",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DELIVERY = Pattern.compile(
            "(?:Delivery|Closing)\\s{1,3}Date" + LEADER + "[^$]{0,80}?(" + DateText.MONTH_NAME + "\\s{1,3}\\d{1,2},?\\s{1,3}\\d{4})",
            Pattern.CASE_INSENSITIVE);

    private TermSheetReader() {
    }

    static List<Term> read(String text) {
        List<Term> terms = new ArrayList<>();
        Matcher block = BLOCK.matcher(text);
        if (!block.find()) {
            return terms;
        }
        Map<String, InstrumentClassifier.Mention> defined = defined(text.substring(0, Math.min(text.length(), 30_000)));
        Matcher delivery = DELIVERY.matcher(text);
        LocalDate closing = delivery.find() ? firstDate(delivery.group(1)) : null;
        Exemption exemption = ExemptionReader.read(text.substring(0, Math.min(text.length(), 20_000))).orElse(null);
        do {
            InstrumentClassifier.Mention security = defined.get(block.group(1).strip().toLowerCase(Locale.ROOT));
            int from = block.end();
            String window = text.substring(from, Math.min(text.length(), from + BLOCK_CHARS));
            Matcher next = BLOCK.matcher(window);
            if (next.find()) {
                window = window.substring(0, next.start());
            }
            Matcher principal = PRINCIPAL.matcher(window);
            if (security != null && security.instrument() != Instrument.OTHER && principal.find()) {
                MoneyAmount amount = MoneyAmount.parse(principal.group(1)).orElse(null);
                Matcher maturity = MATURITY.matcher(window);
                boolean matures = maturity.find();
                Matcher rate = RATE.matcher(window);
                if (amount != null) {
                    String evidence = (block.group() + ": " + principal.group().replaceAll("(?:\\s?\\.){3,}", " ")
                            .replaceAll("\\s+", " ")).strip();
                    BigDecimal interest = rate.find() ? new BigDecimal(rate.group(1))
                            : FinancingTerms.interestRate(security.text(), List.of());
                    LocalDate due = matures ? firstDate(maturity.group(1)) : null;
                    terms.add(new Term(security.instrument(), security.text(), amount, Terms.ofTermSheet(exemption,
                            closing, interest, due, matures ? maturity.group(1).replaceAll("\\s+", " ") : null), evidence));
                }
            }
        } while (block.find());
        return terms;
    }

    private static LocalDate firstDate(String s) {
        List<DateText.Found> dates = DateText.findAll(s);
        return dates.isEmpty() ? null : dates.get(0).date();
    }

    private static Map<String, InstrumentClassifier.Mention> defined(String text) {
        Map<String, InstrumentClassifier.Mention> defined = new HashMap<>();
        for (String s : SentenceSplitter.split(text)) {
            for (InstrumentClassifier.Mention m : InstrumentClassifier.mentions(s)) {
                InstrumentClassifier.definedTerm(s, m).ifPresent(term -> defined.putIfAbsent(term, m));
            }
        }
        return defined;
    }
}
