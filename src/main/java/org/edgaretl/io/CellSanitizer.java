package org.edgaretl.io;

import java.util.ArrayList;
import java.util.List;

/**
 * Neutralizes CSV cells that a spreadsheet would run as a formula (leading {@code =}, {@code +},
 * {@code -}, {@code @}, tab or carriage return) by prefixing a single quote, as OWASP advises. Numbers such
 * as {@code -5} are left alone so that numeric columns stay numeric. Disabled, it passes cells through.
 */
public final class CellSanitizer {

    public static final CellSanitizer ENABLED = new CellSanitizer(true);
    public static final CellSanitizer DISABLED = new CellSanitizer(false);

    private final boolean enabled;

    private CellSanitizer(boolean enabled) {
        this.enabled = enabled;
    }

    public static CellSanitizer of(boolean enabled) {
        return enabled ? ENABLED : DISABLED;
    }

    public List<String> sanitize(List<String> row) {
        if (!enabled) {
            return row;
        }
        List<String> out = new ArrayList<>(row.size());
        for (String cell : row) {
            out.add(sanitize(cell));
        }
        return out;
    }

    public String sanitize(String cell) {
        if (!enabled || cell == null || cell.isEmpty()) {
            return cell;
        }
        char first = cell.charAt(0);
        boolean risky = first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
        if (risky && !isNumber(cell)) {
            return "'" + cell;
        }
        return cell;
    }

    private static boolean isNumber(String cell) {
        return cell.matches("[-+]?\\d+(\\.\\d+)?");
    }
}
