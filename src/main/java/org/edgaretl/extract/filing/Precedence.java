package org.edgaretl.extract.filing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.edgaretl.domain.FieldSource;
import org.edgaretl.domain.FieldWarning;

/**
 * Chooses a field's value from its sources in precedence order (the first that states it wins) and
 * records every other source that states a different value, compared after a field-specific normalization.
 */
final class Precedence {

    /** A value and the source it was chosen from; both {@code null} when no source states one. */
    record Chosen<T>(T value, FieldSource source) {
    }

    /** A disagreement met, before the filing's id (itself chosen here: the accession number) is known. */
    private record Disagreement(String field, String chosen, String other, String source) {
    }

    private final List<Disagreement> disagreements = new ArrayList<>();

    <T> T choose(String field, List<CoverFields> sources, Function<CoverFields, T> value,
                 Function<T, String> comparable) {
        return chosen(field, sources, value, comparable).value();
    }

    <T> Chosen<T> chosen(String field, List<CoverFields> sources, Function<CoverFields, T> value,
                         Function<T, String> comparable) {
        T chosen = null;
        FieldSource chosenSource = null;
        for (CoverFields s : sources) {
            T v = value.apply(s);
            if (v == null) {
                continue;
            }
            if (chosen == null) {
                chosen = v;
                chosenSource = s.source();
            } else if (!Objects.equals(comparable.apply(chosen), comparable.apply(v))) {
                disagreements.add(new Disagreement(field, String.valueOf(chosen), String.valueOf(v),
                        s.source().code() + " (chosen from " + chosenSource.code() + ")"));
            }
        }
        return new Chosen<>(chosen, chosenSource);
    }

    /** The disagreements met so far, as warnings of the filing {@code filingId}. */
    List<FieldWarning> warnings(String filingId) {
        return disagreements.stream()
                .map(d -> new FieldWarning(filingId, d.field(), d.chosen(), d.other(), d.source()))
                .toList();
    }

    /** Case, punctuation, "the" and company suffixes do not make two names different. */
    static String name(String v) {
        String t = v.toLowerCase().replaceAll("\\\\[a-z]{2}\\\\?\\s*$", "").replaceAll("[^a-z0-9]+", " ");
        t = t.replaceAll("\\b(incorporated|inc|corp|corporation|co|company|ltd|limited|llc|plc|the)\\b", " ");
        return t.replaceAll("\\s+", "");
    }

    /** File numbers compare group by group without leading zeros (001-05805 is 1-5805). */
    static String fileNumber(String v) {
        StringBuilder out = new StringBuilder();
        for (String part : v.split("\\D+")) {
            if (!part.isEmpty()) {
                out.append(out.isEmpty() ? "" : "-").append(part.replaceFirst("^0+(?=\\d)", ""));
            }
        }
        return out.toString();
    }

    static String digits(String v) {
        return v.replaceAll("\\D", "");
    }

    static String upper(String v) {
        return v.strip().toUpperCase().replace(" ", "");
    }
}
