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

    /** Cuts {@code total} items into at most {@code parts} ranges of near-equal size (one empty range when there are none). */
    public static List<FileRange> split(int total, int parts) {
        int count = Math.max(1, Math.min(parts, total));
        List<FileRange> ranges = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            ranges.add(new FileRange(i, (int) ((long) total * i / count), (int) ((long) total * (i + 1) / count), total));
        }
        return ranges;
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
