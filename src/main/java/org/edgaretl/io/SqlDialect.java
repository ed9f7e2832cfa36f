package org.edgaretl.io;

import java.util.List;
import java.util.stream.Collectors;

/** The upsert statement of each supported database: H2's {@code MERGE ... KEY} and PostgreSQL's {@code ON CONFLICT}. */
public enum SqlDialect {
    H2, POSTGRESQL;

    public static SqlDialect forProductName(String productName) {
        String name = productName.toLowerCase();
        if (name.contains("h2")) {
            return H2;
        }
        if (name.contains("postgres")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("unsupported database: " + productName + " (H2 and PostgreSQL are)");
    }

    /** An insert-or-update of one row on the table's natural key, with one bind parameter per column. */
    public String upsert(Table table) {
        List<String> columns = table.columnNames();
        String names = String.join(", ", columns);
        String params = columns.stream().map(c -> "?").collect(Collectors.joining(", "));
        String key = String.join(", ", table.key());
        return switch (this) {
            case H2 -> "MERGE INTO " + table.tableName() + " (" + names + ") KEY (" + key + ") VALUES (" + params + ")";
            case POSTGRESQL -> {
                String updates = columns.stream().filter(c -> !table.key().contains(c))
                        .map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "));
                yield "INSERT INTO " + table.tableName() + " (" + names + ") VALUES (" + params + ") ON CONFLICT ("
                        + key + ") DO " + (updates.isEmpty() ? "NOTHING" : "UPDATE SET " + updates);
            }
        };
    }

    public String insert(Table table) {
        List<String> columns = table.columnNames();
        return "INSERT INTO " + table.tableName() + " (" + String.join(", ", columns) + ") VALUES ("
                + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ")";
    }
}
