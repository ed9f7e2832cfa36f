package org.edgaretl.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.edgaretl.domain.ProcessedFile;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamException;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * Writes a chunk's rows to one CSV file per table. Restart-safe: after each chunk the files are synced and
 * their byte positions saved in the step's execution context, in the chunk's transaction; on restart each
 * file is cut back to its committed position, so rows of a chunk that never committed are not duplicated.
 */
public final class CsvOutputWriter implements ItemStreamWriter<ProcessedFile> {

    private final String name;
    private final Path directory;
    private final CellSanitizer sanitizer;
    private final Map<Table, CsvTableFile> files = new EnumMap<>(Table.class);

    public CsvOutputWriter(String name, Path directory, CellSanitizer sanitizer) {
        this.name = name;
        this.directory = directory;
        this.sanitizer = sanitizer;
    }

    @Override
    public void open(ExecutionContext context) {
        try {
            for (Table table : Table.values()) {
                Path path = directory.resolve(table.fileName());
                String key = positionKey(table);
                files.put(table, context.containsKey(key)
                        ? CsvTableFile.resume(path, context.getLong(key), sanitizer)
                        : CsvTableFile.create(path, table.columnNames(), sanitizer));
            }
        } catch (IOException e) {
            throw new ItemStreamException("cannot open the output CSV files in " + directory + ": " + e.getMessage(), e);
        }
    }

    /**
     * Filing ids already written by this run (with their source files), read back from the committed part of
     * {@code filings.csv}, so that a restarted run still recognizes a filing it wrote before the crash.
     */
    public Map<String, String> writtenFilingSources() {
        Map<String, String> written = new HashMap<>();
        Path path = directory.resolve(Table.FILINGS.fileName());
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            for (CSVRecord record : parser) {
                written.put(record.get("filing_id"), record.get("source_file"));
            }
        } catch (IOException e) {
            throw new ItemStreamException("cannot read back " + path + ": " + e.getMessage(), e);
        }
        return written;
    }

    @Override
    public void write(Chunk<? extends ProcessedFile> chunk) throws IOException {
        for (ProcessedFile file : chunk) {
            for (Map.Entry<Table, CsvTableFile> entry : files.entrySet()) {
                for (List<String> row : entry.getKey().rowsOf(file)) {
                    entry.getValue().write(row);
                }
            }
        }
    }

    @Override
    public void update(ExecutionContext context) {
        try {
            for (Map.Entry<Table, CsvTableFile> entry : files.entrySet()) {
                context.putLong(positionKey(entry.getKey()), entry.getValue().commitPosition());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot flush the output CSV files in " + directory + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        IOException first = null;
        for (CsvTableFile file : files.values()) {
            try {
                file.close();
            } catch (IOException e) {
                first = first == null ? e : first;
            }
        }
        files.clear();
        if (first != null) {
            throw new ItemStreamException("cannot close the output CSV files in " + directory, first);
        }
    }

    private String positionKey(Table table) {
        return name + "." + table.tableName() + ".position";
    }
}
