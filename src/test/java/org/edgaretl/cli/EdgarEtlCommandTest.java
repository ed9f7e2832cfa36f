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

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private String[] stderrLines() {
        return stderr().strip().split("\n");
    }
}
