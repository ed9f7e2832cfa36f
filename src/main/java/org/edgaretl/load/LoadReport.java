package org.edgaretl.load;

import java.util.List;

/**
 * The outcome of loading one run into the warehouse, in one committed transaction. {@code relinked} counts the
 * financings rows of filings outside the run whose offering key the run's rows changed.
 */
public record LoadReport(VerifiedRun run, String warehouseVersion, List<TableLoad> tables, long relinked,
                         boolean loadedBefore, long nanos) {

    public long staged() {
        return tables.stream().mapToLong(TableLoad::staged).sum();
    }

    public boolean changedNothing() {
        return relinked == 0 && tables.stream().allMatch(TableLoad::changedNothing);
    }

    public double rowsPerSecond() {
        return nanos == 0 ? 0 : staged() * 1e9 / nanos;
    }

    public String summary() {
        return String.format("loaded ingest execution %d from %s into warehouse schema %s (version %s): %d rows in %.2f s "
                        + "(%.0f rows/s)%s", run.manifest().jobExecutionId(), run.directory(), WarehouseSchema.SCHEMA,
                warehouseVersion, staged(), nanos / 1e9, rowsPerSecond(),
                changedNothing() ? (loadedBefore ? ", already loaded: nothing changed" : ", nothing changed") : "");
    }
}
