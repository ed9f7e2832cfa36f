package org.edgaretl.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real jar traced with strace over an input directory that holds symbolic links (to a file and to a
 * directory) leading out of it: no file outside the input directory is opened (besides the JVM, the jar and
 * system files), and every file opened for writing, created, renamed or removed lies in the output directory
 * or the database directory.
 */
class PathConfinementIntegrationTest {

    private static final Pattern CALL = Pattern.compile(
            "^\\d+\\s+(openat|open|creat|mkdir|mkdirat|rename|renameat2?|unlink|unlinkat|truncate)\\((?:AT_FDCWD|\\d+)?,?\\s*\"([^\"]*)\"(.*)$");

    @TempDir
    Path tmp;

    @Test
    void nothingOutsideTheInputIsReadAndNothingOutsideTheOutputIsWritten() throws Exception {
        assumeThat(Files.isExecutable(Path.of("/usr/bin/strace"))).as("strace is installed").isTrue();
        Path outside = Files.createDirectories(tmp.resolve("outside"));
        Files.copy(BadInputs.corpusFile("seed/immunogen-1995-08-8k.txt"), outside.resolve("secret.txt"));
        Path input = Files.createDirectories(tmp.resolve("input"));
        Files.copy(BadInputs.corpusFile("1990s/0000914260-00-000037.txt"), input.resolve("real.txt"));
        Files.createSymbolicLink(input.resolve("link-to-file.txt"), outside.resolve("secret.txt"));
        Files.createSymbolicLink(input.resolve("link-to-dir"), outside);
        Path work = Files.createDirectories(tmp.resolve("work"));
        Path trace = tmp.resolve("trace.txt");

        List<String> command = new ArrayList<>(List.of("/usr/bin/strace", "-f", "-qq", "-s", "4096", "-o", trace.toString(),
                "-e", "trace=open,openat,creat,mkdir,mkdirat,rename,renameat,renameat2,unlink,unlinkat,truncate",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                // no /tmp/hsperfdata_* file: the JVM creates it relative to a directory it changes into
                "-XX:-UsePerfData",
                "-Dspring.datasource.url=jdbc:h2:file:" + work.resolve("db/edgar"),
                "-jar", JarProcess.JAR.toAbsolutePath().toString(), "ingest", "--input", input.toString(), "--output", "out"));
        Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true)
                .redirectOutput(tmp.resolve("run.log").toFile()).start();
        assertThat(process.waitFor()).as(Files.readString(tmp.resolve("run.log"))).isZero();

        Path out = work.resolve("out");
        Path db = work.resolve("db");
        List<String> readOutside = new ArrayList<>();
        List<String> writtenOutside = new ArrayList<>();
        int calls = 0;
        List<String> lines = Files.readAllLines(trace);
        // the trace does see the job's own reads and writes
        assertThat(lines).anyMatch(l -> l.contains(input.resolve("real.txt").toString()));
        assertThat(lines).anyMatch(l -> l.contains("out/filings.csv") && l.contains("O_CREAT"));
        for (String line : lines) {
            Matcher m = CALL.matcher(line);
            if (!m.find() || line.contains("= -1 ENOENT")) {
                continue;
            }
            calls++;
            Path path = work.resolve(m.group(2)).normalize();
            boolean writes = !m.group(1).startsWith("open") || m.group(3).matches(".*O_(WRONLY|RDWR|CREAT|TRUNC).*");
            boolean inOutput = path.startsWith(out) || path.startsWith(db);
            if (writes && !inOutput && !isJvmScratch(path)) {
                writtenOutside.add(line);
            }
            if (path.startsWith(outside) || path.startsWith(input.resolve("link-to-dir"))
                    || path.equals(input.resolve("link-to-file.txt"))) {
                readOutside.add(line);
            }
        }
        assertThat(calls).as("the trace recorded file calls").isGreaterThan(100);
        assertThat(readOutside).as("opened through a link leading out of the input").isEmpty();
        assertThat(writtenOutside).as("written outside the output and database directories").isEmpty();
        assertThat(Files.readString(out.resolve("filings.csv"))).contains("real.txt").doesNotContain("secret.txt");
        assertThat(Files.readString(out.resolve("rejects.csv"))).doesNotContain("link-to-dir");
    }

    /** The kernel's pseudo files are not the job's writes. */
    private static boolean isJvmScratch(Path path) {
        String p = path.toString();
        return p.startsWith("/proc/") || p.startsWith("/dev/") || p.startsWith("/sys/");
    }
}
