package org.edgaretl.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashMap;
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
 * Writes a chunk's rows to one CSV file per table. Restart-safe: at the end of each chunk's write the files
 * are synced, and their byte positions are saved in the step's execution context, in the chunk's transaction;
 * on restart each file is cut back to its committed position, so rows of a chunk that never committed are not
 * duplicated. All I/O happens in {@link #write}, none in {@link #update}: when a stream's update fails, the
 * step still saves the execution context the other streams already advanced (the reader's position past the
 * chunk) while the chunk's rows roll back, so a full disk at that point would lose the chunk on restart.
 */
public final class CsvOutputWriter implements ItemStreamWriter<ProcessedFile> {

    private final String name;
    private final Path directory;
    private final CellSanitizer sanitizer;
    private final Map<Table, CsvTableFile> files = new EnumMap<>(Table.class);
    private final Map<Table, Long> synced = new EnumMap<>(Table.class);

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
                        ? CsvTableFile.resume(path, table.columnNames(), context.getLong(key), sanitizer)
                        : CsvTableFile.create(path, table.columnNames(), sanitizer));
            }
            sync();
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
        sync();
    }

    /** Flushes and syncs every file and remembers where each ends, for {@link #update} to save. */
    private void sync() throws IOException {
        for (Map.Entry<Table, CsvTableFile> entry : files.entrySet()) {
            synced.put(entry.getKey(), entry.getValue().commitPosition());
        }
    }

    @Override
    public void update(ExecutionContext context) {
        for (Map.Entry<Table, Long> entry : synced.entrySet()) {
            context.putLong(positionKey(entry.getKey()), entry.getValue());
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
        synced.clear();
        if (first != null) {
            throw new ItemStreamException("cannot close the output CSV files in " + directory, first);
        }
    }

    private String positionKey(Table table) {
        return name + "." + table.tableName() + ".position";
    }
}
