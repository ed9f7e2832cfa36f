package org.edgaretl.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.edgaretl.io.RunManifest;
import org.edgaretl.io.Table;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code load} against the real PostgreSQL: typed rows, idempotent reloads, reprocessed runs, refused runs. */
class WarehouseLoadIntegrationTest {

    @RegisterExtension
    static final PostgresAvailable PG = new PostgresAvailable("wh_load");

    @TempDir
    Path tmp;

    @BeforeEach
    void emptyWarehouse() throws SQLException {
        Warehouses.empty(PG);
    }

    /** Two filings with children of every kind, one reject, and cells the formula guard quotes. */
    private static RunFixture original() {
        return new RunFixture()
                .filing("0000000001-25-000001", "Alpha Corp", "2025-03-04")
                .filing("0000000001-25-000002", "=HYPERLINK(\"x\")", "2025-03-05")
                .add(Table.EVENTS, "filing_id", "0000000001-25-000001", "item_code", "1.01", "regime", "2004+",
                        "title", "Entry into a Material Definitive Agreement", "reported", "true",
                        "text", "The Company entered into\r\nan agreement.")
                .add(Table.EVENTS, "filing_id", "0000000001-25-000001", "item_code", "3.02", "regime", "2004+",
                        "reported", "true", "text", "-see Item 1.01")
                .add(Table.EVENTS, "filing_id", "0000000001-25-000002", "item_code", "8.01", "regime", "2004+",
                        "reported", "false")
                .add(Table.EXHIBITS, "filing_id", "0000000001-25-000001", "exhibit_number", "10.1", "description", "Note")
                .add(Table.EXHIBITS, "filing_id", "0000000001-25-000001", "exhibit_number", "99.1", "description", "Press")
                .add(Table.EXHIBITS, "filing_id", "0000000001-25-000002", "exhibit_number", "99.1", "description", "@risk")
                .add(Table.FINANCINGS, "filing_id", "0000000001-25-000001", "seq", "1", "instrument", "convertible notes",
                        "amount", "5000000", "currency", "USD", "exemption", "Regulation D", "interest_rate", "8.5",
                        "maturity_date", "2027-03-04", "evidence", "$5,000,000 of 8.5% convertible notes")
                .add(Table.FINANCINGS, "filing_id", "0000000001-25-000002", "seq", "1", "instrument", "common stock",
                        "amount", "1250000.5", "currency", "USD", "evidence", "+1,250,000.50 of common stock")
                .add(Table.WARNINGS, "filing_id", "0000000001-25-000001", "field", "company_name",
                        "chosen_value", "Alpha Corp", "other_value", "ALPHA CORP", "source", "header")
                .add(Table.WARNINGS, "filing_id", "0000000001-25-000002", "field", "report_date", "source", "cover")
                .add(Table.REJECTS, "source_file", "broken.txt", "stage", "parse", "reason_code", "no_documents",
                        "message", "broken.txt: no documents")
                .set(Table.FILINGS, "0000000001-25-000001", "items", "1.01;3.02")
                .set(Table.FINANCINGS, "0000000001-25-000001", "maturity_text", "March 4, 2027");
    }

    @Test
    void aRunOfTheFirstReleaseLoadsWithTheNewFilingColumnsDerivedAsTheJobDerivesThem() throws Exception {
        Path current = original().write(Files.createDirectories(tmp.resolve("current")), 7);
        assertThat(load(current)).isZero();
        List<String> expected;
        try (Connection c = PG.connect()) {
            expected = query(c, "SELECT t::text FROM warehouse.filings t ORDER BY filing_id");
            assertThat(query(c, "SELECT cik_int::text || ' ' || coalesce(items, '-') FROM warehouse.filings ORDER BY filing_id"))
                    .containsExactly("1 1.01;3.02", "1 -");
            assertThat(query(c, "SELECT maturity_text FROM warehouse.financings WHERE maturity_date IS NOT NULL"))
                    .containsExactly("March 4, 2027");
            c.createStatement().execute("TRUNCATE warehouse.filings, warehouse.events, warehouse.exhibits, "
                    + "warehouse.financings, warehouse.warnings, warehouse.rejects, warehouse.load_history");
        }

        Path old = original().writeAsFirstRelease(Files.createDirectories(tmp.resolve("old")), 5);
        assertThat(Files.readString(old.resolve("filings.csv"))).startsWith(
                String.join(",", Table.FILINGS.columnNames().subList(0, 17)) + "\r\n");
        assertThat(Files.readString(old.resolve(RunManifest.FILE_NAME))).contains("\"manifestVersion\": 1");

        assertThat(load(old)).isZero();

        try (Connection c = PG.connect()) {
            assertThat(query(c, "SELECT t::text FROM warehouse.filings t ORDER BY filing_id")).isEqualTo(expected);
            assertThat(query(c, "SELECT coalesce(maturity_text, 'NULL') FROM warehouse.financings ORDER BY filing_id"))
                    .as("not derivable: left empty").containsExactly("NULL", "NULL");
        }
    }

    @Test
    void loadsEveryFileIntoTypedTablesAndUndoesTheFormulaGuard() throws Exception {
        Path run = original().write(Files.createDirectories(tmp.resolve("run")), 7);
        assertThat(Files.readString(run.resolve("filings.csv"))).contains("'=HYPERLINK");

        assertThat(load(run)).isZero();

        try (Connection c = PG.connect()) {
            assertThat(counts(c)).containsExactly(Map.entry("filings", 2L), Map.entry("events", 3L),
                    Map.entry("exhibits", 3L), Map.entry("financings", 2L), Map.entry("warnings", 2L),
                    Map.entry("rejects", 1L));
            try (Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT f.company_name, f.filed_date, n.amount, n.interest_rate, "
                         + "n.maturity_date, n.evidence FROM warehouse.financings n JOIN warehouse.filings f USING "
                         + "(filing_id) ORDER BY filing_id")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("Alpha Corp");
                assertThat(rs.getObject(2)).isEqualTo(Date.valueOf(LocalDate.of(2025, 3, 4)));
                assertThat(rs.getBigDecimal(3)).isEqualByComparingTo(new BigDecimal("5000000"));
                assertThat(rs.getBigDecimal(4)).isEqualByComparingTo(new BigDecimal("8.5"));
                assertThat(rs.getObject(5)).isEqualTo(Date.valueOf(LocalDate.of(2027, 3, 4)));
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("=HYPERLINK(\"x\")");
                assertThat(rs.getBigDecimal(3)).isEqualByComparingTo(new BigDecimal("1250000.50"));
                assertThat(rs.getString(6)).isEqualTo("+1,250,000.50 of common stock");
            }
            assertThat(query(c, "SELECT text FROM warehouse.events WHERE item_code = '1.01'"))
                    .containsExactly("The Company entered into\r\nan agreement.");
            assertThat(query(c, "SELECT text FROM warehouse.events WHERE item_code = '3.02'")).containsExactly("-see Item 1.01");
            assertThat(query(c, "SELECT reported::text || coalesce(title, 'NULL') FROM warehouse.events WHERE item_code = '8.01'"))
                    .containsExactly("falseNULL");
            assertThat(query(c, "SELECT description FROM warehouse.exhibits WHERE filing_id = '0000000001-25-000002'"))
                    .containsExactly("@risk");
            assertThat(query(c, "SELECT job_execution_id::text FROM warehouse.load_history")).containsExactly("7");
            assertThat(query(c, "SELECT data_type FROM information_schema.columns WHERE table_schema = 'warehouse' "
                    + "AND table_name = 'financings' AND column_name IN ('amount', 'maturity_date') ORDER BY column_name"))
                    .containsExactly("numeric", "date");
        }
    }

    @Test
    void loadingTheSameRunAgainChangesNothing() throws Exception {
        Path run = original().write(Files.createDirectories(tmp.resolve("run")), 7);
        assertThat(load(run)).isZero();
        Map<String, Long> counts;
        Map<String, String> checksums;
        String rowVersions;
        try (Connection c = PG.connect()) {
            counts = counts(c);
            checksums = checksums(c);
            rowVersions = rowVersions(c);
        }

        LoadReport again = loadReport(run);

        assertThat(again.changedNothing()).isTrue();
        assertThat(again.loadedBefore()).isTrue();
        try (Connection c = PG.connect()) {
            assertThat(counts(c)).isEqualTo(counts);
            assertThat(checksums(c)).isEqualTo(checksums);
            // Not even rewritten with equal values: every row is the same tuple version as before.
            assertThat(rowVersions(c)).isEqualTo(rowVersions);
            assertThat(query(c, "SELECT COUNT(*)::text FROM warehouse.load_history")).containsExactly("1");
        }
    }

    @Test
    void aReprocessedRunUpdatesChangedRowsAndRemovesDroppedOnesOfItsFilingsOnly() throws Exception {
        assertThat(load(original().write(Files.createDirectories(tmp.resolve("run1")), 7))).isZero();
        Map<String, String> otherFiling;
        try (Connection c = PG.connect()) {
            otherFiling = filingRows(c, "0000000001-25-000002");
        }
        // Reprocessing the first filing: new amount, one exhibit and the warning gone, a new event, and the
        // previously rejected file now read as that filing's source.
        Path run2 = Files.createDirectories(tmp.resolve("run2"));
        new RunFixture()
                .add(Table.FILINGS, "filing_id", "0000000001-25-000001", "accession_number", "0000000001-25-000001",
                        "cik", "0000000001", "company_name", "Alpha Corporation", "form_type", "8-K",
                        "filed_date", "2025-03-04", "source_file", "broken.txt", "source_sha256", "cd".repeat(32))
                .add(Table.EVENTS, "filing_id", "0000000001-25-000001", "item_code", "1.01", "regime", "2004+",
                        "title", "Entry into a Material Definitive Agreement", "reported", "true",
                        "text", "The Company entered into\r\nan agreement.")
                .add(Table.EVENTS, "filing_id", "0000000001-25-000001", "item_code", "3.02", "regime", "2004+",
                        "reported", "true", "text", "-see Item 1.01")
                .add(Table.EVENTS, "filing_id", "0000000001-25-000001", "item_code", "9.01", "regime", "2004+",
                        "reported", "true")
                .add(Table.EXHIBITS, "filing_id", "0000000001-25-000001", "exhibit_number", "10.1", "description", "Note")
                .add(Table.FINANCINGS, "filing_id", "0000000001-25-000001", "seq", "1", "instrument", "convertible notes",
                        "amount", "6000000", "currency", "USD", "exemption", "Regulation D", "interest_rate", "8.5",
                        "maturity_date", "2027-03-04", "evidence", "$6,000,000 of 8.5% convertible notes")
                .write(run2, 8);

        LoadReport report = loadReport(run2);

        assertThat(report.tables()).extracting(t -> t.table().tableName() + " +" + t.inserted() + " ~" + t.updated()
                + " -" + t.deleted()).containsExactly("filings +0 ~1 -0", "events +1 ~0 -0", "exhibits +0 ~0 -1",
                "financings +0 ~1 -0", "warnings +0 ~0 -1", "rejects +0 ~0 -1");
        try (Connection c = PG.connect()) {
            assertThat(query(c, "SELECT company_name || ' ' || source_file FROM warehouse.filings "
                    + "WHERE filing_id = '0000000001-25-000001'")).containsExactly("Alpha Corporation broken.txt");
            assertThat(query(c, "SELECT item_code FROM warehouse.events WHERE filing_id = '0000000001-25-000001' "
                    + "ORDER BY item_code")).containsExactly("1.01", "3.02", "9.01");
            assertThat(query(c, "SELECT exhibit_number FROM warehouse.exhibits WHERE filing_id = '0000000001-25-000001'"))
                    .containsExactly("10.1");
            assertThat(query(c, "SELECT amount::text FROM warehouse.financings WHERE filing_id = '0000000001-25-000001'"))
                    .containsExactly("6000000.00");
            assertThat(query(c, "SELECT COUNT(*)::text FROM warehouse.warnings WHERE filing_id = '0000000001-25-000001'"))
                    .containsExactly("0");
            assertThat(query(c, "SELECT COUNT(*)::text FROM warehouse.rejects")).containsExactly("0");
            assertThat(filingRows(c, "0000000001-25-000002")).as("a filing not in the run").isEqualTo(otherFiling);
            assertThat(query(c, "SELECT COUNT(*)::text FROM warehouse.load_history")).containsExactly("2");
        }
    }

    @Test
    void aRunThatDoesNotMatchItsManifestIsRefusedAndNothingChanges() throws Exception {
        Path run = original().write(Files.createDirectories(tmp.resolve("run")), 7);
        assertThat(load(run)).isZero();
        Map<String, String> before;
        try (Connection c = PG.connect()) {
            before = checksums(c);
        }
        Path financings = run.resolve("financings.csv");
        String manifest = Files.readString(run.resolve(RunManifest.FILE_NAME));

        Files.writeString(financings, Files.readString(financings).replace("5000000", "9000000"));
        assertThat(load(run)).as("a changed CSV").isEqualTo(3);

        RunFixture.manifest(run, 7);
        Files.writeString(run.resolve(RunManifest.FILE_NAME), manifest.substring(0, manifest.length() / 2));
        assertThat(load(run)).as("a truncated manifest").isEqualTo(3);

        Files.delete(run.resolve(RunManifest.FILE_NAME));
        assertThat(load(run)).as("no manifest").isEqualTo(3);

        try (Connection c = PG.connect()) {
            assertThat(checksums(c)).isEqualTo(before);
        }
    }

    private static int load(Path run) {
        return Warehouses.load(PG, run);
    }

    private static LoadReport loadReport(Path run) throws Exception {
        return Warehouses.loadReport(PG, run);
    }

    static Map<String, Long> counts(Connection c) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Table table : Table.values()) {
            counts.put(table.tableName(), Long.valueOf(query(c, "SELECT COUNT(*) FROM warehouse." + table.tableName()).get(0)));
        }
        return counts;
    }

    /** An md5 of each table's whole contents, in a stable order. */
    static Map<String, String> checksums(Connection c) throws SQLException {
        Map<String, String> sums = new LinkedHashMap<>();
        for (Table table : Table.values()) {
            sums.put(table.tableName(), query(c, "SELECT md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) "
                    + "FROM warehouse." + table.tableName() + " t").get(0));
        }
        return sums;
    }

    static String rowVersions(Connection c) throws SQLException {
        StringBuilder versions = new StringBuilder();
        for (Table table : Table.values()) {
            versions.append(query(c, "SELECT coalesce(string_agg(xmin::text || ctid::text, ',' ORDER BY ctid), '') FROM warehouse."
                    + table.tableName()).get(0)).append(';');
        }
        return versions.toString();
    }

    private static Map<String, String> filingRows(Connection c, String filingId) throws SQLException {
        Map<String, String> rows = new LinkedHashMap<>();
        for (Table table : List.of(Table.FILINGS, Table.EVENTS, Table.EXHIBITS, Table.FINANCINGS, Table.WARNINGS)) {
            rows.put(table.tableName(), query(c, "SELECT coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '') FROM warehouse."
                    + table.tableName() + " t WHERE filing_id = '" + filingId + "'").get(0));
        }
        return rows;
    }

    static List<String> query(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
