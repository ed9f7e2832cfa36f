package org.edgaretl.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.edgaretl.io.CellSanitizer;
import org.edgaretl.io.CsvTableFile;
import org.edgaretl.io.Table;

/** Builds a small output folder (the pipeline's CSV files) by hand, starting from what the labels expect. */
final class OutputFixture {

    private final Map<Table, List<Map<String, String>>> rows = new EnumMap<>(Table.class);

    OutputFixture() {
        for (Table t : Table.values()) {
            rows.put(t, new ArrayList<>());
        }
    }

    /** Adds the rows a perfect extraction of {@code label} would give, under filing id {@code fid}. */
    OutputFixture perfect(Label label, String fid) {
        Map<String, String> filing = new HashMap<>();
        label.filing().forEach((k, v) -> filing.put(k, v == null ? null : String.valueOf(v)));
        filing.put("filing_id", fid);
        filing.put("source_file", label.file());
        add(Table.FILINGS, filing);
        for (Map<String, Object> e : label.events()) {
            add(Table.EVENTS, Map.of("filing_id", fid, "item_code", (String) e.get("item_code"),
                    "regime", (String) e.get("regime"), "reported", String.valueOf(e.get("reported"))));
        }
        for (Map<String, Object> x : label.exhibits()) {
            add(Table.EXHIBITS, Map.of("filing_id", fid, "exhibit_number", (String) x.get("exhibit_number")));
        }
        int seq = 1;
        for (Map<String, Object> f : label.financings()) {
            add(Table.FINANCINGS, Map.of("filing_id", fid, "seq", String.valueOf(seq++),
                    "instrument", (String) f.get("instrument"), "amount", String.valueOf(f.get("amount"))));
        }
        return this;
    }

    OutputFixture add(Table table, Map<String, String> row) {
        rows.get(table).add(new HashMap<>(row));
        return this;
    }

    /** Changes one column of the rows of {@code table} whose filing id is {@code fid}. */
    OutputFixture set(Table table, String fid, String column, String value) {
        rows.get(table).stream().filter(r -> fid.equals(r.get("filing_id"))).forEach(r -> r.put(column, value));
        return this;
    }

    OutputFixture remove(Table table, String fid, String column, String value) {
        rows.get(table).removeIf(r -> fid.equals(r.get("filing_id")) && value.equals(r.get(column)));
        return this;
    }

    Path writeTo(Path dir) throws IOException {
        for (Table t : Table.values()) {
            try (CsvTableFile file = CsvTableFile.create(dir.resolve(t.fileName()), t.columnNames(), CellSanitizer.DISABLED)) {
                for (Map<String, String> row : rows.get(t)) {
                    file.write(t.columnNames().stream().map(row::get).toList());
                }
            }
        }
        return dir;
    }
}
