package org.edgaretl.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.concurrent.Callable;

import org.edgaretl.load.LoadReport;
import org.edgaretl.load.RunRefusedException;
import org.edgaretl.load.RunVerifier;
import org.edgaretl.load.TableLoad;
import org.edgaretl.load.VerifiedRun;
import org.edgaretl.load.WarehouseLoader;
import org.edgaretl.load.WarehouseSchema;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code load}: checks a completed ingest run's output directory against its manifest and merges its CSV
 * files into the PostgreSQL warehouse in one transaction. Runs without Spring: plain JDBC and Flyway.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Load the CSV files of a completed ingest run into the warehouse (PostgreSQL only).",
                "The run's manifest.json must match its files. Loading a run again changes nothing; loading a "
                        + "reprocessed run updates its filings' rows and removes the rows it no longer has."})
public final class LoadCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RUN_OUTPUT_DIR", description = "output directory of a completed ingest run")
    Path run;

    @Option(names = "--db", required = true, paramLabel = "JDBC_URL",
            description = "the warehouse database, e.g. jdbc:postgresql://127.0.0.1:5432/warehouse")
    String url;

    @Option(names = "--db-user", paramLabel = "USER", description = "database user (default: ${DEFAULT-VALUE})",
            defaultValue = "postgres")
    String user;

    @Option(names = "--db-password", paramLabel = "PASSWORD", description = "database password (default: empty)",
            defaultValue = "")
    String password;

    @Override
    public Integer call() throws Exception {
        if (!url.startsWith("jdbc:postgresql:")) {
            System.err.println("edgar-etl: load supports PostgreSQL only (--db jdbc:postgresql://HOST:PORT/DATABASE), not " + url);
            return ExitCodes.USAGE;
        }
        if (!Files.isDirectory(run)) {
            System.err.println("edgar-etl: run output directory not found: " + run.toAbsolutePath());
            return ExitCodes.CANNOT_START;
        }
        System.out.println("warehouse: " + StoreLocation.describe(url) + ", schema " + WarehouseSchema.SCHEMA);
        long start = System.nanoTime();
        VerifiedRun verified;
        try {
            verified = RunVerifier.verify(run.toAbsolutePath().normalize());
        } catch (RunRefusedException e) {
            System.err.println("edgar-etl: refusing to load: " + e.getMessage());
            return ExitCodes.CANNOT_START;
        }
        long verifiedAt = System.nanoTime();
        quietFlyway();
        String version;
        Connection connection;
        try {
            version = WarehouseSchema.migrate(url, user, password);
            connection = DriverManager.getConnection(url, user, password);
        } catch (SQLException | RuntimeException e) {
            String line = JdbcTarget.of(url).explain(e).orElseGet(() -> "cannot open the warehouse "
                    + StoreLocation.describe(url) + ": " + EdgarEtlCommand.oneLine(e));
            throw new CommandFailure(line, ExitCodes.CANNOT_START, e);
        }
        try (connection) {
            LoadReport report = WarehouseLoader.load(verified, connection, version);
            for (TableLoad table : report.tables()) {
                System.out.println(table.line());
            }
            if (report.relinked() > 0) {
                System.out.printf("  %-10s %8d rows of other filings linked to this run's offerings%n", "offerings",
                        report.relinked());
            }
            System.out.printf("  (before the load transaction: manifest check %.2f s, schema migration and connection %.2f s)%n",
                    (verifiedAt - start) / 1e9, (System.nanoTime() - verifiedAt - report.nanos()) / 1e9);
            System.out.println(report.summary());
            return ExitCodes.OK;
        } catch (RunRefusedException e) {
            System.err.println("edgar-etl: refusing to load: " + e.getMessage());
            return ExitCodes.CANNOT_START;
        } catch (SQLException e) {
            System.err.println("edgar-etl: the load failed and was rolled back, the warehouse is unchanged: "
                    + EdgarEtlCommand.oneLine(e));
            return ExitCodes.JOB_FAILED;
        }
    }

    /** Flyway reports every step at INFO; an operator of {@code load} needs only its warnings, on stderr. */
    private static void quietFlyway() {
        StderrConsole.retarget();
        if (org.slf4j.LoggerFactory.getLogger("org.flywaydb") instanceof ch.qos.logback.classic.Logger flyway) {
            flyway.setLevel(ch.qos.logback.classic.Level.WARN);
        }
    }
}
