package org.edgaretl.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where partitions write: {@code OUTPUT/.parts/partitionNNNN/} holds one partition's CSV files, which
 * the merge step concatenates in partition order into the contract files of {@code OUTPUT}.
 */
public final class PartFiles {

    static final String ROOT = ".parts";
    static final String RANGE_FILE = "range.txt";

    private PartFiles() {
    }

    public static Path root(Path output) {
        return output.resolve(ROOT);
    }

    public static Path partDirectory(Path output, String partitionName) {
        return root(output).resolve(partitionName);
    }

    /** The partition folders, in partition order. */
    static List<Path> partDirectories(Path output) throws IOException {
        Path root = root(output);
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory).filter(d -> d.getFileName().toString().startsWith("partition"))
                    .sorted(Comparator.comparing(d -> d.getFileName().toString())).toList();
        }
    }

    /** Removes every part file (a fresh run's leftovers, or a completed run's merged parts). */
    static void deleteAll(Path output) throws IOException {
        Path root = root(output);
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
