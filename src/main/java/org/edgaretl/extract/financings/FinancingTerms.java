package org.edgaretl.extract.financings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.edgaretl.extract.document.DateText;

/**
 * Reads the terms around a financing sentence: who bought or lent, when it was announced or closed, the
 * rate, the maturity, and for convertibles the conversion window and pricing. Each reader looks at one
 * bounded sentence at a time.
 */
final class FinancingTerms {

    private static final Pattern INVESTORS = Pattern.compile(
            "\\b(?:to|with|through|from)\\s+((?:a|an)\\s+(?:small\\s+|limited\\s+|select\\s+)?(?:number|group|syndicate|consortium)"
                    + "\\s+of\\s+[^.;,]{0,60}?(?:investors|lenders|banks|institutions|purchasers))"
                    + "|\\b(?:to|with)\\s+((?:certain\\s+)?(?:accredited|institutional|qualified|European|foreign|non-U\\.S\\.)"
                    + "\\s+[^.;,]{0,40}?(?:investors|buyers|purchasers))"
                    + "|\\bwith\\s+([A-Z][^;()]{2,80}?,\\s+as\\s+(?:sole\\s+)?(?:lender|administrative\\s+agent))",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ON_DATE = Pattern.compile(
            "^(?:[^,]{0,30},\\s{1,3})?on\\s{1,3}" + DateTextPattern.DATE + ",?\\s{1,3}(.{0,240})",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ANNOUNCE = Pattern.compile("\\b(?:announc\\w*|press\\s+release|disseminat\\w*)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CLOSE = Pattern.compile(
            "\\b(?:closed|completed|consummated|issued\\s+and\\s+sold|borrowed|entered\\s+into\\s+(?:a|an|the)\\s+[^,;]{0,60}?"
                    + "(?:credit|loan|facility))", Pattern.CASE_INSENSITIVE);
    private static final Pattern CONVERSION_WINDOW = Pattern.compile(
            "convert[^.;]{0,200}?(?:beginning|from|commencing|starting|after)\\s{1,3}(?:on\\s{1,3})?" + DateTextPattern.DATE
                    + ",?\\s{1,3}(?:through|to|until|and\\s+ending(?:\\s+on)?)\\s{1,3}" + DateTextPattern.DATE,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PRICING = Pattern.compile("(?:initial\\s+)?conversion\\s+(?:price|rate)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern INTEREST = Pattern.compile(
            "\\bbears?\\s+interest\\s+at\\s+(?:a|the)\\s+(?:fixed\\s+)?(?:annual\\s+)?rate\\s+of\\s+(\\d{1,2}(?:\\.\\d{1,4})?)\\s?%",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern MATURITY = Pattern.compile(
            "\\b(?:matur(?:e|es|ity)(?:\\s+date)?|expire|due)\\.?\\s+(?:on\\s+|is\\s+|of\\s+)?" + DateTextPattern.DATE,
            Pattern.CASE_INSENSITIVE);

    private FinancingTerms() {
    }

    static String investors(String sentence) {
        Matcher m = INVESTORS.matcher(sentence);
        if (m.find()) {
            for (int g = 1; g <= m.groupCount(); g++) {
                if (m.group(g) != null) {
                    return m.group(g).strip();
                }
            }
        }
        return null;
    }

    /** The date a sentence opens with ("On August 17, 1995, ..."), if what follows is an announcement. */
    static LocalDate announcedOn(String sentence) {
        Matcher m = ON_DATE.matcher(sentence);
        if (m.find() && ANNOUNCE.matcher(firstClause(m.group(m.groupCount()))).find()) {
            return DateText.findAll(m.group()).get(0).date();
        }
        return null;
    }

    /** The date a sentence opens with, if what follows closes the transaction rather than announcing it. */
    static LocalDate closedOn(String sentence) {
        Matcher m = ON_DATE.matcher(sentence);
        if (m.find()) {
            String rest = firstClause(m.group(m.groupCount()));
            if (!ANNOUNCE.matcher(rest).find() && CLOSE.matcher(rest).find()) {
                return DateText.findAll(m.group()).get(0).date();
            }
        }
        return null;
    }

    private static String firstClause(String rest) {
        return rest.length() > 160 ? rest.substring(0, 160) : rest;
    }

    static Terms.Window conversionWindow(List<String> sentences) {
        for (String s : sentences) {
            Matcher m = CONVERSION_WINDOW.matcher(s);
            if (m.find()) {
                List<DateText.Found> dates = DateText.findAll(s.substring(m.start(), m.end()));
                if (dates.size() >= 2 && !dates.get(1).date().isBefore(dates.get(0).date())) {
                    return new Terms.Window(dates.get(0).date(), dates.get(dates.size() - 1).date());
                }
            }
        }
        return null;
    }

    /** The conversion price or rate as the filing words it, from "conversion price"/"conversion rate" to the stop. */
    static String pricing(List<String> sentences) {
        for (String s : sentences) {
            Matcher m = PRICING.matcher(s);
            if (m.find()) {
                String terms = s.substring(m.start()).strip();
                if (terms.endsWith(".")) {
                    terms = terms.substring(0, terms.length() - 1);
                }
                terms = terms.replaceFirst("(?i)^(conversion\\s+(?:price|rate))\\s+(?:is|will\\s+be|shall\\s+be)\\s+", "$1 ");
                if (terms.length() > 12 && terms.length() <= 400) {
                    return Character.toLowerCase(terms.charAt(0)) + terms.substring(1);
                }
            }
        }
        return null;
    }

    static BigDecimal interestRate(String instrumentText, List<String> sentences) {
        Optional<String> inName = InstrumentClassifier.percentIn(instrumentText);
        if (inName.isPresent()) {
            return new BigDecimal(inName.get());
        }
        for (String s : sentences) {
            Matcher m = INTEREST.matcher(s);
            if (m.find()) {
                return new BigDecimal(m.group(1));
            }
        }
        return null;
    }

    static LocalDate maturity(String instrumentText, List<String> sentences) {
        Matcher inName = MATURITY.matcher(instrumentText);
        if (inName.find()) {
            return DateText.findAll(inName.group()).get(0).date();
        }
        // Term lists split "Maturity." from its date, so the sentences are read joined.
        Matcher m = MATURITY.matcher(String.join(" ", sentences));
        return m.find() ? DateText.findAll(m.group()).get(0).date() : null;
    }

    /** The regex of one written date, shared by the readers above. */
    private static final class DateTextPattern {
        static final String DATE = DateText.MONTH_NAME + "\\s{1,3}\\d{1,2}(?:st|nd|rd|th)?,?\\s{1,3}(?:19|20)\\d{2}\\b";
    }
}
