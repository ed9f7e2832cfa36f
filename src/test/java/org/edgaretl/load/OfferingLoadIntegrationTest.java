package org.edgaretl.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.edgaretl.load.WarehouseLoadIntegrationTest.query;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.edgaretl.domain.OfferingKey;
import org.edgaretl.io.Table;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Offerings across runs in the real PostgreSQL: a pricing and its closing loaded in either order end as one
 * offering with the pricing's key, loading a run again changes nothing, and a reprocessed first report that no
 * longer matches leaves the closing an offering of its own.
 */
class OfferingLoadIntegrationTest {

    @RegisterExtension
    static final PostgresAvailable PG = new PostgresAvailable("wh_offer");

    private static final String PRICING = "0000000001-16-000001";
    private static final String CLOSING = "0000000001-16-000002";
    /** The series of 6% senior notes due 2024 of the fixture's issuer (RunFixture's filings have CIK 1). */
    private static final String SERIES = OfferingKey.series("cik:0000000001", "senior notes", "USD", new BigDecimal("6"), 2024);
    private static final String PRICING_KEY = OfferingKey.firstReportedBy(SERIES, PRICING, 1).toString();
    private static final String CLOSING_KEY = OfferingKey.firstReportedBy(SERIES, CLOSING, 1).toString();

    @TempDir
    Path tmp;

    @BeforeEach
    void emptyWarehouse() throws SQLException {
        Warehouses.empty(PG);
    }

    /** A run of one filing with one row of notes, keyed as ingest keys a row that it saw alone. */
    private Path run(String name, String filingId, String filed, String rate, String key, String closingDate)
            throws Exception {
        return new RunFixture()
                .filing(filingId, "Nuance Communications, Inc.", filed)
                .add(Table.FINANCINGS, "filing_id", filingId, "seq", "1", "instrument", "senior notes",
                        "instrument_text", "6.000% Senior Notes due 2024", "amount", "300000000", "currency", "USD",
                        "exemption", "Rule 144A", "interest_rate", rate, "closing_date", closingDate,
                        "evidence", "$300 million of senior notes", "offering_key", key)
                .write(Files.createDirectories(tmp.resolve(name)), name.hashCode());
    }

    private Path pricing() throws Exception {
        return run("pricing", PRICING, "2016-06-14", "6.000", PRICING_KEY, null);
    }

    private Path closing() throws Exception {
        return run("closing", CLOSING, "2016-06-21", "6", CLOSING_KEY, "2016-06-21");
    }

    @Test
    void aPricingAndItsClosingLoadedInEitherOrderAreOneOfferingWithThePricingsKey() throws Exception {
        Path pricing = pricing();
        Path closing = closing();

        assertThat(loadReport(pricing).relinked()).isZero();
        assertThat(loadReport(closing).relinked()).as("the staged closing row takes the key; no other row changes")
                .isZero();
        List<String> inOrder = keys();

        assertThat(inOrder).containsExactly(PRICING + " " + PRICING_KEY, CLOSING + " " + PRICING_KEY);
        try (Connection c = PG.connect()) {
            assertThat(query(c, "SELECT concat_ws(' | ', offering_key, cik, company_name, instrument, amount, currency, "
                    + "interest_rate, exemption, first_announced, last_closing, reports, array_to_string(filings, ',')) "
                    + "FROM warehouse.offerings")).containsExactly(String.join(" | ", PRICING_KEY, "0000000001",
                    "Nuance Communications, Inc.", "senior notes", "300000000.00", "USD", "6.0000", "Rule 144A",
                    "2016-06-14", "2016-06-21", "2", PRICING + "," + CLOSING));
        }

        emptyWarehouse();
        assertThat(loadReport(closing).relinked()).isZero();
        assertThat(keys()).containsExactly(CLOSING + " " + CLOSING_KEY);
        assertThat(loadReport(pricing).relinked()).as("the closing, loaded before, joins the pricing's offering")
                .isEqualTo(1);
        assertThat(keys()).as("the same warehouse whatever the order").isEqualTo(inOrder);
    }

    @Test
    void loadingEitherRunAgainChangesNothing() throws Exception {
        Path pricing = pricing();
        Path closing = closing();
        assertThat(load(pricing)).isZero();
        assertThat(load(closing)).isZero();
        String versions;
        try (Connection c = PG.connect()) {
            versions = WarehouseLoadIntegrationTest.rowVersions(c);
        }

        LoadReport closingAgain = loadReport(closing);
        LoadReport pricingAgain = loadReport(pricing);

        assertThat(closingAgain.changedNothing()).isTrue();
        assertThat(pricingAgain.changedNothing()).isTrue();
        try (Connection c = PG.connect()) {
            assertThat(WarehouseLoadIntegrationTest.rowVersions(c)).as("not a row rewritten").isEqualTo(versions);
            assertThat(query(c, "SELECT reports::text FROM warehouse.offerings")).containsExactly("2");
        }
    }

    @Test
    void aReprocessedPricingOfAnotherRateLeavesTheClosingAnOfferingOfItsOwn() throws Exception {
        assertThat(load(pricing())).isZero();
        assertThat(load(closing())).isZero();
        String series65 = OfferingKey.series("cik:0000000001", "senior notes", "USD", new BigDecimal("6.5"), 2024);
        String repriced = OfferingKey.firstReportedBy(series65, PRICING, 1).toString();

        LoadReport report = loadReport(run("repriced", PRICING, "2016-06-14", "6.5", repriced, null));

        assertThat(report.relinked()).as("the closing row, of a filing not in the run").isEqualTo(1);
        assertThat(keys()).containsExactly(PRICING + " " + repriced, CLOSING + " " + CLOSING_KEY);
        try (Connection c = PG.connect()) {
            assertThat(query(c, "SELECT reports::text FROM warehouse.offerings")).containsExactly("1", "1");
        }
    }

    @Test
    void aKeyThatIngestDoesNotWriteRefusesTheRun() throws Exception {
        Path run = run("odd", PRICING, "2016-06-14", "6", "offering-1", null);

        assertThat(load(run)).isEqualTo(3);
        try (Connection c = PG.connect()) {
            assertThat(query(c, "SELECT COUNT(*)::text FROM warehouse.filings")).containsExactly("0");
        }
    }

    private static List<String> keys() throws SQLException {
        try (Connection c = PG.connect()) {
            return query(c, "SELECT filing_id || ' ' || offering_key FROM warehouse.financings ORDER BY filing_id, seq");
        }
    }

    private static int load(Path run) {
        return Warehouses.load(PG, run);
    }

    private static LoadReport loadReport(Path run) throws Exception {
        return Warehouses.loadReport(PG, run);
    }
}
