package org.edgaretl.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.edgaretl.input.InputDirectory;
import org.edgaretl.input.InputItem;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Cuts the run's sorted listing into contiguous ranges of near-equal bytes, one per partition, and makes each
 * partition's part folder with its range, for the merge step. Spring Batch calls it again on a restart but
 * then hands each unfinished partition the context it first ran with, so the ranges never move.
 */
public final class FileRangePartitioner implements Partitioner {

    private final InputDirectory input;
    private final Predicate<String> selection;
    private final Path runParts;
    private final Long partitions;

    /**
     * @param runParts   the run's folder of part folders ({@link PartFiles#runDirectory})
     * @param partitions the run's own partition count, which wins over the grid size; {@code null} for none
     */
    public FileRangePartitioner(InputDirectory input, Predicate<String> selection, Path runParts, Long partitions) {
        this.input = input;
        this.selection = selection;
        this.runParts = runParts;
        this.partitions = partitions;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        try {
            List<InputItem> items = FilingFileReader.selectedItems(input, selection);
            Map<String, ExecutionContext> contexts = new LinkedHashMap<>();
            for (FileRange range : FileRange.split(weights(items), partitions != null ? partitions.intValue() : gridSize)) {
                Path part = Files.createDirectories(runParts.resolve(range.name()));
                Path rangeFile = part.resolve(PartFiles.RANGE_FILE);
                if (!Files.exists(rangeFile)) {
                    Files.writeString(rangeFile, range.toLine() + "\n");
                }
                contexts.put(range.name(), range.toContext());
            }
            return contexts;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot partition the input " + input.root() + ": " + e.getMessage(), e);
        }
    }

    /**
     * Each item's share of the work: a plain file's size; an archive entry, its archive's size over its
     * entries (an entry's own size is known only by streaming through the archive).
     */
    private long[] weights(List<InputItem> items) throws IOException {
        Map<String, Integer> entriesPerFile = new HashMap<>();
        for (InputItem item : items) {
            entriesPerFile.merge(item.file(), 1, Integer::sum);
        }
        Map<String, Long> fileSizes = new HashMap<>();
        long[] weights = new long[items.size()];
        for (int i = 0; i < weights.length; i++) {
            InputItem item = items.get(i);
            long size = fileSizes.computeIfAbsent(item.file(), input::sizeOf);
            weights[i] = Math.max(1, size / entriesPerFile.get(item.file()));
        }
        return weights;
    }
}
