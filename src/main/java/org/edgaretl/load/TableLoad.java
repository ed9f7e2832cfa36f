package org.edgaretl.load;

import org.edgaretl.io.Table;

/** What loading one table's CSV file did to its warehouse table. */
public record TableLoad(Table table, long staged, long inserted, long updated, long deleted) {

    public boolean changedNothing() {
        return inserted == 0 && updated == 0 && deleted == 0;
    }

    public String line() {
        return String.format("  %-10s %8d staged, %8d inserted, %8d updated, %8d deleted", table.tableName(), staged,
                inserted, updated, deleted);
    }
}
