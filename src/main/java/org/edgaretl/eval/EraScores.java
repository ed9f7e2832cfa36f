package org.edgaretl.eval;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The counts of one era (or {@code all}) and its figures, rounded to four places as evaluate.py reports them.
 * A share with nothing to score ({@link #fields()} of an era without labels) is {@code NaN}.
 */
public record EraScores(String era, int files, int missing, int fieldOk, int fieldCount, int softOk, int softCount,
                        PrecisionRecall events, PrecisionRecall notReported, PrecisionRecall exhibits,
                        PrecisionRecall financings) {

    static EraScores empty(String era) {
        return new EraScores(era, 0, 0, 0, 0, 0, 0, PrecisionRecall.ZERO, PrecisionRecall.ZERO,
                PrecisionRecall.ZERO, PrecisionRecall.ZERO);
    }

    /** Share of the nine contract filing fields that match. */
    public double fields() {
        return fieldCount == 0 ? Double.NaN : PyText.round((double) fieldOk / fieldCount, 4);
    }

    /** Share of the soft fields (phone, signer, signed date) that match. */
    public double softFields() {
        return softCount == 0 ? Double.NaN : PyText.round((double) softOk / softCount, 4);
    }

    public double eventsP() {
        return PyText.round(events.p(), 4);
    }

    public double eventsR() {
        return PyText.round(events.r(), 4);
    }

    public double eventsF1() {
        return PyText.round(events.f1(), 4);
    }

    public double notReportedF1() {
        return PyText.round(notReported.f1(), 4);
    }

    public double exhibitsF1() {
        return PyText.round(exhibits.f1(), 4);
    }

    public double finP() {
        return PyText.round(financings.p(), 4);
    }

    public double finR() {
        return PyText.round(financings.r(), 4);
    }

    /** How many financings the labels of this era hold. */
    public int finGold() {
        return financings.gold();
    }

    /** The figures under evaluate.py's JSON names, in its order; a share with nothing to score is {@code null}. */
    public Map<String, Object> figures() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("files", files);
        out.put("missing", missing);
        out.put("fields", fieldCount == 0 ? null : fields());
        out.put("soft_fields", softCount == 0 ? null : softFields());
        out.put("events_p", eventsP());
        out.put("events_r", eventsR());
        out.put("events_f1", eventsF1());
        out.put("not_reported_f1", notReportedF1());
        out.put("exhibits_f1", exhibitsF1());
        out.put("fin_p", finP());
        out.put("fin_r", finR());
        out.put("fin_gold", finGold());
        return out;
    }

    EraScores plus(boolean isMissing, int fieldOkDelta, int fieldDelta, int softOkDelta, int softDelta,
                   PrecisionRecall ev, PrecisionRecall nr, PrecisionRecall ex, PrecisionRecall fin) {
        return new EraScores(era, files + 1, missing + (isMissing ? 1 : 0), fieldOk + fieldOkDelta,
                fieldCount + fieldDelta, softOk + softOkDelta, softCount + softDelta, events.plus(ev),
                notReported.plus(nr), exhibits.plus(ex), financings.plus(fin));
    }
}
