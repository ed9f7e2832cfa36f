package org.edgaretl.batch;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Fixtures and readers shared by the job tests: real filings from test resources, CSV rows as maps. */
final class JobTestSupport {

    private JobTestSupport() {
    }

    /** The folder of real corpus filings copied into test resources. */
    static Path corpus() {
        try {
            return Path.of(JobTestSupport.class.getResource("/corpus").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies the given corpus files (relative paths) into a fresh input directory. */
    static Path inputOf(Path dir, String... relativePaths) throws IOException {
        for (String relative : relativePaths) {
            Path target = dir.resolve(relative);
            Files.createDirectories(target.getParent());
            Files.copy(corpus().resolve(relative), target);
        }
        return dir;
    }

    /** Copies every corpus filing in test resources into a fresh input directory. */
    static Path inputOfWholeCorpus(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(corpus())) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = dir.resolve(corpus().relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
        return dir;
    }

    static List<Map<String, String>> rows(Path csv) {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                rows.add(record.toMap());
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static long countFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).count();
        }
    }
}
