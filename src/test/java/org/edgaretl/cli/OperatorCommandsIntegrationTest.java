package org.edgaretl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The operator's commands in process over one H2 file database: a run a crash left STARTED is reported by
 * {@code status}, made restartable by {@code recover}, listed by {@code history} and finished by {@code restart}.
 */
class OperatorCommandsIntegrationTest {

    @TempDir
    Path tmp;

    @Test
    void aCrashedExecutionIsReportedRecoveredAndRestarted() throws Exception {
        Path input = Files.createDirectories(tmp.resolve("in"));
        Files.copy(Path.of(getClass().getResource("/corpus/seed/immunogen-1995-08-8k.txt").toURI()), input.resolve("a.txt"));
        Files.write(input.resolve("empty.txt"), new byte[0]);
        String db = "jdbc:h2:file:" + tmp.resolve("db/edgar") + ";DB_CLOSE_ON_EXIT=FALSE";

        // A real first run that fails in one partition (no rejects allowed), keeping its part files; then the
        // crash is faked by leaving the failed execution and steps STARTED, as a SIGKILL would.
        System.setProperty("edgar.reject-limit", "0");
        try {
            assertThat(run("ingest", "--input", input.toString(), "--output", tmp.resolve("out").toString(), "--db", db).exit)
                    .isEqualTo(ExitCodes.JOB_FAILED);
        } finally {
            System.clearProperty("edgar.reject-limit");
        }
        sql(db, "UPDATE BATCH_JOB_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL");
        sql(db, "UPDATE BATCH_STEP_EXECUTION SET STATUS = 'STARTED', END_TIME = NULL WHERE STATUS = 'FAILED'");

        Result status = run("status", "--db", db);
        assertThat(status.out).contains("execution 1  STARTED").contains("a crash left it").contains("recover");

        Result recover = run("recover", "--db", db);
        assertThat(recover.out).contains("execution 1 recovered").contains("1 execution(s) recovered");

        Result history = run("history", "--db", db);
        assertThat(history.out).contains("execution 1  FAILED")
                .contains("step ingestPartitionStep:partition0000 COMPLETED: read 1, written 1, rejected 0, skipped unchanged 0")
                .contains("step ingestPartitionStep:partition0001 FAILED: read 1, written 0, rejected 0, skipped unchanged 0")
                .contains("failure: org.edgaretl.batch.RejectLimitExceededException");

        Result restart = run("restart", "1", "--db", db);
        assertThat(restart.exit).as(restart.out + restart.err).isZero();
        assertThat(restart.out).contains("COMPLETED").contains("1 written as filings, 1 rejected");
        assertThat(run("status", "--db", db).out).contains("unfinished: none");
        Result unknown = run("restart", "99", "--db", db);
        assertThat(unknown.exit).isEqualTo(ExitCodes.CANNOT_START);
        assertThat(unknown.err.strip()).isEqualTo("edgar-etl: no execution 99 in the store H2 " + tmp.resolve("db/edgar")
                + ".mv.db ('history' lists its executions; --db names another store)");
        assertThat(unknown.out.strip()).as("every command names its store").isEqualTo("store: H2 " + tmp.resolve("db/edgar") + ".mv.db");
        assertThat(restart.out.strip().lines().reduce((a, b) -> b)).as("the summary is the last line on stdout")
                .hasValueSatisfying(last -> assertThat(last).startsWith("ingest execution 2 COMPLETED:"));
    }

    private record Result(int exit, String out, String err) {
    }

    private static Result run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            int exit = EdgarEtlCommand.execute(args);
            return new Result(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private static void sql(String url, String statement) throws Exception {
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().executeUpdate(statement);
        }
    }
}
