package org.edgaretl.tools;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.edgaretl.domain.ProcessedFile;
import org.edgaretl.extract.FilingPipeline;
import org.edgaretl.input.FilingFile;
import org.edgaretl.input.InputCursor;
import org.edgaretl.input.InputDirectory;
import org.edgaretl.input.InputItem;
import org.edgaretl.io.Table;

/**
 * Developer tool: single-thread throughput of the Spring-free parse+extract core over a corpus held in memory,
 * plus a digest of every output row so that a speed change can be checked for identical output at once.
 * Usage: {@code CoreThroughput INPUT [WARMUP_ROUNDS [MEASURED_ROUNDS]]}.
 */
public final class CoreThroughput {

    public static void main(String[] args) throws IOException {
        Path input = Path.of(args[0]);
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        List<FilingFile> files = load(new InputDirectory(input, 64L * 1024 * 1024));
        long bytes = files.stream().mapToLong(f -> f.bytes().length).sum();
        System.out.printf("%d files, %.1f MB, output digest %s%n", files.size(), bytes / 1e6, digest(files));
        // the same timeout as the batch job, so the deadline checks cost what they cost in production
        FilingPipeline pipeline = new FilingPipeline();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int r = 0; r < warmup; r++) {
            run(pipeline, files);
        }
        double best = 0;
        double sum = 0;
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            long cpuStart = threads.getCurrentThreadCpuTime();
            run(pipeline, files);
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            // per CPU-second of this thread, so that other load on the machine skews the figure less
            double mbps = bytes / 1e6 / cpuSeconds;
            best = Math.max(best, mbps);
            sum += mbps;
            System.out.printf("round %d: %.2f s wall, %.2f s cpu, %.1f MB/s, %.0f files/s (per cpu second)%n",
                    r + 1, seconds, cpuSeconds, mbps, files.size() / cpuSeconds);
        }
        double mean = sum / rounds;
        System.out.printf("mean %.1f MB/s (%.0f files/s) per cpu second, best %.1f MB/s%n", mean, mean * 1e6 / bytes * files.size(), best);
    }

    private static List<FilingFile> load(InputDirectory input) throws IOException {
        List<FilingFile> files = new ArrayList<>();
        try (InputCursor cursor = input.cursor()) {
            for (InputItem item : input.items()) {
                FilingFile file = cursor.read(item);
                if (file.isReadable()) {
                    files.add(file);
                }
            }
        }
        return files;
    }

    private static int run(FilingPipeline pipeline, List<FilingFile> files) {
        int rejected = 0;
        for (FilingFile f : files) {
            if (pipeline.process(f.sourceName(), f.bytes()).isRejected()) {
                rejected++;
            }
        }
        return rejected;
    }

    /** SHA-256 over every row of every table, in file order: equal digests mean equal output. */
    private static String digest(List<FilingFile> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            FilingPipeline pipeline = new FilingPipeline();
            for (FilingFile f : files) {
                ProcessedFile result = pipeline.process(f.sourceName(), f.bytes());
                for (Table t : Table.values()) {
                    for (List<String> row : t.rowsOf(result)) {
                        sha.update((t.name() + '\u0001' + String.join("\u0002", nullSafe(row)) + '\n')
                                .getBytes(StandardCharsets.UTF_8));
                    }
                }
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> nullSafe(List<String> row) {
        return row.stream().map(c -> c == null ? "\u0000" : c).toList();
    }
}
