package org.edgaretl.batch;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

import org.edgaretl.input.InputDirectory;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * Cuts the sorted input list into contiguous ranges, one per partition, and makes each partition's part
 * folder, so that the merge step knows how many partitions there are. Called again on a restart: the
 * ranges are a function of the list, so they come out the same (a worker checks the list size).
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

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        try {
            int total = input.list().size();
            Map<String, ExecutionContext> contexts = new LinkedHashMap<>();
            for (FileRange range : FileRange.split(total, partitions != null ? partitions.intValue() : gridSize)) {
                Files.createDirectories(PartFiles.partDirectory(output, range.name()));
                contexts.put(range.name(), range.toContext());
            }
            return contexts;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot partition the input directory " + input.root() + ": " + e.getMessage(), e);
        }
    }
}
