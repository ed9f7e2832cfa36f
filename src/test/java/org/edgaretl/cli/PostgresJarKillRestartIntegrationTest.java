package org.edgaretl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.edgaretl.io.RunManifest;
import org.edgaretl.load.PostgresAvailable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real jar with its job repository and store on PostgreSQL, killed with SIGKILL mid-run: the same command
 * resumes the interrupted execution and completes, the store holds every filing once, the run's manifest
 * is written, and the run loads into a warehouse in the same database.
 */
class PostgresJarKillRestartIntegrationTest {

    @RegisterExtension
    static final PostgresAvailable PG = new PostgresAvailable("wh_kill");

    private static final int FILES = 60;

    @TempDir
    Path tmp;

    @Test
    void killedRunOnPostgresResumesAndCompletes() throws Exception {
        Path input = writeDistinctCopiesOfTheSeed(tmp.resolve("input"));
        Path work = Files.createDirectories(tmp.resolve("work"));
        String[] ingest = {"ingest", "--input", input.toString(), "--output", "out", "--db", PG.url(),
                "--db-user", PG.user(), "--db-password", PG.password()};

        Process victim = JarProcess.start(work, tmp.resolve("run-1.log"), List.of("-Dedgar.chunk-size=1"), ingest);
        Path filings = work.resolve("out/filings.csv");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (JarProcess.filingRows(filings.getParent()) < FILES / 6 && victim.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(victim.isAlive()).as("the run must still be going when it is killed; log: %s",
                Files.readString(tmp.resolve("run-1.log"))).isTrue();
        victim.destroyForcibly().waitFor();
        assertThat(JarProcess.filingRows(filings.getParent())).as("killed midway").isLessThan(FILES);
        try (Connection c = PG.connect()) {
            assertThat(strings(c, "SELECT status FROM batch_job_execution")).as("left behind by the kill")
                    .containsExactly("STARTED");
        }
        assertThat(work.resolve("out").resolve(RunManifest.FILE_NAME)).doesNotExist();

        // Larger chunks only make the rest quicker: the chunk size is a setting, not a job parameter.
        int exit = JarProcess.run(work, tmp.resolve("run-2.log"), List.of("-Dedgar.chunk-size=20"), 180, ingest);

        String log = Files.readString(tmp.resolve("run-2.log"));
        assertThat(exit).as(log).isZero();
        assertThat(log).contains("resuming ingest execution");
        assertThat(lines(filings)).isEqualTo(FILES);
        try (Connection c = PG.connect()) {
            assertThat(strings(c, "SELECT COUNT(*) FROM public.filings")).containsExactly(String.valueOf(FILES));
            assertThat(strings(c, "SELECT COUNT(*) FROM batch_job_instance")).containsExactly("1");
            List<String> executions = strings(c, "SELECT status FROM batch_job_execution ORDER BY job_execution_id");
            assertThat(executions).hasSize(2).last().isEqualTo("COMPLETED");
            String lastId = strings(c, "SELECT MAX(job_execution_id) FROM batch_job_execution").get(0);
            RunManifest manifest = RunManifest.read(work.resolve("out"));
            assertThat(manifest.jobExecutionId()).isEqualTo(Long.parseLong(lastId));
            assertThat(manifest.file("filings.csv").orElseThrow().rows()).isEqualTo(FILES);
            assertThat(manifest.schemaVersion()).isEqualTo(strings(c,
                    "SELECT version FROM flyway_schema_history WHERE success ORDER BY installed_rank DESC LIMIT 1").get(0));
        }

        // The warehouse lives in its own schema, so it can share the ingest store's database.
        assertThat(EdgarEtlCommand.execute("load", work.resolve("out").toString(), "--db", PG.url(),
                "--db-user", PG.user(), "--db-password", PG.password())).isZero();
        try (Connection c = PG.connect()) {
            assertThat(strings(c, "SELECT COUNT(*) FROM warehouse.filings")).containsExactly(String.valueOf(FILES));
        }
    }

    private static Path writeDistinctCopiesOfTheSeed(Path input) throws Exception {
        return SeedCopies.write(input, FILES);
    }

    private static long lines(Path file) throws Exception {
        if (!Files.exists(file)) {
            return 0;
        }
        try (var stream = Files.lines(file, StandardCharsets.UTF_8)) {
            return stream.count() - 1;
        } catch (java.io.UncheckedIOException e) {
            return 0;
        }
    }

    private static List<String> strings(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }
}
