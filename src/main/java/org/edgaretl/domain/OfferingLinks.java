package org.edgaretl.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which financings rows describe the same offering, and the key each then carries. The rule, applied to the
 * rows of one series (same issuer, instrument, currency, rate and maturity year; see {@link OfferingKey}):
 * <ol>
 * <li>Rows are taken in order of the date their filing reported them (filed, else report date), then filing id,
 *     then seq. The first row of an offering founds it, and the offering keeps that row's key
 *     ({@link OfferingKey#firstReportedBy}): the earliest report's.</li>
 * <li>A later row joins the earliest-founded offering whose first row it matches: reported at most
 *     {@value #WINDOW_DAYS} days after it, its amount within 1% of that row's amount, the same maturity date,
 *     closing date and exemption as the offering's rows wherever both state one (an offering closes once), and
 *     no row of its own filing in the offering yet.
 *     Otherwise it founds an offering of its own.</li>
 * <li>A row without an amount or without a date links to nothing: it keeps its own key.</li>
 * </ol>
 * Matching against the first row only (never against a later member) keeps amounts from drifting along a
 * chain of 1% steps. The result depends only on the set of rows given, not on their order, so a run, a
 * partition of it and a warehouse holding several runs give equal keys to equal sets of rows. The window
 * keeps a reopening of a series months later a new offering, and two offerings that both state when they
 * closed are never one; a filing lists each of its offerings once, so two rows of one filing are never one
 * offering.
 */
public final class OfferingLinks {

    /**
     * How long after its first report a report can still belong to the same offering: pricing to closing takes
     * days, but a purchase agreement or a commitment letter can take months to close (43 and 74 days in the
     * corpus's Nuance filings).
     */
    public static final int WINDOW_DAYS = 90;

    private static final BigDecimal TOLERANCE = new BigDecimal("0.01");

    private OfferingLinks() {
    }

    /**
     * One financings row as linking sees it.
     *
     * @param series     the series part of the row's key
     * @param amount     compared in cents, as the warehouse stores it
     * @param reportedOn the filing's filed date, else its report date; {@code null} if it has neither
     */
    public record Report(String filingId, int seq, String series, BigDecimal amount, LocalDate maturityDate,
                         LocalDate closingDate, String exemption, LocalDate reportedOn) {

        public Report {
            Filing.requireText(filingId, "filingId");
            Objects.requireNonNull(series, "series");
            amount = amount == null ? null : amount.setScale(2, RoundingMode.HALF_UP);
        }

        /** The key this row has when it is an offering's first report. */
        public OfferingKey ownKey() {
            return OfferingKey.firstReportedBy(series, filingId, seq);
        }

        boolean linkable() {
            return amount != null && amount.signum() > 0 && reportedOn != null;
        }
    }

    private static final Comparator<Report> REPORT_ORDER = Comparator
            .comparing(Report::reportedOn, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Report::filingId).thenComparingInt(Report::seq);

    /** The key of each report, in the order given. */
    public static List<OfferingKey> link(List<Report> reports) {
        Map<String, List<Integer>> bySeries = new HashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            bySeries.computeIfAbsent(reports.get(i).series(), s -> new ArrayList<>()).add(i);
        }
        OfferingKey[] keys = new OfferingKey[reports.size()];
        for (List<Integer> series : bySeries.values()) {
            series.sort(Comparator.comparing(reports::get, REPORT_ORDER));
            linkSeries(reports, series, keys);
        }
        return List.of(keys);
    }

    private static void linkSeries(List<Report> reports, List<Integer> ordered, OfferingKey[] keys) {
        List<Offering> open = new ArrayList<>();
        for (int index : ordered) {
            Report report = reports.get(index);
            if (!report.linkable()) {
                keys[index] = report.ownKey();
                continue;
            }
            // Offerings founded more than the window ago can take no later report: drop them as dates advance.
            open.removeIf(o -> report.reportedOn().isAfter(o.first.reportedOn().plusDays(WINDOW_DAYS)));
            Offering joined = null;
            for (Offering offering : open) {
                if (offering.admits(report)) {
                    joined = offering;
                    break;
                }
            }
            if (joined == null) {
                joined = new Offering(report);
                open.add(joined);
            }
            joined.add(report);
            keys[index] = joined.key;
        }
    }

    /** An offering being collected: its first report, the filings in it, and the terms its reports stated. */
    private static final class Offering {
        final Report first;
        final OfferingKey key;
        final Set<String> filings = new HashSet<>();
        LocalDate maturityDate;
        LocalDate closingDate;
        String exemption;

        Offering(Report first) {
            this.first = first;
            this.key = first.ownKey();
        }

        void add(Report report) {
            filings.add(report.filingId());
            maturityDate = maturityDate == null ? report.maturityDate() : maturityDate;
            closingDate = closingDate == null ? report.closingDate() : closingDate;
            exemption = exemption == null ? report.exemption() : exemption;
        }

        boolean admits(Report report) {
            return !filings.contains(report.filingId())
                    && withinTolerance(report.amount())
                    && agree(maturityDate, report.maturityDate())
                    && agree(closingDate, report.closingDate())
                    && agree(exemption, report.exemption());
        }

        private boolean withinTolerance(BigDecimal amount) {
            return amount.subtract(first.amount()).abs().compareTo(first.amount().multiply(TOLERANCE)) <= 0;
        }

        private static boolean agree(Object a, Object b) {
            return a == null || b == null || a.equals(b);
        }
    }
}
