package org.edgaretl.load;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.edgaretl.io.CellSanitizer;
import org.edgaretl.io.CsvTableFile;
import org.edgaretl.io.RunManifest;
import org.edgaretl.io.Table;

/**
 * A run output directory built in a test: rows per table, written by the real CSV writer (formula guard on)
 * with a manifest computed from the files, as the ingest job's listener does.
 */
final class RunFixture {

    private final Map<Table, List<List<String>>> rows = new EnumMap<>(Table.class);

    RunFixture() {
        for (Table table : Table.values()) {
            rows.put(table, new ArrayList<>());
        }
    }

    /** Adds a row given as alternating column names and values; other columns are empty. */
    RunFixture add(Table table, String... namesAndValues) {
        List<String> row = new ArrayList<>();
        for (String column : table.columnNames()) {
            row.add(null);
        }
        for (int i = 0; i < namesAndValues.length; i += 2) {
            int index = table.columnNames().indexOf(namesAndValues[i]);
            if (index < 0) {
                throw new IllegalArgumentException(table + " has no column " + namesAndValues[i]);
            }
            row.set(index, namesAndValues[i + 1]);
        }
        rows.get(table).add(row);
        return this;
    }

    RunFixture filing(String id, String company, String filed) {
        return add(Table.FILINGS, "filing_id", id, "accession_number", id, "cik", "0000000001", "company_name", company,
                "form_type", "8-K", "filed_date", filed, "source_file", id + ".txt", "source_sha256", "ab".repeat(32));
    }

    Path write(Path directory, long executionId) throws IOException {
        for (Table table : Table.values()) {
            try (CsvTableFile file = CsvTableFile.create(directory.resolve(table.fileName()), table.columnNames(),
                    CellSanitizer.ENABLED)) {
                for (List<String> row : rows.get(table)) {
                    file.write(row);
                }
                file.commitPosition();
            }
        }
        manifest(directory, executionId);
        return directory;
    }

    /** Writes a manifest describing the directory's files as they are now. */
    static void manifest(Path directory, long executionId) throws IOException {
        new RunManifest(RunManifest.VERSION, "edgar-etl", "test", "1", executionId, "/input", directory.toString(), true,
                Instant.now().toString(), RunManifest.describeTables(directory)).write(directory);
    }
}
