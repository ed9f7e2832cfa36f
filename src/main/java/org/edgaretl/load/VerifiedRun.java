package org.edgaretl.load;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.edgaretl.io.RunManifest;
import org.edgaretl.io.Table;

/**
 * A run directory whose files matched its manifest; {@code manifestSha256} identifies the run in the warehouse.
 *
 * @param headers each table's CSV header: today's columns, or the shorter list of an earlier release
 */
public record VerifiedRun(Path directory, RunManifest manifest, String manifestSha256, Map<Table, List<String>> headers) {

    public VerifiedRun {
        headers = Map.copyOf(headers);
    }

    /** The table's columns that the run's CSV file holds. */
    public List<String> columnsOf(Table table) {
        return headers.getOrDefault(table, table.columnNames());
    }
}
