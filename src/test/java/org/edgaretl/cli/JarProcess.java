package org.edgaretl.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs the real {@code target/edgar-etl.jar} in a child JVM, as a user or a scheduler would. */
final class JarProcess {

    static final Path JAR = Path.of("target", "edgar-etl.jar");

    private JarProcess() {
    }

    static Process start(Path workDir, Path log, List<String> jvmOptions, String... args) throws IOException {
        if (!Files.exists(JAR)) {
            throw new IllegalStateException(JAR.toAbsolutePath() + " is missing: run the tests with 'mvn verify'");
        }
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx256m");
        command.addAll(jvmOptions);
        command.add("-jar");
        command.add(JAR.toAbsolutePath().toString());
        command.addAll(List.of(args));
        return new ProcessBuilder(command).directory(workDir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    /** Runs to the end and returns the exit code; fails if it takes more than the given seconds. */
    static int run(Path workDir, Path log, List<String> jvmOptions, long seconds, String... args) throws Exception {
        Process process = start(workDir, log, jvmOptions, args);
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("edgar-etl did not finish within " + seconds + " s; log: " + Files.readString(log));
        }
        return process.exitValue();
    }

    /**
     * Filing rows committed so far under an output directory: in the partitions' part files while a run is
     * going (the contract files appear only at its merge step), else in {@code filings.csv}.
     */
    static long filingRows(java.nio.file.Path out) {
        java.nio.file.Path parts = out.resolve(".parts");
        if (!java.nio.file.Files.isDirectory(parts)) {
            return dataLines(out.resolve("filings.csv"));
        }
        try (var files = java.nio.file.Files.walk(parts)) {
            return files.filter(f -> f.getFileName().toString().equals("filings.csv")).mapToLong(JarProcess::dataLines).sum();
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return 0; // the parts were removed while being listed: the run completed
        }
    }

    private static long dataLines(java.nio.file.Path csv) {
        try (var lines = java.nio.file.Files.lines(csv, java.nio.charset.StandardCharsets.UTF_8)) {
            return Math.max(0, lines.count() - 1);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }
}
