package org.edgaretl.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.edgaretl.domain.FieldSource;
import org.edgaretl.domain.Filing;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The migrations that append the warehouse-habit columns fill them in for rows written before, as the job
 * derives them for new rows: the H2 and PostgreSQL ingest stores (V3) and the warehouse (V2).
 */
class MigrationBackfillIntegrationTest {

    @RegisterExtension
    static final PostgresAvailable PG = new PostgresAvailable("migration");

    private static final String ACCESSION = "0000950123-11-091518";
    private static final String EXPECTED = "1001258 " + new Filing(ACCESSION, ACCESSION, "0001001258", null, null, null,
            null, null, null, null, null, null, null, null, null, "a.txt", "ab".repeat(32), FieldSource.SEC_HEADER,
            FieldSource.SEC_HEADER).sourceUrl() + " 2.02;9.01";

    @TempDir
    java.nio.file.Path tmp;

    @Test
    void theH2StoreBackfillsCikUrlAndItems() throws Exception {
        String url = "jdbc:h2:file:" + tmp.resolve("store");
        assertBackfilled(flyway(url, "sa", "classpath:db/migration/h2", null), () -> DriverManager.getConnection(url, "sa", ""), "");
    }

    @Test
    void thePostgresStoreBackfillsCikUrlAndItems() throws Exception {
        assertBackfilled(flyway(PG.url(), PG.user(), "classpath:db/migration/postgresql", "store"), PG::connect, "store.");
    }

    @Test
    void theWarehouseBackfillsCikUrlAndItems() throws Exception {
        assertBackfilled(flyway(PG.url(), PG.user(), "classpath:db/warehouse", "wh"), PG::connect, "wh.");
    }

    private interface Connect {
        Connection get() throws SQLException;
    }

    private static org.flywaydb.core.api.configuration.FluentConfiguration flyway(String url, String user, String location,
                                                                                  String schema) {
        var configuration = Flyway.configure().dataSource(url, user, schema == null ? "" : PG.password())
                .locations(location);
        return schema == null ? configuration : configuration.schemas(schema).defaultSchema(schema).createSchemas(true);
    }

    private static void assertBackfilled(org.flywaydb.core.api.configuration.FluentConfiguration configuration,
                                         Connect connect, String schema) throws Exception {
        boolean warehouse = configuration.getLocations()[0].getDescriptor().contains("warehouse");
        configuration.target(warehouse ? "1" : "2").load().migrate();
        try (Connection c = connect.get(); Statement s = c.createStatement()) {
            s.execute("INSERT INTO " + schema + "filings (filing_id, accession_number, cik, source_file, source_sha256) "
                    + "VALUES ('" + ACCESSION + "', '" + ACCESSION + "', '0001001258', 'a.txt', '" + "ab".repeat(32) + "'), "
                    + "('sha256:0123456789abcdef', NULL, NULL, 'b.txt', '" + "cd".repeat(32) + "')");
            s.execute("INSERT INTO " + schema + "events (filing_id, item_code, regime, reported) VALUES "
                    + "('" + ACCESSION + "', '9.01', '2004+', TRUE), ('" + ACCESSION + "', '2.02', '2004+', TRUE), "
                    + "('" + ACCESSION + "', '8.01', '2004+', FALSE)");
        }
        configuration.target("latest").load().migrate();
        try (Connection c = connect.get()) {
            assertThat(WarehouseLoadIntegrationTest.query(c, "SELECT CAST(cik_int AS VARCHAR(20)) || ' ' || source_url || ' ' "
                    + "|| items FROM " + schema + "filings WHERE cik IS NOT NULL")).containsExactly(EXPECTED);
            assertThat(WarehouseLoadIntegrationTest.query(c, "SELECT COALESCE(CAST(cik_int AS VARCHAR(20)), '-') || "
                    + "COALESCE(source_url, '-') || COALESCE(items, '-') FROM " + schema + "filings WHERE cik IS NULL"))
                    .containsExactly("---");
            assertThat(WarehouseLoadIntegrationTest.query(c, "SELECT COUNT(*) FROM " + schema + "financings WHERE maturity_text IS NULL"))
                    .containsExactly("0");
        }
    }
}
