package org.edgaretl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.edgaretl.fetch.EdgarFixture;
import org.edgaretl.fetch.EdgarLayout;
import org.edgaretl.fetch.EdgarTestServer;
import org.edgaretl.io.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real jar's {@code fetch}, killed with SIGKILL mid-night (the server holds every request after 40
 * filings, so the kill lands mid-fetch on any machine), then the same command again: the files equal those
 * the server serves byte for byte, with no partial file left, and their ingest gives the same rows as an
 * ingest of the night written straight from the server's files.
 */
class FetchJarKillIntegrationTest {

    private static final LocalDate NIGHT = LocalDate.of(2025, 3, 4);
    private static final int FILINGS = 100;
    private static final int HOLD_AFTER = 40;

    @TempDir
    Path tmp;

    @Test
    void aFetchKilledMidNightResumesToTheSameFilesAndRows() throws Exception {
        List<EdgarFixture.Submission> night = EdgarFixture.night(NIGHT, FILINGS);
        Path reference = Files.createDirectories(tmp.resolve("reference"));
        Path referenceInput = reference.resolve("input");
        Files.createDirectories(EdgarLayout.local(referenceInput, EdgarLayout.dailyIndex(NIGHT)).getParent());
        Files.write(EdgarLayout.local(referenceInput, EdgarLayout.dailyIndex(NIGHT)), EdgarFixture.masterIndex(NIGHT, night));
        for (EdgarFixture.Submission s : EdgarFixture.eightKs(night)) {
            Path file = EdgarLayout.local(referenceInput, s.entry().fileName());
            Files.createDirectories(file.getParent());
            Files.write(file, s.bytes());
        }
        assertThat(JarProcess.run(reference, tmp.resolve("reference.log"), options(reference), 300,
                "ingest", "--input", "input", "--output", "out")).as(log("reference.log")).isZero();

        try (EdgarTestServer server = new EdgarTestServer()) {
            EdgarFixture.serve(server, NIGHT, night);
            server.holdAfter(HOLD_AFTER);
            Path killed = Files.createDirectories(tmp.resolve("killed"));
            Path dest = killed.resolve("input");
            String[] fetch = {"fetch", "--date", NIGHT.toString(), "--dest", "input", "--base-url", server.baseUrl().toString(),
                    "--rate", "200", "--user-agent", "edgar-etl tests tests@example.com"};
            Process victim = JarProcess.start(killed, tmp.resolve("fetch-1.log"), options(killed), fetch);
            assertThat(server.awaitHolding(180)).as("the fetch reached the hold; " + log("fetch-1.log")).isTrue();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (filings(dest) < HOLD_AFTER - 4 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(victim.isAlive()).as("the fetch must still be going when it is killed").isTrue();
            victim.destroyForcibly().waitFor();
            long before = filings(dest);
            assertThat(before).as("killed mid-night").isBetween((long) HOLD_AFTER - 4, (long) HOLD_AFTER);
            server.release();

            int exit = JarProcess.run(killed, tmp.resolve("fetch-2.log"), options(killed), 300, fetch);

            assertThat(exit).as(log("fetch-2.log")).isZero();
            assertThat(Files.readString(dest.resolve("fetch-summary.json")))
                    .contains("\"listed\" : " + FILINGS, "\"on_disk\" : " + FILINGS, "\"downloaded\" : " + (FILINGS - before));
        }
        Path killed = tmp.resolve("killed");
        assertThat(files(killed.resolve("input/edgar"))).isEqualTo(files(referenceInput.resolve("edgar")));

        assertThat(JarProcess.run(killed, tmp.resolve("ingest.log"), options(killed), 300,
                "ingest", "--input", "input", "--output", "out")).as(log("ingest.log")).isZero();
        for (Table table : Table.values()) {
            assertThat(killed.resolve("out").resolve(table.fileName())).as(table.fileName())
                    .hasSameBinaryContentAs(reference.resolve("out").resolve(table.fileName()));
            assertThat(count(killed, table)).as(table.tableName()).isEqualTo(count(reference, table));
        }
        assertThat(count(killed, Table.FILINGS)).isEqualTo(FILINGS);
    }

    private static List<String> options(Path dir) {
        // C1 only: these runs are short, mostly JVM and Spring start-up
        return List.of("-Dspring.datasource.url=jdbc:h2:file:" + dir.resolve("db/edgar") + ";DB_CLOSE_ON_EXIT=FALSE",
                "-Dedgar.fetch.chunk-size=5", "-XX:TieredStopAtLevel=1");
    }

    /** Complete filings on disk (files under their final names). */
    private static long filings(Path dest) {
        Path data = dest.resolve("edgar/data");
        if (!Files.isDirectory(data)) {
            return 0;
        }
        try (Stream<Path> files = Files.walk(data)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".txt")).count();
        } catch (Exception e) {
            return 0; // a file was renamed while being listed: look again
        }
    }

    /** Every file under the folder, by relative path, with its bytes' hash. */
    private static Map<String, Integer> files(Path root) throws Exception {
        Map<String, Integer> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path f : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
                files.put(root.relativize(f).toString(), java.util.Arrays.hashCode(Files.readAllBytes(f)));
            }
        }
        return files;
    }

    private String log(String name) {
        try {
            return Files.readString(tmp.resolve(name));
        } catch (Exception e) {
            return "(no log " + name + ")";
        }
    }

    private static int count(Path dir, Table table) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + dir.resolve("db/edgar"), "sa", "");
             ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM " + table.tableName())) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
