package org.edgaretl.eval;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The result of scoring an output folder against the labels: per-era figures ({@code 1990s}, {@code 2001-2004},
 * {@code 2004+}, {@code all}; only eras that have labels) and every miss, printable exactly as evaluate.py prints.
 */
public final class EvalReport {

    private static final int PRINTED_MISSES = 60;

    private final List<EraScores> eras;
    private final List<String> misses;

    public EvalReport(List<EraScores> eras, List<String> misses) {
        this.eras = List.copyOf(eras);
        this.misses = List.copyOf(misses);
    }

    public List<EraScores> eras() {
        return eras;
    }

    /** The scores of one era, if any label falls in it. */
    public Optional<EraScores> find(String era) {
        return eras.stream().filter(e -> e.era().equals(era)).findFirst();
    }

    /** The scores of one era; fails when no label falls in it. */
    public EraScores era(String era) {
        return find(era).orElseThrow(() -> new IllegalArgumentException("no labels in era " + era));
    }

    /** The scores over all labels. */
    public EraScores all() {
        return era("all");
    }

    /** What did not match, one line each ({@code file: field: want 'x' got 'y'}, events, financings). */
    public List<String> misses() {
        return misses;
    }

    /** The figures by era under evaluate.py's JSON names. */
    public Map<String, Map<String, Object>> figures() {
        Map<String, Map<String, Object>> out = new LinkedHashMap<>();
        eras.forEach(e -> out.put(e.era(), e.figures()));
        return out;
    }

    /** The figures table, one line per era. */
    public String table() {
        StringBuilder out = new StringBuilder(String.format("%-10s %5s %4s %7s %6s %6s %6s %6s %6s %6s %6s %5s%n",
                "era", "files", "miss", "fields", "soft", "ev_P", "ev_R", "ev_F1", "ex_F1", "fin_P", "fin_R", "fin_n"));
        for (EraScores e : eras) {
            out.append(String.format("%-10s %5d %4d %7s %6s %6s %6s %6s %6s %6s %6s %5d%n", e.era(), e.files(),
                    e.missing(), fixed3(e.fields()), fixed3(e.softFields()), fixed3(e.eventsP()),
                    fixed3(e.eventsR()), fixed3(e.eventsF1()), fixed3(e.exhibitsF1()), fixed3(e.finP()),
                    fixed3(e.finR()), e.finGold()));
        }
        return out.toString().replace(System.lineSeparator(), "\n");
    }

    /** What {@code evaluate.py} prints: the first 60 misses, then the table. */
    public String text() {
        StringBuilder out = new StringBuilder();
        misses.stream().limit(PRINTED_MISSES).forEach(m -> out.append("  miss: ").append(m).append('\n'));
        return out.append(table()).toString();
    }

    /** What {@code evaluate.py --json} prints. */
    public String json() {
        StringBuilder out = new StringBuilder("{\n \"result\": {");
        for (int i = 0; i < eras.size(); i++) {
            out.append(i == 0 ? "\n" : ",\n").append("  ").append(PyText.jsonString(eras.get(i).era())).append(": {");
            int j = 0;
            for (Map.Entry<String, Object> figure : eras.get(i).figures().entrySet()) {
                out.append(j++ == 0 ? "\n" : ",\n").append("   ").append(PyText.jsonString(figure.getKey()))
                        .append(": ").append(jsonNumber(figure.getValue()));
            }
            out.append("\n  }");
        }
        out.append(eras.isEmpty() ? "}" : "\n }").append(",\n \"misses\": [");
        for (int i = 0; i < misses.size(); i++) {
            out.append(i == 0 ? "\n" : ",\n").append("  ").append(PyText.jsonString(misses.get(i)));
        }
        return out.append(misses.isEmpty() ? "]" : "\n ]").append("\n}\n").toString();
    }

    private static String jsonNumber(Object value) {
        if (value == null) {
            return "null";
        }
        return value instanceof Double d ? PyText.floatRepr(d) : value.toString();
    }

    /** Python's {@code f"{x or 0:.3f}"}: nothing to score prints as zero. */
    private static String fixed3(double x) {
        return PyText.fixed(Double.isNaN(x) ? 0.0 : x, 3);
    }

    @Override
    public String toString() {
        return table();
    }
}
