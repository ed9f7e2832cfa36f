package org.edgaretl.eval;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The rows of one output CSV as Python's {@code csv.DictReader} yields them: keyed by the header row, a cell
 * missing from a short row maps to {@code null}, a later duplicate column wins, and a missing file has no rows.
 */
final class OutputTable {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).get();

    private OutputTable() {
    }

    /** Streams the rows, so that a large output folder is never held in memory. */
    static void forEach(Path path, Consumer<Map<String, String>> action) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Reader reader = Files.newBufferedReader(path, StandardCharsets.UTF_8);
             CSVParser parser = CSVParser.parse(reader, FORMAT)) {
            List<String> header = null;
            for (CSVRecord record : parser) {
                if (header == null) {
                    header = record.toList();
                    continue;
                }
                Map<String, String> row = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    row.put(header.get(i), i < record.size() ? record.get(i) : null);
                }
                action.accept(Collections.unmodifiableMap(row));
            }
        }
    }

    /** {@code row.get(key, fallback)}: the fallback only when the column does not exist. */
    static String get(Map<String, String> row, String key, String fallback) {
        return row.containsKey(key) ? row.get(key) : fallback;
    }
}
