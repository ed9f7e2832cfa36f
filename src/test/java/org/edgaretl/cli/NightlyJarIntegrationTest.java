package org.edgaretl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.edgaretl.input.Archives;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code jobs/nightly.sh --no-fetch} (the feed is already there) with the real jar over an EDGAR daily feed holding a {@code ../} entry and an
 * entry beyond the size limit: the first run ingests it, the same night again is a no-op, and
 * {@code reprocess-rejects} after the fix (a larger limit) takes the fixed file out of the rejects table
 * while the unsafe entry stays.
 */
class NightlyJarIntegrationTest {

    private static final String NIGHT = "2025-01-02";
    private static final String FEED = "20250102.nc.tar.gz";

    @TempDir
    Path home;

    @Test
    void aNightRunTwiceIsANoOpAndReprocessingRejectsAfterAFixEmptiesTheFixedOnes() throws Exception {
        Files.createDirectories(home.resolve("input"));
        Archives.tar(home.resolve("input").resolve(FEED), true)
                .addCorpus("0001193125-19-234619.htm", "modern/0001193125-19-234619.htm")
                .addCorpus("../../escape.txt", "seed/immunogen-1995-08-8k.txt")
                .addCorpus("0001493152-25-001317.nc", "modern/0001493152-25-001317.nc")
                .addCorpus("0000950124-01-000024.txt", "2001-2004/0000950124-01-000024.txt")
                .close();
        String limited = "-Dedgar.max-file-bytes=100000";

        assertThat(nightly(limited)).as(log()).isZero();
        Path out = home.resolve("output").resolve(NIGHT);
        assertThat(Files.readString(out.resolve("rejects.csv")))
                .contains(FEED + "!../../escape.txt,read,unsafe_entry")
                .contains(FEED + "!0001493152-25-001317.nc,read,too_large");
        assertThat(Files.readAllLines(out.resolve("filings.csv"))).hasSize(1 + 2);
        assertThat(Files.readString(out.resolve("summary.json"))).contains("\"unsafe_entry\" : 1", "\"too_large\" : 1");
        byte[] filings = Files.readAllBytes(out.resolve("filings.csv"));
        long modified = Files.getLastModifiedTime(out.resolve("filings.csv")).toMillis();

        assertThat(nightly(limited)).as(log()).isZero();
        assertThat(log()).contains("already COMPLETED");
        assertThat(Files.readAllBytes(out.resolve("filings.csv"))).isEqualTo(filings);
        assertThat(Files.getLastModifiedTime(out.resolve("filings.csv")).toMillis()).isEqualTo(modified);

        Path reprocessLog = home.resolve("reprocess.log");
        int exit = JarProcess.run(home, reprocessLog, List.of(dbOption()), 300,
                "reprocess-rejects", "--input", "input/" + FEED, "--output", "output/reprocess");
        assertThat(exit).as(Files.readString(reprocessLog)).isZero();
        assertThat(Files.readString(reprocessLog)).contains("2 file(s) in the rejects table, 2 of them under")
                .contains("1 file(s) left in the rejects table");
        assertThat(query("SELECT source_file || ' ' || reason_code FROM rejects"))
                .containsExactly(FEED + "!../../escape.txt unsafe_entry");
        assertThat(query("SELECT source_file FROM filings ORDER BY source_file")).containsExactly(
                FEED + "!0000950124-01-000024.txt", FEED + "!0001193125-19-234619.htm", FEED + "!0001493152-25-001317.nc");
    }

    private int nightly(String javaOptions) throws Exception {
        Path script = Path.of("jobs", "nightly.sh").toAbsolutePath();
        ProcessBuilder builder = new ProcessBuilder("bash", script.toString(), "--no-fetch", NIGHT).directory(home.toFile())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(home.resolve("script.out").toFile()));
        Map<String, String> env = builder.environment();
        env.put("EDGAR_HOME", home.toString());
        env.put("EDGAR_JAR", JarProcess.JAR.toAbsolutePath().toString());
        env.put("EDGAR_JAVA_OPTS", "-Xmx256m " + dbOption() + " " + javaOptions);
        Process process = builder.start();
        if (!process.waitFor(300, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("nightly.sh did not finish; log: " + log());
        }
        return process.exitValue();
    }

    private String dbOption() {
        return "-Dspring.datasource.url=jdbc:h2:file:" + home.resolve("data/edgar") + ";DB_CLOSE_ON_EXIT=FALSE";
    }

    private String log() {
        try {
            Path log = home.resolve("logs").resolve("nightly-" + NIGHT + ".log");
            return Files.exists(log) ? Files.readString(log) : "(no log) " + Files.readString(home.resolve("script.out"));
        } catch (Exception e) {
            return e.toString();
        }
    }

    private List<String> query(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + home.resolve("data/edgar"), "sa", "");
             ResultSet rs = c.createStatement().executeQuery(sql)) {
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        }
    }
}
