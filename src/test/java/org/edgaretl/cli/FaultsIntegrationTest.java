package org.edgaretl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.edgaretl.io.Table;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults on the real jar, each followed by the same command run again, compared with one uninterrupted run
 * of the same input: SIGKILL at random moments (several times over one run), the database going away
 * mid-run (PostgreSQL connections refused and terminated), and a full disk under the CSV files (a tmpfs half
 * the size of the outputs). Each failure must end the process with a clear message, and the rerun must leave outputs identical
 * to the clean run: no row lost, no row duplicated. Kills: {@code -Dedgar.chaos.kills=N} (default 3),
 * {@code -Dedgar.chaos.seed=S}; {@code jobs/chaos.sh} runs more.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIntegrationTest {

    private static final int FILES = 100;
    private static final int KILLS = Integer.getInteger("edgar.chaos.kills", 3);
    private static final long SEED = Long.getLong("edgar.chaos.seed", 8_462L);
    private static final String PG = "jdbc:postgresql://127.0.0.1:5432/";

    @TempDir
    static Path shared;
    static Path input;
    static Path clean;
    static long cleanMillis;

    @TempDir
    Path tmp;

    @BeforeAll
    static void cleanRun() throws Exception {
        input = shared.resolve("input");
        writeDistinctCopiesOfTheSeed(input);
        clean = Files.createDirectories(shared.resolve("clean"));
        long start = System.nanoTime();
        assertThat(JarProcess.run(clean, shared.resolve("clean.log"), h2(clean), 300,
                "ingest", "--input", input.toString(), "--output", "out")).isZero();
        cleanMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    }

    @Test
    @Order(1)
    void killedAtRandomMomentsOverAndOverTheRerunsEndWithTheCleanOutputs() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("chaos"));
        Random random = new Random(SEED);
        List<String> kills = new ArrayList<>();
        for (int k = 1; k <= KILLS; k++) {
            Process victim = JarProcess.start(dir, tmp.resolve("kill-" + k + ".log"), h2(dir),
                    "ingest", "--input", input.toString(), "--output", "out");
            String when;
            if (random.nextBoolean()) {
                // anywhere from JVM start-up through schema migration to the last chunk's commit
                long after = (long) (random.nextDouble() * cleanMillis);
                victim.waitFor(after, TimeUnit.MILLISECONDS);
                when = after + " ms after start";
            } else {
                // in the middle of the step: after a random number of rows, plus a few milliseconds into the next chunk
                long done = JarProcess.filingRows(dir.resolve("out"));
                long rows = done + 1 + random.nextInt((int) Math.max(1, FILES - done - 1));
                awaitRows(victim, dir.resolve("out"), rows);
                victim.waitFor(random.nextInt(30), TimeUnit.MILLISECONDS);
                when = "at row " + rows;
            }
            if (!victim.isAlive()) {
                kills.add("run " + k + " finished before its kill " + when);
                continue;
            }
            victim.destroyForcibly().waitFor();
            kills.add("killed " + when + " with " + JarProcess.filingRows(dir.resolve("out")) + " filing rows on disk");
        }
        Path log = tmp.resolve("final.log");
        int exit = JarProcess.run(dir, log, h2(dir), 300, "ingest", "--input", input.toString(), "--output", "out");

        System.out.println("chaos seed " + SEED + ", clean run " + cleanMillis + " ms: " + kills);
        assertThat(exit).as(Files.readString(log)).isZero();
        assertSameAsClean(dir, true);
    }

    @Test
    @Order(2)
    void theDatabaseGoingAwayMidRunFailsTheJobClearlyAndARerunCompletes() throws Exception {
        assumeThat(canConnect()).as("PostgreSQL at 127.0.0.1:5432").isTrue();
        String db = "edgar_fault_" + Long.toHexString(System.nanoTime());
        admin("CREATE DATABASE " + db);
        try {
            Path dir = Files.createDirectories(tmp.resolve("db-outage"));
            List<String> options = List.of("-Dedgar.chunk-size=1", "-Dspring.datasource.hikari.connection-timeout=2000");
            Process run = JarProcess.start(dir, tmp.resolve("outage.log"), options,
                    "ingest", "--input", input.toString(), "--output", "out", "--db", PG + db);
            awaitRows(run, dir.resolve("out"), FILES / 4);
            assertThat(run.isAlive()).as("the run must still be going").isTrue();
            admin("ALTER DATABASE " + db + " ALLOW_CONNECTIONS false");
            admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + db + "'");
            assertThat(run.waitFor(120, TimeUnit.SECONDS)).as("the run ends when its database is gone").isTrue();
            String failed = Files.readString(tmp.resolve("outage.log"));
            // 3, not 1: with the job repository gone the job cannot even be marked FAILED; it stays STARTED and
            // the rerun recovers it
            assertThat(run.exitValue()).as(failed).isIn(ExitCodes.JOB_FAILED, ExitCodes.CANNOT_START);
            assertThat(failed).containsPattern("edgar-etl: .*(connect|terminat|database|Connection)");
            assertThat(JarProcess.filingRows(dir.resolve("out"))).isLessThan(FILES);
            System.out.println("database outage: exit " + run.exitValue() + ", " + lastLine(failed, "edgar-etl:"));

            admin("ALTER DATABASE " + db + " ALLOW_CONNECTIONS true");
            Path log = tmp.resolve("outage-rerun.log");
            int exit = JarProcess.run(dir, log, options, 300,
                    "ingest", "--input", input.toString(), "--output", "out", "--db", PG + db);

            assertThat(exit).as(Files.readString(log)).isZero();
            assertSameAsClean(dir, false);
            try (Connection c = DriverManager.getConnection(PG + db, "postgres", "")) {
                for (Table table : Table.values()) {
                    assertThat(count(c, table)).as(table.tableName()).isEqualTo(cleanCount(table));
                }
            }
        } finally {
            admin("DROP DATABASE IF EXISTS " + db + " WITH (FORCE)");
        }
    }

    @Test
    @Order(3)
    void aFullDiskUnderTheCsvFilesFailsTheJobClearlyAndARerunCompletes() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("full-disk"));
        Path out = Files.createDirectories(dir.resolve("out"));
        long room = outputBytes(clean.resolve("out")) / 2 / 4096 * 4096;
        assumeThat(mount("-t", "tmpfs", "-o", "size=" + room, "tmpfs", out.toString())).as("mount a tmpfs (needs root)").isZero();
        try {
            Path failedLog = tmp.resolve("full.log");
            int failedExit = JarProcess.run(dir, failedLog, h2(dir), 300,
                    "ingest", "--input", input.toString(), "--output", "out");
            String failed = Files.readString(failedLog);
            assertThat(failedExit).as(failed).isEqualTo(ExitCodes.JOB_FAILED);
            assertThat(failed).contains("No space left on device").contains("run the same command again to resume");
            System.out.println("full disk: exit " + failedExit + ", " + lastLine(failed, "edgar-etl:"));

            assertThat(mount("-o", "remount,size=64m", out.toString())).isZero();
            Path log = tmp.resolve("full-rerun.log");
            int exit = JarProcess.run(dir, log, h2(dir), 300, "ingest", "--input", input.toString(), "--output", "out");

            assertThat(exit).as(Files.readString(log)).isZero();
            assertSameAsClean(dir, true);
        } finally {
            mount("-u", out.toString());
        }
    }

    /** Byte-identical CSV files, and (H2) the same row counts in every table as the clean run. */
    private static void assertSameAsClean(Path dir, boolean h2) throws Exception {
        for (Table table : Table.values()) {
            Path actual = dir.resolve("out").resolve(table.fileName());
            Path expected = clean.resolve("out").resolve(table.fileName());
            Map<String, Integer> diff = rowDifference(expected, actual);
            assertThat(diff).as(table.fileName() + ": rows lost (<0) or duplicated (>0)").isEmpty();
            assertThat(actual).as(table.fileName()).hasSameBinaryContentAs(expected);
            if (h2) {
                assertThat(count(dir, table)).as(table.tableName()).isEqualTo(cleanCount(table));
            }
        }
        assertThat(cleanCount(Table.FILINGS)).isEqualTo(FILES);
    }

    /** Each row that occurs a different number of times in {@code actual} than in {@code expected}, with the difference. */
    static Map<String, Integer> rowDifference(Path expected, Path actual) throws Exception {
        Map<String, Integer> diff = new HashMap<>();
        for (String row : records(expected)) {
            diff.merge(row, -1, Integer::sum);
        }
        for (String row : records(actual)) {
            diff.merge(row, 1, Integer::sum);
        }
        diff.values().removeIf(v -> v == 0);
        return diff;
    }

    private static List<String> records(Path csv) throws Exception {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.parse(reader)) {
            List<String> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(String.join("\u0001", record.toList()));
            }
            return rows;
        }
    }

    private static List<String> h2(Path dir) {
        return List.of("-Dspring.datasource.url=jdbc:h2:file:" + dir.resolve("db/edgar") + ";DB_CLOSE_ON_EXIT=FALSE",
                "-Dedgar.chunk-size=2");
    }

    private static void awaitRows(Process run, Path out, long rows) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (JarProcess.filingRows(out) < rows && run.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
    }

    private static String lastLine(String log, String prefix) {
        return log.lines().filter(l -> l.startsWith(prefix)).reduce((a, b) -> b).orElse("(no " + prefix + " line)");
    }

    private static long outputBytes(Path dir) throws Exception {
        long total = 0;
        for (Table table : Table.values()) {
            total += Files.size(dir.resolve(table.fileName()));
        }
        return total;
    }

    private static int mount(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(args[0].equals("-u") ? "umount" : "mount"));
        command.addAll(args[0].equals("-u") ? List.of(args).subList(1, args.length) : List.of(args));
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (java.io.IOException e) {
            return -1;
        }
    }

    private static boolean canConnect() {
        try (Connection c = DriverManager.getConnection(PG + "postgres", "postgres", "")) {
            return c.isValid(5);
        } catch (Exception e) {
            return false;
        }
    }

    private static void admin(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(PG + "postgres", "postgres", "");
             Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }


    private static int cleanCount(Table table) throws Exception {
        return count(clean, table);
    }

    private static int count(Path dir, Table table) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("db/edgar"), "sa", "")) {
            return count(c, table);
        }
    }

    private static int count(Connection c, Table table) throws Exception {
        try (ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table.tableName())) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void writeDistinctCopiesOfTheSeed(Path dir) throws Exception {
        SeedCopies.write(dir, FILES);
    }
}
