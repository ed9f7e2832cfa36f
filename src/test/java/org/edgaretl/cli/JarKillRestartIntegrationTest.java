package org.edgaretl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.edgaretl.io.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real jar, killed with SIGKILL in the middle of a run, then run again with the same command: the
 * outputs equal those of an uninterrupted run, byte for byte, and the database holds the same rows.
 */
class JarKillRestartIntegrationTest {

    private static final int FILES = 400;

    @TempDir
    Path tmp;

    @Test
    void killedRunResumesToTheSameOutputAsAnUninterruptedRun() throws Exception {
        Path input = tmp.resolve("input");
        writeDistinctCopiesOfTheSeed(input);

        Path cleanDir = Files.createDirectories(tmp.resolve("clean"));
        assertThat(JarProcess.run(cleanDir, tmp.resolve("clean.log"), options(cleanDir), 300,
                "ingest", "--input", input.toString(), "--output", "out")).isZero();

        Path killedDir = Files.createDirectories(tmp.resolve("killed"));
        Process victim = JarProcess.start(killedDir, tmp.resolve("killed-1.log"), options(killedDir),
                "ingest", "--input", input.toString(), "--output", "out");
        // Partitions write part files under out/.parts until the last step merges them.
        Path parts = killedDir.resolve("out/.parts");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (JarProcess.filingRows(parts.getParent()) < FILES / 4 && victim.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(victim.isAlive()).as("the run must still be going when it is killed").isTrue();
        victim.destroyForcibly().waitFor();
        assertThat(JarProcess.filingRows(parts.getParent())).as("killed midway").isLessThan(FILES);
        assertThat(killedDir.resolve("out/filings.csv")).doesNotExist();

        int exit = JarProcess.run(killedDir, tmp.resolve("killed-2.log"), options(killedDir), 300,
                "ingest", "--input", input.toString(), "--output", "out");

        assertThat(exit).as(Files.readString(tmp.resolve("killed-2.log"))).isZero();
        assertThat(Files.readString(tmp.resolve("killed-2.log"))).contains("resuming ingest execution");
        for (Table table : Table.values()) {
            assertThat(killedDir.resolve("out").resolve(table.fileName()))
                    .as(table.fileName()).hasSameBinaryContentAs(cleanDir.resolve("out").resolve(table.fileName()));
            assertThat(count(killedDir, table)).as(table.tableName()).isEqualTo(count(cleanDir, table));
        }
        assertThat(count(cleanDir, Table.FILINGS)).isEqualTo(FILES);
    }

    private static List<String> options(Path dir) {
        return List.of("-Dspring.datasource.url=jdbc:h2:file:" + dir.resolve("db/edgar") + ";DB_CLOSE_ON_EXIT=FALSE",
                "-Dedgar.chunk-size=1");
    }

    private static void writeDistinctCopiesOfTheSeed(Path input) throws Exception {
        SeedCopies.write(input, FILES);
    }


    private static int count(Path dir, Table table) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("db/edgar"), "sa", "");
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table.tableName())) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
