package org.edgaretl.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;

import org.edgaretl.domain.OfferingKey;
import org.edgaretl.io.Column;
import org.edgaretl.io.RunManifest;
import org.edgaretl.io.Table;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Loads a verified run into the PostgreSQL warehouse, in one transaction: each CSV file is COPYed into a
 * raw staging table, converted to the warehouse types in a typed staging table, and merged into the final
 * table on its natural key. Rows equal to the warehouse's are left alone (so loading a run again changes
 * nothing), changed rows are updated, new rows inserted, and the child rows of the run's filings that the
 * run no longer has are deleted; filings absent from the run are not touched, except that their financings
 * rows take a new offering key when the run's rows join or leave their offering ({@link OfferingRelinker}).
 *
 * <p>Cells that the CSV formula guard prefixed with {@code '} (a {@code '} followed by {@code = + - @}, tab
 * or carriage return) get the quote removed when the run's manifest says the guard was on.
 */
public final class WarehouseLoader {

    /** Serializes concurrent loads into one warehouse (an arbitrary, fixed advisory lock key). */
    private static final long LOAD_LOCK = 0x6564676172L;
    private static final String W = WarehouseSchema.SCHEMA + ".";
    private static final List<Table> CHILDREN = List.of(Table.EVENTS, Table.EXHIBITS, Table.FINANCINGS, Table.WARNINGS);

    private WarehouseLoader() {
    }

    /**
     * @param connection a connection to the warehouse, migrated by {@link WarehouseSchema}; its auto-commit
     *                   is turned off, and the load is committed or rolled back before this returns
     */
    public static LoadReport load(VerifiedRun run, Connection connection, String warehouseVersion)
            throws SQLException, IOException, RunRefusedException {
        long start = System.nanoTime();
        connection.setAutoCommit(false);
        try {
            execute(connection, "SELECT pg_advisory_xact_lock(" + LOAD_LOCK + ")");
            for (Table table : Table.values()) {
                stage(connection, run, table);
            }
            deriveAbsentColumns(connection, run);
            long relinked = OfferingRelinker.relink(connection);
            List<TableLoad> loads = new ArrayList<>();
            for (Table table : Table.values()) {
                loads.add(merge(connection, table));
            }
            boolean loadedBefore = record(connection, run, loads);
            connection.commit();
            return new LoadReport(run, warehouseVersion, loads, relinked, loadedBefore, System.nanoTime() - start);
        } catch (SQLException | IOException | RunRefusedException | RuntimeException e) {
            connection.rollback();
            throw e;
        }
    }

    private static void stage(Connection connection, VerifiedRun run, Table table)
            throws SQLException, IOException, RunRefusedException {
        String raw = "pg_temp.raw_" + table.tableName();
        List<String> present = run.columnsOf(table);
        String columns = String.join(", ", present);
        execute(connection, "CREATE TEMP TABLE raw_" + table.tableName() + " ("
                + present.stream().map(c -> c + " TEXT").collect(Collectors.joining(", "))
                + ") ON COMMIT DROP");
        Path csv = run.directory().resolve(table.fileName());
        RunManifest.FileEntry listed = run.manifest().file(table.fileName()).orElseThrow();
        MessageDigest sha256 = RunManifest.sha256();
        long copied;
        try (InputStream in = new DigestInputStream(Files.newInputStream(csv), sha256)) {
            CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
            copied = copy.copyIn("COPY " + raw + " (" + columns + ") FROM STDIN WITH (FORMAT csv, HEADER true)", in);
        }
        // The file was verified before the transaction began; this catches a change in between.
        String digest = HexFormat.of().formatHex(sha256.digest());
        if (copied != listed.rows() || !digest.equalsIgnoreCase(listed.sha256())) {
            throw new RunRefusedException(csv + " changed while it was being loaded (" + copied + " rows, sha256 "
                    + digest + "; " + RunManifest.FILE_NAME + " says " + listed.rows() + " rows, " + listed.sha256() + ")");
        }
        execute(connection, "CREATE TEMP TABLE stage_" + table.tableName() + " (LIKE " + W + table.tableName()
                + ") ON COMMIT DROP");
        execute(connection, "INSERT INTO pg_temp.stage_" + table.tableName() + " (" + columns + ") SELECT "
                + table.columns().stream().filter(c -> present.contains(c.name()))
                .map(c -> typed(c, run.manifest().csvFormulaGuard()))
                .collect(Collectors.joining(", ")) + " FROM " + raw);
        // Temporary tables are never auto-analyzed; without statistics a large run gets poor merge plans.
        execute(connection, "ANALYZE pg_temp.stage_" + table.tableName());
        if (table != Table.WARNINGS) {
            refuseDuplicateKeys(connection, table);
        }
        if (table == Table.FINANCINGS) {
            refuseMalformedOfferingKeys(connection, csv);
        }
    }

    private static void refuseMalformedOfferingKeys(Connection connection, Path csv) throws SQLException, RunRefusedException {
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT filing_id, seq, offering_key FROM pg_temp.stage_financings WHERE "
                     + "offering_key !~ '^[0-9a-f]{" + OfferingKey.SERIES_LENGTH + "}-[0-9a-f]{"
                     + OfferingKey.OFFERING_LENGTH + "}$' LIMIT 1")) {
            if (rs.next()) {
                throw new RunRefusedException(csv + ": the row (" + rs.getString(1) + ", " + rs.getInt(2)
                        + ") has the offering_key '" + rs.getString(3) + "', which edgar-etl does not write "
                        + "(16 and 12 lower-case hex digits joined by '-'); ingest the filings again");
            }
        }
    }

    /** The SQL that turns a raw CSV cell into the column's value: guard quote undone, empty cell as NULL, cast. */
    private static String typed(Column column, boolean formulaGuard) {
        String cell = formulaGuard
                ? "CASE WHEN " + column.name() + " ~ '^''[-=+@\\t\\r]' THEN substr(" + column.name() + ", 2) ELSE "
                + column.name() + " END"
                : column.name();
        String value = "NULLIF(" + cell + ", '')";
        return switch (column.type()) {
            case TEXT -> value;
            case DATE -> value + "::date";
            case DECIMAL -> value + "::numeric";
            case INTEGER -> value + "::integer";
            case BIGINT -> value + "::bigint";
            case BOOLEAN -> value + "::boolean";
        };
    }

    /**
     * A run of an earlier release lacks the filings columns appended since: they are derived from the run's own
     * rows, as the ingest job derives them ({@code Filing.cikNumber}, {@code sourceUrl},
     * {@code ExtractedFiling.reportedItems}), so an old run loads to the same warehouse rows as a new one.
     * Columns that cannot be derived ({@code financings.maturity_text}) stay empty.
     */
    private static void deriveAbsentColumns(Connection connection, VerifiedRun run) throws SQLException {
        List<String> present = run.columnsOf(Table.FILINGS);
        if (!present.contains("cik_int")) {
            execute(connection, "UPDATE pg_temp.stage_filings SET cik_int = cik::bigint WHERE cik ~ '^[0-9]{1,18}$'");
        }
        if (!present.contains("source_url")) {
            execute(connection, "UPDATE pg_temp.stage_filings SET source_url = " + SOURCE_URL_SQL
                    + " WHERE cik ~ '^[0-9]{1,18}$' AND accession_number IS NOT NULL");
        }
        if (!present.contains("items")) {
            execute(connection, "UPDATE pg_temp.stage_filings f SET items = (SELECT string_agg(e.item_code, ';' "
                    + "ORDER BY e.item_code::numeric) FROM (SELECT DISTINCT item_code FROM pg_temp.stage_events x "
                    + "WHERE x.filing_id = f.filing_id AND x.reported) e)");
        }
    }

    /** {@code Filing.sourceUrl} in SQL, over columns {@code cik} and {@code accession_number}. */
    static final String SOURCE_URL_SQL = "'https://www.sec.gov/Archives/edgar/data/' || (cik::bigint)::text || '/' "
            + "|| replace(accession_number, '-', '') || '/' || accession_number || '-index.htm'";

    private static void refuseDuplicateKeys(Connection connection, Table table) throws SQLException {
        String key = String.join(", ", key(table));
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + key + " FROM pg_temp.stage_" + table.tableName()
                     + " GROUP BY " + key + " HAVING COUNT(*) > 1 LIMIT 1")) {
            if (rs.next()) {
                List<String> values = new ArrayList<>();
                for (int i = 1; i <= key(table).size(); i++) {
                    values.add(rs.getString(i));
                }
                throw new SQLException(table.fileName() + " has more than one row with (" + key + ") = " + values);
            }
        }
    }

    private static TableLoad merge(Connection connection, Table table) throws SQLException {
        String target = W + table.tableName();
        String stage = "pg_temp.stage_" + table.tableName();
        List<String> key = key(table);
        List<String> values = table.columnNames().stream().filter(c -> !key.contains(c)).toList();
        String match = match(table, "x", "s");
        long staged = count(connection, stage);

        long deleted = 0;
        if (CHILDREN.contains(table)) {
            deleted = update(connection, "DELETE FROM " + target + " x WHERE x.filing_id IN (SELECT filing_id FROM "
                    + "pg_temp.stage_filings) AND NOT EXISTS (SELECT 1 FROM " + stage + " s WHERE " + match + ")");
        } else if (table == Table.REJECTS) {
            // A file rejected before that now yields a filing is no longer a reject.
            deleted = update(connection, "DELETE FROM " + target + " x WHERE x.source_file IN (SELECT source_file FROM "
                    + "pg_temp.stage_filings) AND NOT EXISTS (SELECT 1 FROM " + stage + " s WHERE " + match + ")");
        }
        long updated = 0;
        if (!values.isEmpty()) {
            updated = update(connection, "UPDATE " + target + " x SET "
                    + values.stream().map(c -> c + " = s." + c).collect(Collectors.joining(", "))
                    + " FROM " + stage + " s WHERE " + match
                    + " AND ROW(" + prefixed("x", values) + ") IS DISTINCT FROM ROW(" + prefixed("s", values) + ")");
        }
        String columns = String.join(", ", table.columnNames());
        long inserted = update(connection, "INSERT INTO " + target + " (" + columns + ") SELECT "
                + (table == Table.WARNINGS ? "DISTINCT " : "") + prefixed("s", table.columnNames()) + " FROM " + stage
                + " s WHERE NOT EXISTS (SELECT 1 FROM " + target + " x WHERE " + match + ")");
        return new TableLoad(table, staged, inserted, updated, deleted);
    }

    /** The warehouse's natural key: the table's key, except that a warning is identified by its whole row. */
    static List<String> key(Table table) {
        return table == Table.WARNINGS ? table.columnNames() : table.key();
    }

    private static String match(Table table, String a, String b) {
        // Key columns are NOT NULL except in warnings, whose optional columns must match NULL to NULL.
        String op = table == Table.WARNINGS ? " IS NOT DISTINCT FROM " : " = ";
        return key(table).stream().map(c -> a + "." + c + op + b + "." + c).collect(Collectors.joining(" AND "));
    }

    private static String prefixed(String alias, List<String> columns) {
        return columns.stream().map(c -> alias + "." + c).collect(Collectors.joining(", "));
    }

    /** Records the run in {@code load_history}; returns whether it had been loaded before. */
    private static boolean record(Connection connection, VerifiedRun run, List<TableLoad> loads) throws SQLException {
        RunManifest m = run.manifest();
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + W + "load_history (manifest_sha256, "
                + "job_execution_id, tool_version, schema_version, run_output, rows_staged) VALUES (?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (manifest_sha256) DO NOTHING")) {
            insert.setString(1, run.manifestSha256());
            insert.setLong(2, m.jobExecutionId());
            insert.setString(3, m.toolVersion());
            insert.setString(4, m.schemaVersion());
            insert.setString(5, m.output());
            insert.setLong(6, loads.stream().mapToLong(TableLoad::staged).sum());
            return insert.executeUpdate() == 0;
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long update(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            return s.executeLargeUpdate(sql);
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement s = connection.createStatement()) {
            s.execute(sql);
        }
    }
}
