package org.edgaretl.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Scores an output folder (filings/events/exhibits/financings CSV) against the hand-checked labels, the Java
 * port of {@code tools/evaluate.py}: same joins, same normalization, same figures and the same miss texts.
 */
public final class LabelEvaluator {

    /** The contract fields of {@code filings}, scored as {@code fields}. */
    public static final List<String> FIELDS = List.of("accession_number", "cik", "company_name", "form_type",
            "filed_date", "report_date", "state_of_incorporation", "commission_file_number", "irs_employer_id");
    /** Fields that the cover page may phrase loosely, scored apart as {@code soft}. */
    public static final List<String> SOFT_FIELDS = List.of("business_phone", "signer_name", "signed_date");
    /** The eras in report order; {@code all} sums them. */
    public static final List<String> ERAS = List.of("1990s", "2001-2004", "2004+", "all");

    private LabelEvaluator() {
    }

    public static EvalReport evaluate(Path labelsDir, Path outputDir) throws IOException {
        return evaluate(readLabels(labelsDir), outputDir);
    }

    /** The labels of a folder ({@code *.json}) in file-name order. */
    public static List<Label> readLabels(Path labelsDir) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(labelsDir)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json"))
                    .sorted((a, b) -> PyText.CODE_POINT_ORDER.compare(a.getFileName().toString(),
                            b.getFileName().toString()))
                    .toList();
        }
        List<Label> labels = new ArrayList<>();
        for (Path file : files) {
            labels.add(Label.read(file));
        }
        return labels;
    }

    public static EvalReport evaluate(List<Label> labels, Path outputDir) throws IOException {
        // only the rows of labelled files are kept: scoring a full run's output must not load all of it
        Set<String> labelled = labels.stream().map(Label::baseName).collect(Collectors.toSet());
        Map<String, Map<String, String>> bySource = new HashMap<>();
        OutputTable.forEach(outputDir.resolve("filings.csv"), row -> {
            String source = Objects.requireNonNullElse(OutputTable.get(row, "source_file", ""), "");
            String baseName = source.substring(source.lastIndexOf('/') + 1);
            if (labelled.contains(baseName)) {
                bySource.putIfAbsent(baseName, row);
            }
        });
        Set<String> fids = bySource.values().stream().map(r -> r.get("filing_id"))
                .filter(fid -> fid != null && !fid.isEmpty()).collect(Collectors.toSet());
        Map<String, List<Map<String, String>>> events = byFiling(outputDir.resolve("events.csv"), fids);
        Map<String, List<Map<String, String>>> exhibits = byFiling(outputDir.resolve("exhibits.csv"), fids);
        Map<String, List<Map<String, String>>> financings = byFiling(outputDir.resolve("financings.csv"), fids);

        Map<String, EraScores> stats = new LinkedHashMap<>();
        List<String> misses = new ArrayList<>();
        for (Label label : labels) {
            String file = label.file();
            Map<String, String> row = bySource.get(label.baseName());
            String fid = row == null ? null : row.get("filing_id");
            if (row == null) {
                misses.add(file + ": no filings row");
            }
            int fieldOk = 0;
            int softOk = 0;
            for (String field : FIELDS) {
                if (fieldMatches(label, row, field, misses)) {
                    fieldOk++;
                }
            }
            for (String field : SOFT_FIELDS) {
                if (fieldMatches(label, row, field, null)) {
                    softOk++;
                }
            }

            List<Map<String, String>> gotEvents = rowsOf(events, fid);
            Set<String> goldEv = codes(label.events(), true);
            Set<String> goldNr = codes(label.events(), false);
            Set<String> gotEv = gotCodes(gotEvents, true);
            Set<String> gotNr = gotCodes(gotEvents, false);
            Set<String> goldEx = label.exhibits().stream().map(x -> Normalization.normEx(x.get("exhibit_number")))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            Set<String> gotEx = rowsOf(exhibits, fid).stream()
                    .map(x -> Normalization.normEx(x.get("exhibit_number")))
                    .collect(Collectors.toCollection(LinkedHashSet::new));
            List<Fin> goldFin = label.financings().stream()
                    .map(x -> new Fin(x.get("instrument"), Normalization.amount(x.get("amount")))).toList();
            List<Fin> gotFin = rowsOf(financings, fid).stream().map(x -> gotFinancing(x, goldFin)).toList();

            PrecisionRecall ev = PrecisionRecall.ofSets(goldEv, gotEv);
            PrecisionRecall nr = PrecisionRecall.ofSets(goldNr, gotNr);
            PrecisionRecall ex = PrecisionRecall.ofSets(goldEx, gotEx);
            PrecisionRecall fin = PrecisionRecall.ofBags(goldFin, gotFin, Fin::same);
            for (String era : List.of(label.era(), "all")) {
                stats.put(era, stats.getOrDefault(era, EraScores.empty(era)).plus(row == null, fieldOk,
                        FIELDS.size(), softOk, SOFT_FIELDS.size(), ev, nr, ex, fin));
            }
            if (!goldEv.equals(gotEv)) {
                misses.add(file + ": events want " + sortedRepr(goldEv) + " got " + sortedRepr(gotEv));
            }
            if (fin.tp() != goldFin.size() || fin.tp() != gotFin.size()) {
                misses.add(file + ": financings want " + sortedRepr(goldFin.stream().map(Fin::toString).toList())
                        + " got " + sortedRepr(gotFin.stream().map(Fin::toString).toList()));
            }
        }
        List<EraScores> eras = ERAS.stream().filter(stats::containsKey).map(stats::get).toList();
        return new EvalReport(eras, misses);
    }

    /** Compares one field as evaluate.py does, and notes a miss of a contract field in {@code misses}. */
    private static boolean fieldMatches(Label label, Map<String, String> row, String field, List<String> misses) {
        Object want = label.filing().get(field);
        Object got = row == null ? null : row.get(field);
        if (field.equals("cik")) {
            want = stripLeadingZeros(want);
            got = stripLeadingZeros(got);
        }
        if (field.equals("commission_file_number")) {
            want = Normalization.fileNo(want);
            got = Normalization.fileNo(got);
        }
        boolean ok = Normalization.norm(want).equals(Normalization.norm(got));
        if (!ok && field.equals("accession_number") && want == null && PyText.truthy(got)) {
            // an accession number taken from an EDGAR-style file name is not a guess
            ok = label.baseName().contains(PyText.str(got));
        }
        if (!ok && misses != null) {
            misses.add(label.file() + ": " + field + ": want " + PyText.repr(want) + " got " + PyText.repr(got));
        }
        return ok;
    }

    private static String stripLeadingZeros(Object v) {
        String s = PyText.truthy(v) ? PyText.str(v) : "";
        int i = 0;
        while (i < s.length() && s.charAt(i) == '0') {
            i++;
        }
        return s.substring(i);
    }

    private static Set<String> codes(List<Map<String, Object>> events, boolean reported) {
        return events.stream()
                .filter(x -> PyText.truthy(x.getOrDefault("reported", Boolean.TRUE)) == reported)
                .map(x -> Normalization.normCode(x.get("item_code")))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Set<String> gotCodes(List<Map<String, String>> rows, boolean reported) {
        return rows.stream()
                .filter(x -> Normalization.truthy(OutputTable.get(x, "reported", "true")) == reported)
                .map(x -> Normalization.normCode(x.get("item_code")))
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    /** An output financing: the label's own entry when instrument and amount (within 1%) match one. */
    private static Fin gotFinancing(Map<String, String> row, List<Fin> gold) {
        Double amount = Normalization.amount(OutputTable.get(row, "amount", null));
        String instrument = Objects.requireNonNullElse(row.get("instrument"), "");
        String key = PyText.lower(PyText.strip(instrument));
        for (Fin g : gold) {
            if (key.equals(g.instrument()) && g.amount() != null && amount != null
                    && Math.abs(g.amount() - amount) <= 0.01 * g.amount()) {
                return g;
            }
        }
        return new Fin(PyText.lower(instrument), amount);
    }

    private static Map<String, List<Map<String, String>>> byFiling(Path csv, Set<String> fids) throws IOException {
        Map<String, List<Map<String, String>>> out = new HashMap<>();
        OutputTable.forEach(csv, row -> {
            if (fids.contains(row.get("filing_id"))) {
                out.computeIfAbsent(row.get("filing_id"), k -> new ArrayList<>()).add(row);
            }
        });
        return out;
    }

    private static List<Map<String, String>> rowsOf(Map<String, List<Map<String, String>>> byFiling, String fid) {
        return fid == null || fid.isEmpty() ? List.of() : byFiling.getOrDefault(fid, List.of());
    }

    private static String sortedRepr(java.util.Collection<String> values) {
        return PyText.repr(values.stream().sorted(PyText.CODE_POINT_ORDER).toList());
    }

    /** A financing as evaluate.py compares it: (instrument, amount). */
    private record Fin(Object instrument, Double amount) {

        /** Python's tuple equality: a NaN amount equals nothing. */
        static boolean same(Fin a, Fin b) {
            boolean amounts = a.amount == null ? b.amount == null
                    : b.amount != null && a.amount.doubleValue() == b.amount.doubleValue();
            return Objects.equals(a.instrument, b.instrument) && amounts;
        }

        @Override
        public String toString() {
            return "(" + PyText.repr(instrument) + ", " + PyText.repr(amount) + ")";
        }
    }
}
