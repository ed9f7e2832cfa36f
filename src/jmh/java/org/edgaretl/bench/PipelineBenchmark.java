package org.edgaretl.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.edgaretl.extract.FilingPipeline;
import org.edgaretl.sec.SubmissionParser;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The Spring-free core per era of the real corpus: parsing alone, and parsing plus every extractor and
 * validation ({@link FilingPipeline#process}). One operation is every file of the era once (sizes differ by
 * two orders of magnitude, so a partial cycle would measure whichever files it happened to reach); divide
 * the score by the file count printed at setup for the cost per filing. Run with {@code jobs/jmh.sh}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(1)
public class PipelineBenchmark {

    @Param({"1990s", "2001-2004", "modern", "other-forms"})
    public String era;

    private final FilingPipeline pipeline = new FilingPipeline();
    private List<Path> files;
    private byte[][] contents;

    @Setup(Level.Trial)
    public void load() throws IOException {
        Path corpus = Path.of(System.getProperty("edgar.corpus",
                Files.isDirectory(Path.of("../shared/corpus")) ? "../shared/corpus" : "src/test/resources/corpus"));
        try (Stream<Path> walk = Files.walk(corpus.resolve(era))) {
            files = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).matches(".*\\.(txt|htm|html|nc)"))
                    .sorted().toList();
        }
        contents = new byte[files.size()][];
        long bytes = 0;
        for (int i = 0; i < files.size(); i++) {
            contents[i] = Files.readAllBytes(files.get(i));
            bytes += contents[i].length;
        }
        System.out.printf(Locale.ROOT, "%n%s: %d files, %.1f KB on average%n", era, files.size(),
                bytes / 1024.0 / Math.max(1, files.size()));
    }

    @Benchmark
    public void parse(Blackhole out) {
        for (int i = 0; i < contents.length; i++) {
            try {
                out.consume(SubmissionParser.parse(files.get(i).toString(), contents[i]));
            } catch (RuntimeException e) {
                out.consume(e); // a file the parser rejects costs what it costs; the reject is not the point here
            }
        }
    }

    @Benchmark
    public void parseAndExtract(Blackhole out) {
        for (int i = 0; i < contents.length; i++) {
            out.consume(pipeline.process(files.get(i).toString(), contents[i]));
        }
    }
}
