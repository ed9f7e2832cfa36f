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
            "\\b(?:matur(?:e|es|ity)(?:\\s+date)?|expire|due)\\.?\\s+(?:on\\s+|is\\s+|of\\s+)?(" + DateTextPattern.DATE + ")",
            Pattern.CASE_INSENSITIVE);
    /** A maturity stated to the month only ("will expire in June 2017", "Extended to May 2006"). */
    private static final Pattern MATURITY_MONTH = Pattern.compile(
            "\\b(?:matur(?:e|es|ity)(?:\\s+date)?|expires?|due|extended\\s+to)\\.?\\s+(?:on\\s+|is\\s+|of\\s+|in\\s+)?("
                    + DateText.MONTH_NAME + ",?\\s{1,3}(?:19|20)\\d{2})\\b", Pattern.CASE_INSENSITIVE);
    /** A maturity stated to the year only, in the instrument's name ("Senior Notes due 2024"). */
    private static final Pattern DUE_YEAR = Pattern.compile("\\bdue\\s{1,3}(?:19|20)\\d{2}\\b", Pattern.CASE_INSENSITIVE);

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

    /**
     * The maturity date, when the first maturity stated (in the instrument's name, else in the sentences) has
     * its day: "will expire in June 2017 and replaces the facility that was to expire on February 22, 2013" has
     * none, as the GUIDE wants for a month or year alone.
     */
    static LocalDate maturity(String instrumentText, List<String> sentences) {
        // Term lists split "Maturity." from its date, so the sentences are read joined.
        for (String text : List.of(instrumentText, String.join(" ", sentences))) {
            Matcher m = firstMaturity(text);
            if (m != null) {
                return m.pattern() == MATURITY ? DateText.findAll(m.group(1)).get(0).date() : null;
            }
        }
        return null;
    }

    /** The first maturity the text states, to the day or to the month; null when it states none. */
    private static Matcher firstMaturity(String text) {
        Matcher day = MATURITY.matcher(text);
        Matcher month = MATURITY_MONTH.matcher(text);
        boolean hasDay = day.find();
        boolean hasMonth = month.find();
        if (hasDay && (!hasMonth || day.start() <= month.start())) {
            return day;
        }
        return hasMonth ? month : null;
    }

    /**
     * The maturity as the filing prints it, whitespace collapsed: the text of the mention {@link #maturity}
     * reads (to the day or the month), else the "due YYYY" of the instrument's name.
     */
    static String maturityText(String instrumentText, List<String> sentences) {
        for (String text : List.of(instrumentText, String.join(" ", sentences))) {
            Matcher m = firstMaturity(text);
            if (m != null) {
                return m.group(1).replaceAll("\\s+", " ");
            }
        }
        Matcher due = DUE_YEAR.matcher(instrumentText);
        return due.find() ? due.group().replaceAll("\\s+", " ") : null;
    }

    /** The regex of one written date, shared by the readers above. */
    private static final class DateTextPattern {
        static final String DATE = DateText.MONTH_NAME + "\\s{1,3}\\d{1,2}(?:st|nd|rd|th)?,?\\s{1,3}(?:19|20)\\d{2}\\b";
    }
}
