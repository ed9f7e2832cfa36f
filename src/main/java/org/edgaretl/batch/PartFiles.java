package org.edgaretl.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where partitions write: {@code OUTPUT/.parts/<job instance>/partitionNNNN/} holds one partition's CSV files
 * and its range, which the merge step concatenates in partition order into the contract files of
 * {@code OUTPUT}. Keyed by job instance, so a new run can clear an abandoned run's parts while a restart keeps
 * its own.
 */
public final class PartFiles {

    static final String ROOT = ".parts";
    static final String RANGE_FILE = "range.txt";

    private PartFiles() {
    }

    public static Path root(Path output) {
        return output.resolve(ROOT);
    }

    public static Path runDirectory(Path output, long jobInstanceId) {
        return root(output).resolve(Long.toString(jobInstanceId));
    }

    /** The run's partition folders, in partition order. */
    static List<Path> partDirectories(Path run) throws IOException {
        if (!Files.isDirectory(run)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(run)) {
            return dirs.filter(Files::isDirectory).filter(d -> d.getFileName().toString().startsWith("partition"))
                    .sorted(Comparator.comparing(d -> d.getFileName().toString())).toList();
        }
    }

    /** Removes the parts of every run but this one (those of an abandoned or earlier run). */
    static void deleteOthers(Path output, long jobInstanceId) throws IOException {
        Path root = root(output);
        if (!Files.isDirectory(root)) {
            return;
        }
        try (Stream<Path> runs = Files.list(root)) {
            for (Path run : runs.toList()) {
                if (!run.getFileName().toString().equals(Long.toString(jobInstanceId))) {
                    deleteTree(run);
                }
            }
        }
    }

    /** Removes every part file (a completed run's merged parts). */
    static void deleteAll(Path output) throws IOException {
        deleteTree(root(output));
    }

    private static void deleteTree(Path top) throws IOException {
        if (!Files.exists(top)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(top)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
