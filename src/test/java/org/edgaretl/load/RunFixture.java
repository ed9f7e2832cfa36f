package org.edgaretl.load;

import java.io.IOException;
import java.nio.file.Files;
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

    /** A filing of CIK 1 whose accession number is its id; source_url as the job derives it, items to be set. */
    RunFixture filing(String id, String company, String filed) {
        return add(Table.FILINGS, "filing_id", id, "accession_number", id, "cik", "0000000001", "company_name", company,
                "form_type", "8-K", "filed_date", filed, "source_file", id + ".txt", "source_sha256", "ab".repeat(32),
                "cik_int", "1", "source_url", "https://www.sec.gov/Archives/edgar/data/1/" + id.replace("-", "") + "/"
                        + id + "-index.htm");
    }

    /** Sets a column of the rows of a table whose first column has this value. */
    RunFixture set(Table table, String firstColumn, String column, String value) {
        int index = table.columnNames().indexOf(column);
        rows.get(table).stream().filter(r -> firstColumn.equals(r.get(0))).forEach(r -> r.set(index, value));
        return this;
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

    /**
     * Writes the run as release 0.1.0 did: each table's first-release columns only, and a format 1 manifest
     * with camelCase keys.
     */
    Path writeAsFirstRelease(Path directory, long executionId) throws IOException {
        for (Table table : Table.values()) {
            int n = table.firstReleaseColumns();
            try (CsvTableFile file = CsvTableFile.create(directory.resolve(table.fileName()),
                    table.columnNames().subList(0, n), CellSanitizer.ENABLED)) {
                for (List<String> row : rows.get(table)) {
                    file.write(row.subList(0, n));
                }
                file.commitPosition();
            }
        }
        StringBuilder files = new StringBuilder();
        for (RunManifest.FileEntry f : RunManifest.describeTables(directory)) {
            files.append(files.length() == 0 ? "" : ", ").append(String.format(
                    "{\"name\": \"%s\", \"rows\": %d, \"bytes\": %d, \"sha256\": \"%s\"}", f.name(), f.rows(), f.bytes(), f.sha256()));
        }
        Files.writeString(directory.resolve(RunManifest.FILE_NAME), String.format("{\"manifestVersion\": 1, \"tool\": "
                + "\"edgar-etl\", \"toolVersion\": \"0.1.0\", \"schemaVersion\": \"2\", \"jobExecutionId\": %d, "
                + "\"input\": \"/input\", \"output\": \"%s\", \"csvFormulaGuard\": true, \"completedAt\": \"%s\", "
                + "\"files\": [%s]}", executionId, directory, Instant.now(), files));
        return directory;
    }

    /** Writes a manifest describing the directory's files as they are now. */
    static void manifest(Path directory, long executionId) throws IOException {
        new RunManifest(RunManifest.VERSION, "edgar-etl", "test", "1", executionId, "/input", directory.toString(), true,
                Instant.now().toString(), RunManifest.describeTables(directory)).write(directory);
    }
}
