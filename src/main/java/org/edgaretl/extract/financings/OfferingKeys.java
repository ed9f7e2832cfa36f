package org.edgaretl.extract.financings;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.edgaretl.domain.Filing;
import org.edgaretl.domain.Financing;
import org.edgaretl.domain.OfferingKey;

/**
 * The key each financings row of a filing carries as its offering's first report, until the run's linking
 * step ({@code OfferingLinks}) gives the rows of one offering its first report's key: the row's series, with
 * the issuer identified by the filing's CIK, else by its company name (case, punctuation and company suffixes
 * ignored, so the header's {@code NUANCE COMMUNICATIONS, INC.} and a cover page's {@code Nuance Communications
 * Inc} are one issuer), else by the filing alone; the maturity year from the maturity date, else from a
 * "due 2024" in the instrument's words (a pricing 8-K often names the notes by their year only).
 */
public final class OfferingKeys {

    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{Nd}]+");
    private static final Set<String> NAME_NOISE = Set.of("the", "inc", "incorporated", "corp", "corporation", "co",
            "company", "ltd", "limited", "llc", "plc", "lp");
    private static final Pattern YEAR_DUE =
            Pattern.compile("(?i)\\b(?:due|matur(?:ing|es?))\\s+(?:in\\s+)?((?:19|20)\\d{2})\\b");

    private OfferingKeys() {
    }

    /** The filing's rows, each with its own key. */
    public static List<Financing> assign(Filing filing, List<Financing> rows) {
        return rows.stream().map(row -> row.withOfferingKey(of(filing, row))).toList();
    }

    static OfferingKey of(Filing filing, Financing row) {
        if (!filing.filingId().equals(row.filingId())) {
            throw new IllegalArgumentException("financing " + row.filingId() + "#" + row.seq() + " is not of filing "
                    + filing.filingId());
        }
        String series = OfferingKey.series(issuer(filing), row.instrument().label(), row.currency(),
                row.interestRate(), maturityYear(row));
        return OfferingKey.firstReportedBy(series, row.filingId(), row.seq());
    }

    static String issuer(Filing filing) {
        if (filing.cik() != null) {
            return "cik:" + filing.cik();
        }
        String name = filing.companyName() == null ? ""
                : Normalizer.normalize(filing.companyName(), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        String words = Arrays.stream(NOT_WORD.split(name)).filter(w -> !w.isEmpty() && !NAME_NOISE.contains(w))
                .collect(Collectors.joining(" "));
        return words.isEmpty() ? "filing:" + filing.filingId() : "name:" + words;
    }

    static Integer maturityYear(Financing row) {
        if (row.maturityDate() != null) {
            return row.maturityDate().getYear();
        }
        if (row.instrumentText() == null) {
            return null;
        }
        Matcher due = YEAR_DUE.matcher(row.instrumentText());
        return due.find() ? Integer.valueOf(due.group(1)) : null;
    }
}
