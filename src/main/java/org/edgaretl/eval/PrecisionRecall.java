package org.edgaretl.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.BiPredicate;

/** True positives, false positives and false negatives of one comparison, with precision, recall and F1. */
public record PrecisionRecall(int tp, int fp, int fn) {

    public static final PrecisionRecall ZERO = new PrecisionRecall(0, 0, 0);

    public PrecisionRecall {
        if (tp < 0 || fp < 0 || fn < 0) {
            throw new IllegalArgumentException("counts are never negative");
        }
    }

    /** Compares two sets, as evaluate.py's {@code Counter(set)}. */
    public static PrecisionRecall ofSets(Set<String> gold, Set<String> got) {
        int tp = (int) got.stream().filter(gold::contains).count();
        return new PrecisionRecall(tp, got.size() - tp, gold.size() - tp);
    }

    /**
     * Compares two multisets under {@code same} (an equivalence, except that an item may equal nothing, as
     * a NaN does in Python): the size of their intersection is the number of one-to-one matches.
     */
    public static <T> PrecisionRecall ofBags(Collection<T> gold, Collection<T> got, BiPredicate<T, T> same) {
        List<T> unmatched = new ArrayList<>(gold);
        int tp = 0;
        for (T g : got) {
            for (int i = 0; i < unmatched.size(); i++) {
                if (same.test(unmatched.get(i), g)) {
                    unmatched.remove(i);
                    tp++;
                    break;
                }
            }
        }
        return new PrecisionRecall(tp, got.size() - tp, gold.size() - tp);
    }

    public PrecisionRecall plus(PrecisionRecall other) {
        return new PrecisionRecall(tp + other.tp, fp + other.fp, fn + other.fn);
    }

    /** Precision; 1.0 when nothing was produced. */
    public double p() {
        return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
    }

    /** Recall; 1.0 when nothing was expected. */
    public double r() {
        return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
    }

    public double f1() {
        double p = p();
        double r = r();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }

    /** How many items were expected. */
    public int gold() {
        return tp + fn;
    }
}
