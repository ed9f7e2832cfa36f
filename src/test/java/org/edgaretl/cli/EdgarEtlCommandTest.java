package org.edgaretl.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Wrong command lines fail fast with exit code 2 and one line on stderr, before any Spring context starts. */
class EdgarEtlCommandTest {

    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream originalErr;

    @TempDir
    Path tmp;

    @BeforeEach
    void captureStderr() {
        originalErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStderr() {
        System.setErr(originalErr);
    }

    @Test
    void anUnknownOptionIsAUsageError() {
        assertThat(EdgarEtlCommand.execute("ingest", "--inptu", "x")).isEqualTo(ExitCodes.USAGE);
        assertThat(stderrLines()).hasSize(1);
        assertThat(stderr()).startsWith("edgar-etl: Unknown options: '--inptu'");
    }

    @Test
    void noCommandIsAUsageError() {
        assertThat(EdgarEtlCommand.execute()).isEqualTo(ExitCodes.USAGE);
        assertThat(stderr()).contains("a command is required");
    }

    @Test
    void aMissingInputDirectoryCannotStartAndIsNamed() {
        Path missing = tmp.resolve("no-such-dir");
        assertThat(EdgarEtlCommand.execute("ingest", "--input", missing.toString(), "--output", tmp.toString()))
                .isEqualTo(ExitCodes.CANNOT_START);
        assertThat(stderrLines()).hasSize(1);
        assertThat(stderr()).contains("input directory not found").contains("no-such-dir");
    }

    @Test
    void versionIsTheVersionThatManifestsRecord() {
        PrintStream out = System.out;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        try {
            assertThat(EdgarEtlCommand.execute("--version")).isZero();
        } finally {
            System.setOut(out);
        }
        // from unpackaged classes there is no jar manifest: both say "dev" (JarVersionIntegrationTest checks the jar)
        assertThat(o.toString(StandardCharsets.UTF_8).strip()).isEqualTo("edgar-etl " + org.edgaretl.EdgarEtlApplication.version());
    }

    @Test
    void anUnreachablePostgresIsOneLineWithHostAndPort() {
        int exit = EdgarEtlCommand.execute("status", "--db", "jdbc:postgresql://127.0.0.1:1/edgar");
        assertThat(exit).isEqualTo(ExitCodes.CANNOT_START);
        assertThat(stderrLines()).hasSize(1);
        assertThat(stderr()).startsWith("edgar-etl: cannot connect to PostgreSQL at 127.0.0.1:1 (connection refused)")
                .contains("--db jdbc:postgresql://127.0.0.1:1/edgar").doesNotContain("\tat ");
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String[] stderrLines() {
        return stderr().strip().split("\n");
    }
}
