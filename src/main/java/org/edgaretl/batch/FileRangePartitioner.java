package org.edgaretl.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.edgaretl.input.InputDirectory;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Cuts the sorted input list into contiguous ranges of near-equal bytes, one per partition, and makes each
 * partition's part folder with its range, for the merge step. Called again on a restart, when only the
 * contexts of unfinished partitions are used, and those are the ones they first ran with.
 */
public final class FileRangePartitioner implements Partitioner {

    private final InputDirectory input;
    private final Path output;
    private final Long partitions;

    /** @param partitions the run's own partition count, which wins over the grid size; {@code null} for none */
    public FileRangePartitioner(InputDirectory input, Path output, Long partitions) {
        this.input = input;
        this.output = output;
        this.partitions = partitions;
    }

    /** The item's size on disk, its weight in cutting ranges; 1 for an item that is not a plain file. */
    private long sizeOf(String name) {
        try {
            Path file = input.root().resolve(name);
            return Files.isRegularFile(file) ? Files.size(file) : 1;
        } catch (IOException e) {
            return 1;
        }
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        try {
            List<String> names = input.list();
            long[] sizes = new long[names.size()];
            for (int i = 0; i < sizes.length; i++) {
                sizes[i] = sizeOf(names.get(i));
            }
            Map<String, ExecutionContext> contexts = new LinkedHashMap<>();
            for (FileRange range : FileRange.split(sizes, partitions != null ? partitions.intValue() : gridSize)) {
                Path part = Files.createDirectories(PartFiles.partDirectory(output, range.name()));
                Path rangeFile = part.resolve(PartFiles.RANGE_FILE);
                if (!Files.exists(rangeFile)) {
                    // A restart keeps the ranges its partitions first ran with.
                    Files.writeString(rangeFile, range.toLine() + "\n");
                }
                contexts.put(range.name(), range.toContext());
            }
            return contexts;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot partition the input directory " + input.root() + ": " + e.getMessage(), e);
        }
    }
}
