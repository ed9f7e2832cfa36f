package org.edgaretl.io;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Types;
import java.time.LocalDate;

/** One output column: its name, shared by CSV header and database, and its SQL type for typed binding. */
public record Column(String name, Type type) {

    /** The SQL types the output tables use. */
    public enum Type {
        TEXT(Types.VARCHAR), DATE(Types.DATE), DECIMAL(Types.NUMERIC), INTEGER(Types.INTEGER), BIGINT(Types.BIGINT),
        BOOLEAN(Types.BOOLEAN);

        private final int sqlType;

        Type(int sqlType) {
            this.sqlType = sqlType;
        }

        public int sqlType() {
            return sqlType;
        }
    }

    static Column text(String name) {
        return new Column(name, Type.TEXT);
    }

    /** Converts a CSV cell to the value bound to this column's SQL parameter ({@code null} for an empty cell). */
    public Object toSqlValue(String cell) {
        if (cell == null || (cell.isEmpty() && type != Type.TEXT)) {
            return null;
        }
        return switch (type) {
            case TEXT -> cell;
            case DATE -> Date.valueOf(LocalDate.parse(cell));
            case DECIMAL -> new BigDecimal(cell);
            case INTEGER -> Integer.valueOf(cell);
            case BIGINT -> Long.valueOf(cell);
            case BOOLEAN -> Boolean.valueOf(cell);
        };
    }
}
