package org.edgaretl.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunManifestTest {

    @TempDir
    Path tmp;

    @Test
    void describeCountsRecordsNotLinesAndHashesEveryByte() throws Exception {
        Path csv = tmp.resolve("events.csv");
        String text = "filing_id,text\r\nA,\"two\r\nlines\"\r\nB,plain\r\n";
        Files.writeString(csv, text, StandardCharsets.UTF_8);

        RunManifest.FileEntry entry = RunManifest.describe(csv);

        assertThat(entry.name()).isEqualTo("events.csv");
        assertThat(entry.rows()).isEqualTo(2);
        assertThat(entry.bytes()).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
        assertThat(entry.sha256()).isEqualTo(HexFormat.of().formatHex(
                RunManifest.sha256().digest(text.getBytes(StandardCharsets.UTF_8))));
    }

    @Test
    void escapedQuotesAndAMissingFinalLineBreakAreCounted() throws Exception {
        Path csv = tmp.resolve("exhibits.csv");
        Files.writeString(csv, "a,b\n\"say \"\"hi\"\"\n\",x\n\"\",last", StandardCharsets.UTF_8);
        assertThat(RunManifest.describe(csv).rows()).isEqualTo(2);
    }

    @Test
    void aHeaderOnlyFileHasNoRows() throws Exception {
        Path csv = tmp.resolve("rejects.csv");
        Files.writeString(csv, "source_file,stage,reason_code,message\r\n");
        assertThat(RunManifest.describe(csv).rows()).isZero();
    }

    @Test
    void writtenManifestReadsBackEqual() throws Exception {
        RunManifest manifest = new RunManifest(RunManifest.VERSION, "edgar-etl", "1.0", "1", 42, "/in", "/out", true,
                "2025-01-01T00:00:00Z", List.of(new RunManifest.FileEntry("filings.csv", 3, 100, "ab".repeat(32))));

        manifest.write(tmp);

        assertThat(RunManifest.read(tmp)).isEqualTo(manifest);
        assertThat(tmp.resolve(RunManifest.FILE_NAME + ".tmp")).doesNotExist();
    }

    @Test
    void keysAreSnakeCaseLikeSummaryJson() throws Exception {
        new RunManifest(RunManifest.VERSION, "edgar-etl", "1.0", "3", 42, "/in", "/out", true, "2025-01-01T00:00:00Z",
                List.of()).write(tmp);
        assertThat(Files.readString(tmp.resolve(RunManifest.FILE_NAME))).contains("\"manifest_version\" : 2",
                "\"tool_version\" : \"1.0\"", "\"schema_version\"", "\"job_execution_id\" : 42",
                "\"csv_formula_guard\" : true", "\"completed_at\"").doesNotContain("Version", "jobExecutionId");
    }

    @Test
    void aFormatOneManifestWithCamelCaseKeysStillReads() throws Exception {
        Files.writeString(tmp.resolve(RunManifest.FILE_NAME), """
                {"manifestVersion": 1, "tool": "edgar-etl", "toolVersion": "0.1.0-SNAPSHOT", "schemaVersion": "2",
                 "jobExecutionId": 7, "input": "/in", "output": "/out", "csvFormulaGuard": true,
                 "completedAt": "2025-01-01T00:00:00Z",
                 "files": [{"name": "filings.csv", "rows": 3, "bytes": 100, "sha256": "%s"}]}
                """.formatted("ab".repeat(32)));
        RunManifest old = RunManifest.read(tmp);
        assertThat(old.manifestVersion()).isEqualTo(1);
        assertThat(old.toolVersion()).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(old.schemaVersion()).isEqualTo("2");
        assertThat(old.jobExecutionId()).isEqualTo(7);
        assertThat(old.csvFormulaGuard()).isTrue();
        assertThat(old.completedAt()).isEqualTo("2025-01-01T00:00:00Z");
        assertThat(old.file("filings.csv")).hasValueSatisfying(f -> assertThat(f.rows()).isEqualTo(3));
    }

    @Test
    void missingOrCorruptManifestsAreErrors() throws Exception {
        assertThatThrownBy(() -> RunManifest.read(tmp)).isInstanceOf(NoSuchFileException.class);
        Files.writeString(tmp.resolve(RunManifest.FILE_NAME), "{\"manifestVersion\": 1, \"files\": [");
        assertThatThrownBy(() -> RunManifest.read(tmp)).isInstanceOf(IOException.class);
        Files.writeString(tmp.resolve(RunManifest.FILE_NAME), "{\"manifestVersion\": 1}");
        assertThatThrownBy(() -> RunManifest.read(tmp)).isInstanceOf(IOException.class);
    }
}
