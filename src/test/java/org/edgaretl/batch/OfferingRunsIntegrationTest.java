package org.edgaretl.batch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import org.edgaretl.load.LoadReport;
import org.edgaretl.load.PostgresAvailable;
import org.edgaretl.load.Warehouses;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.batch.core.BatchStatus;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Real pricing and closing 8-Ks of the same notes (Nuance's 6% senior notes due 2024; Tyson's four series of
 * May 2017), ingested in two nightly runs and loaded into PostgreSQL: one warehouse offering per security sold,
 * reported by both filings; and one run of all four files links them to the same keys on its own.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:offering-runs;DB_CLOSE_DELAY=-1",
        "edgar.chunk-size=1"})
class OfferingRunsIntegrationTest {

    @RegisterExtension
    static final PostgresAvailable PG = new PostgresAvailable("offering_runs");

    private static final String NUANCE_PRICING = "modern/0001193125-16-623923.htm";
    private static final String NUANCE_CLOSING = "modern/0001193125-16-629061.htm";
    private static final String TYSON_PRICING = "modern/0001193125-17-181852.htm";
    private static final String TYSON_CLOSING = "modern/0000950103-17-005328.htm";

    @Autowired
    IngestLauncher launcher;

    @Autowired
    JdbcTemplate store;

    @TempDir
    Path tmp;

    @Test
    void pricingAndClosingInTwoRunsAreOneOfferingEachInTheWarehouse() throws Exception {
        Path pricings = ingest("pricings", NUANCE_PRICING, TYSON_PRICING);
        Path closings = ingest("closings", NUANCE_CLOSING, TYSON_CLOSING);
        // Alone in its run, a row is its offering's first report: no key is shared across the two runs yet.
        assertThat(keys(pricings)).doesNotContainAnyElementsOf(keys(closings));

        load(pricings);
        LoadReport second = load(closings);

        assertThat(second.relinked()).isZero();
        List<String> offerings = offerings();
        assertThat(offerings).containsExactlyInAnyOrder(
                "NUANCE | senior notes | 300000000.00 | 6.0000 | 2016-06-14 | 2016-06-21 | 2",
                "TYSON | senior notes | 300000000.00 | - | 2017-05-23 | 2017-06-02 | 2",
                "TYSON | senior notes | 350000000.00 | - | 2017-05-23 | 2017-06-02 | 2",
                "TYSON | senior notes | 750000000.00 | 4.5500 | 2017-05-23 | 2017-06-02 | 2",
                "TYSON | senior notes | 1350000000.00 | 3.5500 | 2017-05-23 | 2017-06-02 | 2");
        assertThat(load(closings).changedNothing()).as("loading the closing run again").isTrue();

        // One run of all four files links the same rows to the same keys by itself, in its CSV and its store.
        Path together = ingest("together", NUANCE_PRICING, NUANCE_CLOSING, TYSON_PRICING, TYSON_CLOSING);
        List<String> warehouseKeys = warehouseKeys();
        assertThat(rowKeys(together)).containsExactlyInAnyOrderElementsOf(warehouseKeys);
        assertThat(store.queryForList("SELECT filing_id || ' ' || seq || ' ' || offering_key FROM financings "
                + "WHERE filing_id IN (SELECT filing_id FROM filings WHERE source_file LIKE 'modern/%')", String.class))
                .containsExactlyInAnyOrderElementsOf(warehouseKeys);
        assertThat(load(together).changedNothing()).as("the one-run keys equal the warehouse's").isTrue();
    }

    private Path ingest(String name, String... files) throws Exception {
        Path input = JobTestSupport.inputOf(tmp.resolve(name + "-in"), files);
        Path output = tmp.resolve(name);
        assertThat(launcher.ingest(input, output).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        return output;
    }

    private static List<String> keys(Path run) {
        return JobTestSupport.rows(run.resolve("financings.csv")).stream().map(r -> r.get("offering_key")).toList();
    }

    private static List<String> rowKeys(Path run) {
        return JobTestSupport.rows(run.resolve("financings.csv")).stream()
                .map(r -> r.get("filing_id") + " " + r.get("seq") + " " + r.get("offering_key")).toList();
    }

    private static LoadReport load(Path run) throws Exception {
        return Warehouses.loadReport(PG, run);
    }

    private static List<String> offerings() throws SQLException {
        return query("SELECT concat_ws(' | ', upper(split_part(company_name, ' ', 1)), instrument, amount, "
                + "coalesce(interest_rate::text, '-'), first_announced, last_reported, cardinality(filings)) "
                + "FROM warehouse.offerings");
    }

    private static List<String> warehouseKeys() throws SQLException {
        return query("SELECT filing_id || ' ' || seq || ' ' || offering_key FROM warehouse.financings");
    }

    private static List<String> query(String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection c = PG.connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

}
