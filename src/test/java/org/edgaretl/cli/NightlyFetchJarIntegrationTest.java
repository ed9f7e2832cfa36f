package org.edgaretl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.edgaretl.fetch.EdgarFixture;
import org.edgaretl.fetch.EdgarTestServer;
import org.edgaretl.fetch.EdgarTestServer.Fault;
import org.edgaretl.load.PostgresAvailable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jobs/nightly.sh DATE} end to end with the real jar, a test server standing in for EDGAR and a
 * scratch PostgreSQL warehouse: a night whose fetch fails stops there with the fetch's exit code and says
 * how to resume; the same command then fetches the rest, but the night's ingest had completed empty before
 * (with --no-fetch), so the night fails instead of passing as empty; {@code --reprocess} then ingests and
 * loads it; a holiday ends at once with exit 0; no User-Agent is refused before any request.
 */
class NightlyFetchJarIntegrationTest {

    @RegisterExtension
    static PostgresAvailable pg = new PostgresAvailable("nightly_fetch");

    private static final String AGENT = "edgar-etl tests tests@example.com";

    @TempDir
    Path home;

    @Test
    void aNightFetchesIngestsAndLoadsAndEachStageFailsWithItsOwnCode() throws Exception {
        LocalDate night = LocalDate.of(2025, 4, 1);
        try (EdgarTestServer server = new EdgarTestServer()) {
            // An ingest of the night that completed before its files were there (they were to come by other means).
            Files.createDirectories(home.resolve("input/2025-04-01"));
            assertThat(nightly(server, AGENT, "--no-fetch", night.toString())).as(log(night)).isZero();

            List<EdgarFixture.Submission> filings = EdgarFixture.night(night, 30);
            EdgarFixture.serve(server, night, filings);
            String refused = EdgarFixture.eightKs(filings).get(20).entry().fileName();
            server.fault(refused, Fault.UNAVAILABLE, Fault.UNAVAILABLE);

            assertThat(nightly(server, AGENT, night.toString())).as(log(night)).isEqualTo(11);
            assertThat(log(night)).contains("stage fetch failed (edgar-etl exit 1): run jobs/nightly.sh 2025-04-01 again"
                    + " to resume (it downloads only what is missing)", "/Archives/" + refused + ": answered 503");

            assertThat(nightly(server, AGENT, night.toString())).as(log(night)).isEqualTo(4);
            assertThat(log(night)).contains("the fetch of 2025-04-01 lists 30 files (input/2025-04-01/fetch-summary.json)"
                    + " but the ingest read none", "run jobs/nightly.sh --reprocess 2025-04-01");
            assertThat(server.requests(refused)).as("the second fetch brought only what was missing").isEqualTo(3);

            assertThat(nightly(server, AGENT, "--reprocess", "--load", pg.url(), night.toString())).as(log(night)).isZero();
            assertThat(log(night)).contains("nightly 2025-04-01: done");
            assertThat(Files.readAllLines(home.resolve("output/2025-04-01/filings.csv"))).hasSize(1 + 30);
            assertThat(warehouseFilings()).isEqualTo(30);

            LocalDate holiday = LocalDate.of(2025, 4, 5);
            assertThat(nightly(server, AGENT, holiday.toString())).as(log(holiday)).isZero();
            assertThat(log(holiday)).contains("no filings published for 2025-04-05");
            assertThat(home.resolve("output/2025-04-05")).doesNotExist();

            LocalDate anonymous = LocalDate.of(2025, 4, 2);
            assertThat(nightly(server, null, anonymous.toString())).isEqualTo(13);
            assertThat(log(anonymous)).contains("edgar-etl: cannot fetch: no User-Agent is declared", "EDGAR_ETL_USER_AGENT=");
            assertThat(server.requests(org.edgaretl.fetch.EdgarLayout.dailyIndex(anonymous))).isZero();
        }
    }

    private int nightly(EdgarTestServer server, String agent, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", Path.of("jobs", "nightly.sh").toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("script.out").toFile()));
        Map<String, String> env = builder.environment();
        env.put("EDGAR_HOME", home.toString());
        env.put("EDGAR_JAR", JarProcess.JAR.toAbsolutePath().toString());
        // C1 only: these short runs are mostly JVM and Spring start-up
        env.put("EDGAR_JAVA_OPTS", "-Xmx256m -XX:TieredStopAtLevel=1 -Dspring.datasource.url=jdbc:h2:file:" + home.resolve("data/edgar")
                + ";DB_CLOSE_ON_EXIT=FALSE -Dedgar.fetch.max-attempts=2 -Dedgar.fetch.initial-backoff=50ms");
        env.put("EDGAR_BASE_URL", server.baseUrl().toString());
        env.put("EDGAR_FETCH_ARGS", "--rate 200");
        env.put("EDGAR_WAREHOUSE_USER", pg.user());
        env.remove("EDGAR_WAREHOUSE_URL");
        if (agent == null) {
            env.remove("EDGAR_ETL_USER_AGENT");
        } else {
            env.put("EDGAR_ETL_USER_AGENT", agent);
        }
        Process process = builder.start();
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("nightly.sh did not finish; script output: " + Files.readString(home.resolve("script.out")));
        }
        return process.exitValue();
    }

    private String log(LocalDate night) {
        try {
            Path log = home.resolve("logs").resolve("nightly-" + night + ".log");
            return Files.exists(log) ? Files.readString(log) : "(no log) " + Files.readString(home.resolve("script.out"));
        } catch (Exception e) {
            return e.toString();
        }
    }

    private long warehouseFilings() throws Exception {
        try (Connection c = pg.connect(); ResultSet rs = c.createStatement().executeQuery("SELECT COUNT(*) FROM warehouse.filings")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
