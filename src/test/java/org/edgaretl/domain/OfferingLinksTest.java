package org.edgaretl.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Which rows are one offering: the first report's key, 1% of its amount, the window, and what never links. */
class OfferingLinksTest {

    private static final String NOTES = "0123456789abcdef";
    private static final String OTHER_NOTES = "fedcba9876543210";
    private static final LocalDate DAY0 = LocalDate.of(2016, 6, 14);

    private static OfferingLinks.Report report(String filingId, int seq, String amount, int day) {
        return new OfferingLinks.Report(filingId, seq, NOTES, amount == null ? null : new BigDecimal(amount), null, null,
                null, DAY0.plusDays(day));
    }

    /** The keys by "filing#seq", so assertions read as rows. */
    private static Map<String, OfferingKey> link(List<OfferingLinks.Report> reports) {
        List<OfferingKey> keys = OfferingLinks.link(reports);
        Map<String, OfferingKey> byRow = new HashMap<>();
        for (int i = 0; i < reports.size(); i++) {
            byRow.put(reports.get(i).filingId() + "#" + reports.get(i).seq(), keys.get(i));
        }
        return byRow;
    }

    @Test
    void pricingAndClosingShareThePricingsKey() {
        OfferingLinks.Report pricing = report("pricing", 1, "300000000", 0);
        OfferingLinks.Report closing = report("closing", 1, "300000000", 7);

        Map<String, OfferingKey> keys = link(List.of(closing, pricing));

        assertThat(keys.get("closing#1")).isEqualTo(keys.get("pricing#1")).isEqualTo(pricing.ownKey());
        assertThat(keys.get("pricing#1").series()).isEqualTo(NOTES);
    }

    @Test
    void alone_eachReportKeepsItsOwnKey() {
        assertThat(link(List.of(report("closing", 1, "300000000", 7))).get("closing#1"))
                .isEqualTo(report("closing", 1, "300000000", 7).ownKey());
    }

    @Test
    void amountsWithinOnePercentOfTheFirstReportsLinkOnEitherSideOfARoundingBoundary() {
        Map<String, OfferingKey> keys = link(List.of(report("first", 1, "150000000", 0),
                report("a", 1, "149990000", 1), report("b", 1, "150010000", 1),
                report("c", 1, "151500000", 2), report("d", 1, "148500000", 2),
                report("e", 1, "151500000.01", 3), report("f", 1, "148499999.99", 3)));

        OfferingKey first = keys.get("first#1");
        assertThat(List.of(keys.get("a#1"), keys.get("b#1"), keys.get("c#1"), keys.get("d#1"))).containsOnly(first);
        assertThat(keys.get("e#1")).isNotEqualTo(first);
        assertThat(keys.get("f#1")).isNotEqualTo(first);
    }

    @Test
    void amountsDoNotDriftAlongAChainOfOnePercentSteps() {
        Map<String, OfferingKey> keys = link(List.of(report("a", 1, "100000000", 0), report("b", 1, "100900000", 1),
                report("c", 1, "101800000", 2)));

        assertThat(keys.get("b#1")).isEqualTo(keys.get("a#1"));
        // within 1% of b, but b is not a first report: c is an offering of its own
        assertThat(keys.get("c#1")).isNotEqualTo(keys.get("a#1")).isEqualTo(report("c", 1, "101800000", 2).ownKey());
    }

    @Test
    void aReportMoreThanTheWindowAfterTheFirstIsAnotherOffering() {
        int window = OfferingLinks.WINDOW_DAYS;
        Map<String, OfferingKey> keys = link(List.of(report("first", 1, "500000000", 0),
                report("inside", 1, "500000000", window), report("reopening", 1, "500000000", window + 1),
                report("reopening-closed", 1, "500000000", window + 8)));

        assertThat(keys.get("inside#1")).isEqualTo(keys.get("first#1"));
        assertThat(keys.get("reopening#1")).isNotEqualTo(keys.get("first#1"));
        // the reopening's own closing report links to the reopening, not back to the original offering
        assertThat(keys.get("reopening-closed#1")).isEqualTo(keys.get("reopening#1"));
    }

    @Test
    void twoSeriesPricedTheSameDayNeverLink() {
        OfferingLinks.Report fixed = report("pricing", 1, "1000000000", 0);
        OfferingLinks.Report other = new OfferingLinks.Report("pricing", 2, OTHER_NOTES, new BigDecimal("1000000000"),
                null, null, null, DAY0);
        OfferingLinks.Report otherClosing = new OfferingLinks.Report("closing", 2, OTHER_NOTES,
                new BigDecimal("1000000000"), null, null, null, DAY0.plusDays(6));
        OfferingLinks.Report fixedClosing = report("closing", 1, "1000000000", 6);

        Map<String, OfferingKey> keys = link(List.of(fixed, other, otherClosing, fixedClosing));

        assertThat(keys.get("closing#1")).isEqualTo(keys.get("pricing#1"));
        assertThat(keys.get("closing#2")).isEqualTo(keys.get("pricing#2")).isNotEqualTo(keys.get("pricing#1"));
    }

    @Test
    void twoRowsOfOneFilingAreNeverOneOffering() {
        Map<String, OfferingKey> keys = link(List.of(report("f", 1, "100000000", 0), report("f", 2, "100500000", 0),
                report("g", 1, "100200000", 5), report("g", 2, "100300000", 5)));

        assertThat(keys.get("f#2")).isNotEqualTo(keys.get("f#1"));
        // g#1 could join either: it joins the offering founded first; g#2 then takes the other
        assertThat(keys.get("g#1")).isEqualTo(keys.get("f#1"));
        assertThat(keys.get("g#2")).isEqualTo(keys.get("f#2"));
    }

    @Test
    void statedMaturityClosingDateAndExemptionMustAgree() {
        LocalDate maturity = LocalDate.of(2024, 7, 1);
        LocalDate closing = LocalDate.of(2016, 6, 21);
        OfferingLinks.Report pricing = new OfferingLinks.Report("p", 1, NOTES, new BigDecimal("300000000"), null, null,
                "Rule 144A", DAY0);
        OfferingLinks.Report agrees = new OfferingLinks.Report("c", 1, NOTES, new BigDecimal("300000000"), maturity,
                closing, null, DAY0.plusDays(7));
        OfferingLinks.Report otherMaturity = new OfferingLinks.Report("m", 1, NOTES, new BigDecimal("300000000"),
                maturity.plusMonths(6), null, null, DAY0.plusDays(8));
        OfferingLinks.Report otherClosing = new OfferingLinks.Report("d", 1, NOTES, new BigDecimal("300000000"), null,
                closing.plusDays(30), null, DAY0.plusDays(40));
        OfferingLinks.Report otherExemption = new OfferingLinks.Report("e", 1, NOTES, new BigDecimal("300000000"), null,
                null, "Regulation S", DAY0.plusDays(9));

        Map<String, OfferingKey> keys = link(List.of(pricing, agrees, otherMaturity, otherClosing, otherExemption));

        assertThat(keys.get("c#1")).isEqualTo(keys.get("p#1"));
        // the offering now has a maturity date and a closing date (from c), which the others contradict
        assertThat(keys.get("m#1")).isNotEqualTo(keys.get("p#1"));
        assertThat(keys.get("d#1")).isNotEqualTo(keys.get("p#1"));
        assertThat(keys.get("e#1")).isNotEqualTo(keys.get("p#1"));
    }

    @Test
    void rowsWithoutAnAmountOrADateLinkToNothing() {
        OfferingLinks.Report launch = report("launch", 1, null, 0);
        OfferingLinks.Report undated = new OfferingLinks.Report("undated", 1, NOTES, new BigDecimal("300000000"), null,
                null, null, null);
        OfferingLinks.Report pricing = report("pricing", 1, "300000000", 1);
        OfferingLinks.Report closing = report("closing", 1, "300000000", 2);

        Map<String, OfferingKey> keys = link(List.of(launch, undated, pricing, closing));

        assertThat(keys.get("launch#1")).isEqualTo(launch.ownKey());
        assertThat(keys.get("undated#1")).isEqualTo(undated.ownKey());
        assertThat(keys.get("closing#1")).isEqualTo(pricing.ownKey());
    }

    @Test
    void theKeysDependOnTheRowsNotOnTheirOrder() {
        List<OfferingLinks.Report> reports = new ArrayList<>(List.of(report("a", 1, "100000000", 0),
                report("b", 1, "100900000", 1), report("c", 1, "101800000", 2), report("d", 1, "100000000", 2),
                report("d", 2, "101000000", 2), report("e", 1, "99500000", 3), report("f", 1, "100000000", 95),
                report("g", 1, null, 4), report("h", 1, "100000000", 100)));
        Map<String, OfferingKey> expected = link(reports);
        Random random = new Random(12);
        for (int i = 0; i < 200; i++) {
            Collections.shuffle(reports, random);
            assertThat(link(reports)).isEqualTo(expected);
        }
    }

    @Test
    void amountsAreComparedInCentsAsTheWarehouseStoresThem() {
        assertThat(new OfferingLinks.Report("a", 1, NOTES, new BigDecimal("1250000.505"), null, null, null, DAY0).amount())
                .isEqualTo(new BigDecimal("1250000.51"));
    }
}
