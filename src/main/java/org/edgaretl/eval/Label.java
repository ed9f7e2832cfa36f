package org.edgaretl.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One hand-checked label (labels/*.json): the corpus file it describes and the filing fields, events, exhibits
 * and financings expected from it, kept as the JSON values so that evaluate.py's comparisons carry over exactly.
 */
public record Label(String file, Map<String, Object> filing, List<Map<String, Object>> events,
                    List<Map<String, Object>> exhibits, List<Map<String, Object>> financings) {

    private static final Pattern YEAR_IN_ACCESSION = Pattern.compile("-(\\p{Nd}\\p{Nd})-\\p{Nd}{6}");

    public Label {
        if (file == null) {
            throw new IllegalArgumentException("a label needs its \"file\"");
        }
        filing = frozen(filing);
        events = events.stream().map(Label::frozen).toList();
        exhibits = exhibits.stream().map(Label::frozen).toList();
        financings = financings.stream().map(Label::frozen).toList();
    }

    public static Label read(Path path) throws IOException {
        try {
            return parse(Files.readString(path, StandardCharsets.UTF_8));
        } catch (IllegalArgumentException e) {
            throw new IOException(path + ": " + e.getMessage(), e);
        }
    }

    public static Label parse(String json) {
        if (!(JsonReader.parse(json) instanceof Map<?, ?> root)) {
            throw new IllegalArgumentException("a label is a JSON object");
        }
        Object file = root.get("file");
        return new Label(file == null ? null : PyText.str(file), map(root.get("filing")), maps(root.get("events")),
                maps(root.get("exhibits")), maps(root.get("financings")));
    }

    /** The file name part of {@link #file()}, which joins the label to {@code filings.csv:source_file}. */
    public String baseName() {
        return file.substring(file.lastIndexOf('/') + 1);
    }

    /**
     * The era the label is scored in: {@code 1990s} (filed before 2001), {@code 2001-2004} (before 2004 or under
     * the pre-2004 item numbering) or {@code 2004+}. The year comes from the filed date, else the report date,
     * else the accession number in the file name.
     */
    public String era() {
        String date = firstTruthy(filing.get("filed_date"), filing.get("report_date"));
        int[] cps = date.codePoints().limit(4).toArray();
        String head = new String(cps, 0, cps.length);
        int year = PyText.isDigits(head) ? Integer.parseInt(PyText.intString(head)) : 0;
        if (year == 0) {
            Matcher m = YEAR_IN_ACCESSION.matcher(file);
            if (m.find()) {
                int yy = Integer.parseInt(PyText.intString(m.group(1)));
                year = yy > 50 ? 1900 + yy : 2000 + yy;
            }
        }
        Set<Object> regimes = events.stream().map(e -> e.get("regime"))
                .collect(Collectors.toCollection(HashSet::new));
        if (year != 0 && year < 2001) {
            return "1990s";
        }
        if (regimes.contains("pre-2004") || (year != 0 && year < 2004)) {
            return "2001-2004";
        }
        return "2004+";
    }

    private static String firstTruthy(Object... values) {
        for (Object v : values) {
            if (PyText.truthy(v)) {
                return PyText.str(v);
            }
        }
        return "";
    }

    // JSON nulls are kept: a "reported": null differs from an absent "reported" (which means true)
    private static Map<String, Object> frozen(Map<String, Object> m) {
        return Collections.unmodifiableMap(new LinkedHashMap<>(m));
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object v) {
        return v instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static List<Map<String, Object>> maps(Object v) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (v instanceof List<?> list) {
            for (Object item : list) {
                out.add(map(item));
            }
        }
        return out;
    }
}
