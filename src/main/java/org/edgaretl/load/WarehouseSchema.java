package org.edgaretl.load;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Creates and migrates the warehouse tables with Flyway, from {@code db/warehouse}, in their own schema and
 * with their own history table, independent of the ingest store's migrations.
 */
public final class WarehouseSchema {

    public static final String SCHEMA = "warehouse";
    public static final String HISTORY_TABLE = "warehouse_schema_history";

    private WarehouseSchema() {
    }

    /** Migrates the warehouse to the newest version and returns that version. */
    public static String migrate(String url, String user, String password) {
        Flyway flyway = Flyway.configure()
                .dataSource(url, user, password)
                .locations("classpath:db/warehouse")
                .schemas(SCHEMA)
                .defaultSchema(SCHEMA)
                .createSchemas(true)
                .table(HISTORY_TABLE)
                .load();
        MigrateResult result = flyway.migrate();
        // The result names the version reached (or, with nothing to apply, the current one): no second query.
        return result.targetSchemaVersion != null ? result.targetSchemaVersion : result.initialSchemaVersion;
    }
}
