package org.edgaretl.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;

import org.edgaretl.io.RunManifest;
import org.edgaretl.io.Table;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The checks {@code load} makes before it touches the warehouse, each refusal one line naming the file. */
class RunVerifierTest {

    @TempDir
    Path run;

    @BeforeEach
    void writeRun() throws Exception {
        new RunFixture().filing("0000000001-25-000001", "Alpha", "2025-01-02")
                .add(Table.EXHIBITS, "filing_id", "0000000001-25-000001", "exhibit_number", "99.1")
                .write(run, 3);
    }

    @Test
    void aMatchingRunIsAccepted() throws Exception {
        VerifiedRun verified = RunVerifier.verify(run);
        assertThat(verified.manifest().jobExecutionId()).isEqualTo(3);
        assertThat(verified.manifestSha256()).hasSize(64);
    }

    @Test
    void aChangedFileIsRefusedByName() throws Exception {
        Path exhibits = run.resolve("exhibits.csv");
        Files.writeString(exhibits, Files.readString(exhibits).replace("99.1", "99.2"));
        assertThatThrownBy(() -> RunVerifier.verify(run)).isInstanceOf(RunRefusedException.class)
                .hasMessageStartingWith(exhibits + " does not match manifest.json: sha256 is ")
                .hasMessageNotContaining("\n");
    }

    @Test
    void aWrongRowCountIsRefused() throws Exception {
        Path manifest = run.resolve(RunManifest.FILE_NAME);
        Files.writeString(manifest, Files.readString(manifest).replaceFirst("\"rows\" : 1,", "\"rows\" : 2,"));
        assertThatThrownBy(() -> RunVerifier.verify(run))
                .hasMessage(run.resolve("filings.csv") + " does not match manifest.json: it has 1 rows, the manifest says 2");
    }

    @Test
    void aMissingCorruptOrIncompleteManifestIsRefused() throws Exception {
        Path manifest = run.resolve(RunManifest.FILE_NAME);
        String text = Files.readString(manifest);

        Files.writeString(manifest, text.replace("\"events.csv\"", "\"other.csv\""));
        assertThatThrownBy(() -> RunVerifier.verify(run)).hasMessage(manifest + " does not list events.csv");

        Files.writeString(manifest, "{ not json");
        assertThatThrownBy(() -> RunVerifier.verify(run)).hasMessageStartingWith(manifest + " is corrupt: ")
                .hasMessageNotContaining("\n");

        Files.delete(manifest);
        assertThatThrownBy(() -> RunVerifier.verify(run))
                .hasMessage(manifest + " is missing: this is not the output of a completed ingest run");
    }

    @Test
    void aMissingFileIsRefused() throws Exception {
        Files.delete(run.resolve("warnings.csv"));
        assertThatThrownBy(() -> RunVerifier.verify(run))
                .hasMessage(run.resolve("warnings.csv") + " is missing (listed in manifest.json)");
    }
}
