package org.edgaretl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real jar stopped with SIGTERM mid-run: it ends the execution STOPPED after its current chunk and
 * exits; the same command again restarts it and completes with every file exactly once.
 */
class JarSigtermIntegrationTest {

    private static final int FILES = 300;

    @TempDir
    Path tmp;

    @Test
    void sigtermStopsTheRunGracefullyAndTheSameCommandResumesIt() throws Exception {
        Path input = tmp.resolve("input");
        SeedCopies.write(input, FILES);
        List<String> options = List.of("-Dspring.datasource.url=jdbc:h2:file:" + tmp.resolve("db/edgar")
                + ";DB_CLOSE_ON_EXIT=FALSE", "-Dedgar.chunk-size=1");
        String[] command = {"ingest", "--input", input.toString(), "--output", "out"};

        Process run = JarProcess.start(tmp, tmp.resolve("first.log"), options, command);
        Path filings = tmp.resolve("out/filings.csv");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (JarProcess.filingRows(filings.getParent()) < FILES / 5 && run.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(run.isAlive()).as("the run must still be going when it is stopped").isTrue();
        run.destroy(); // SIGTERM
        assertThat(run.waitFor(90, TimeUnit.SECONDS)).as("a graceful stop ends the process").isTrue();
        String firstLog = Files.readString(tmp.resolve("first.log"));
        assertThat(firstLog).contains("stop requested");
        assertThat(status()).as(firstLog).isEqualTo("STOPPED");
        assertThat(JarProcess.filingRows(filings.getParent())).isLessThan(FILES);

        int exit = JarProcess.run(tmp, tmp.resolve("second.log"), options, 300, command);

        String secondLog = Files.readString(tmp.resolve("second.log"));
        assertThat(exit).as(secondLog).isZero();
        assertThat(secondLog).contains("resuming ingest execution");
        List<String> rows = Files.readAllLines(filings);
        assertThat(rows).hasSize(FILES + 1);
        assertThat(new HashSet<>(rows)).hasSize(FILES + 1);
        assertThat(status()).isEqualTo("COMPLETED");
    }

    private String status() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + tmp.resolve("db/edgar"), "sa", "");
             ResultSet rs = c.createStatement().executeQuery(
                     "SELECT STATUS FROM BATCH_JOB_EXECUTION ORDER BY JOB_EXECUTION_ID DESC LIMIT 1")) {
            rs.next();
            return rs.getString(1);
        }
    }

}
