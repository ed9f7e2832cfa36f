package org.edgaretl.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.edgaretl.domain.ProcessedFile;
import org.edgaretl.extract.FilingPipeline;
import org.edgaretl.io.CellSanitizer;
import org.edgaretl.io.CsvTableFile;
import org.edgaretl.io.Table;

/**
 * Developer tool: runs the Spring-free pipeline over a folder and writes the output CSVs, without the
 * batch job, for quick extraction work with {@code evaluate.py}. Usage: {@code CorpusDump INPUT OUTPUT}.
 */
public final class CorpusDump {

    public static void main(String[] args) throws IOException {
        Path input = Path.of(args[0]);
        Path output = Path.of(args[1]);
        FilingPipeline pipeline = new FilingPipeline();
        Map<Table, CsvTableFile> files = new EnumMap<>(Table.class);
        for (Table t : Table.values()) {
            files.put(t, CsvTableFile.create(output.resolve(t.fileName()), t.columnNames(), CellSanitizer.DISABLED));
        }
        List<Path> paths;
        try (Stream<Path> walk = Files.walk(input)) {
            paths = walk.filter(Files::isRegularFile)
                    .filter(p -> p.getFileName().toString().toLowerCase().matches(".*\\.(txt|htm|html|nc)$"))
                    .filter(p -> !input.relativize(p).startsWith("labels") && !input.relativize(p).startsWith("index"))
                    .sorted().toList();
        }
        long start = System.nanoTime();
        int rejected = 0;
        for (Path p : paths) {
            ProcessedFile result = pipeline.process(input.relativize(p).toString(), Files.readAllBytes(p));
            if (result.isRejected()) {
                rejected++;
                System.err.println("reject: " + result.reject());
            }
            for (Table t : Table.values()) {
                for (List<String> row : t.rowsOf(result)) {
                    files.get(t).write(row);
                }
            }
        }
        for (CsvTableFile f : files.values()) {
            f.close();
        }
        System.err.printf("%d files, %d rejected, %.1f s%n", paths.size(), rejected, (System.nanoTime() - start) / 1e9);
    }
}
