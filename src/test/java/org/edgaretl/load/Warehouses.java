package org.edgaretl.load;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.edgaretl.cli.EdgarEtlCommand;

/** The warehouse of a test's scratch PostgreSQL database: emptied, and runs loaded into it. */
public final class Warehouses {

    private Warehouses() {
    }

    /** Migrates the warehouse schema and empties every table of it. */
    public static void empty(PostgresAvailable pg) throws SQLException {
        WarehouseSchema.migrate(pg.url(), pg.user(), pg.password());
        try (Connection c = pg.connect(); Statement s = c.createStatement()) {
            s.execute("TRUNCATE warehouse.filings, warehouse.events, warehouse.exhibits, warehouse.financings, "
                    + "warehouse.warnings, warehouse.rejects, warehouse.load_history");
        }
    }

    /** {@code edgar-etl load} of the run, as a user runs it; returns the exit code. */
    public static int load(PostgresAvailable pg, Path run) {
        return EdgarEtlCommand.execute("load", run.toString(), "--db", pg.url(), "--db-user", pg.user(),
                "--db-password", pg.password());
    }

    /** Loads the run through the loader itself and returns what the load did. */
    public static LoadReport loadReport(PostgresAvailable pg, Path run) throws Exception {
        String version = WarehouseSchema.migrate(pg.url(), pg.user(), pg.password());
        try (Connection c = pg.connect()) {
            return WarehouseLoader.load(RunVerifier.verify(run), c, version);
        }
    }
}
