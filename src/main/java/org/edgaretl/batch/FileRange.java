package org.edgaretl.batch;

import java.util.ArrayList;
import java.util.List;

import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * One partition's share of the input: the items {@code [from, to)} of the sorted list of {@code total}
 * items. Ranges are contiguous and in list order, so concatenating the partitions' outputs in partition
 * order gives the rows of a single-threaded run.
 */
public record FileRange(int index, int from, int to, int total) {

    static final String INDEX = "partition.index";
    static final String FROM = "partition.from";
    static final String TO = "partition.to";
    static final String TOTAL = "partition.total";

    /**
     * Cuts the items into at most {@code parts} non-empty contiguous ranges of near-equal total weight (file
     * size: the work grows with it, and a real input sorts its biggest forms together), one empty range when
     * there are no items.
     */
    public static List<FileRange> split(long[] weights, int parts) {
        int total = weights.length;
        int count = Math.max(1, Math.min(parts, total));
        long sum = 0;
        for (long w : weights) {
            sum += Math.max(1, w);
        }
        List<FileRange> ranges = new ArrayList<>(count);
        int from = 0;
        long seen = 0;
        int next = 0;
        for (int i = 0; i < count; i++) {
            int to;
            if (i == count - 1) {
                to = total;
            } else {
                double goal = (double) sum * (i + 1) / count;
                while (next < total && seen + Math.max(1, weights[next]) / 2.0 <= goal) {
                    seen += Math.max(1, weights[next++]);
                }
                // every range keeps at least one item, and leaves one for each range after it
                to = Math.min(Math.max(next, from + 1), total - (count - 1 - i));
                while (next < to) {
                    seen += Math.max(1, weights[next++]);
                }
            }
            ranges.add(new FileRange(i, from, to, total));
            from = to;
        }
        return ranges;
    }

    /** The line a partition's folder keeps its range in, for the merge step. */
    String toLine() {
        return index + " " + from + " " + to + " " + total;
    }

    static FileRange ofLine(String line) {
        String[] f = line.strip().split(" ");
        return new FileRange(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]));
    }

    /** The partition's name, which sorts in partition order; it names its step execution and part folder. */
    public String name() {
        return partitionName(index);
    }

    public static String partitionName(int index) {
        return String.format("partition%04d", index);
    }

    public ExecutionContext toContext() {
        ExecutionContext context = new ExecutionContext();
        context.putInt(INDEX, index);
        context.putInt(FROM, from);
        context.putInt(TO, to);
        context.putInt(TOTAL, total);
        return context;
    }
}
