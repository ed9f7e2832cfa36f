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
}
