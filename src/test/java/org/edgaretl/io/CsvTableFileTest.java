package org.edgaretl.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTableFileTest {

    @TempDir
    Path dir;

    @Test
    void resumeCutsOffRowsWrittenAfterTheCommittedPosition() throws IOException {
        Path path = dir.resolve("t.csv");
        long committed;
        try (CsvTableFile file = CsvTableFile.create(path, List.of("a", "b"), CellSanitizer.DISABLED)) {
            file.write(List.of("1", "one"));
            committed = file.commitPosition();
            file.write(List.of("2", "never committed"));
            file.commitPosition();
        }
        try (CsvTableFile file = CsvTableFile.resume(path, List.of("a", "b"), committed, CellSanitizer.DISABLED)) {
            file.write(List.of("2", "two"));
            file.commitPosition();
        }
        assertThat(Files.readString(path)).isEqualTo("a,b\r\n1,one\r\n2,two\r\n");
    }

    @Test
    void quotesCellsWithSeparatorsQuotesAndLineBreaks() throws IOException {
        Path path = dir.resolve("t.csv");
        try (CsvTableFile file = CsvTableFile.create(path, List.of("a"), CellSanitizer.DISABLED)) {
            file.write(Arrays.asList("x, \"y\"\nz"));
            file.write(Arrays.asList((String) null));
        }
        assertThat(Files.readString(path, StandardCharsets.UTF_8)).isEqualTo("a\r\n\"x, \"\"y\"\"\nz\"\r\n\r\n");
    }

    @Test
    void refusesToResumeAFileShorterThanItsCommittedPosition() throws IOException {
        Path path = dir.resolve("t.csv");
        Files.writeString(path, "a\r\n");
        assertThatThrownBy(() -> CsvTableFile.resume(path, List.of("a"), 100, CellSanitizer.DISABLED))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("t.csv")
                .hasMessageContaining("shorter");
    }

    @Test
    void refusesToResumeAFileBegunWithAnEarlierReleasesColumns() throws IOException {
        Path path = dir.resolve("filings.csv");
        long committed;
        try (CsvTableFile file = CsvTableFile.create(path, List.of("filing_id", "cik"), CellSanitizer.DISABLED)) {
            file.write(List.of("1", "0000000001"));
            committed = file.commitPosition();
        }
        assertThatThrownBy(() -> CsvTableFile.resume(path, List.of("filing_id", "cik", "cik_int"), committed,
                CellSanitizer.DISABLED))
                .isInstanceOf(IOException.class)
                .hasMessage(path + " was begun with other columns than 3 (by an earlier edgar-etl?): finish that run"
                        + " with the version that started it, or start over with --fresh");
        assertThat(Files.readString(path)).as("left as it was").isEqualTo("filing_id,cik\r\n1,0000000001\r\n");
    }
}
