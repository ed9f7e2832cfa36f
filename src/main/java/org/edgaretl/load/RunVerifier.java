package org.edgaretl.load;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.edgaretl.io.RunManifest;
import org.edgaretl.io.Table;

/**
 * Checks a run directory against its {@code manifest.json} before anything is loaded: the manifest exists and
 * parses, lists every table's CSV file, and each file has the listed sha256, row count and the table's header
 * (today's, or that of an earlier release, whose columns are a prefix of today's).
 */
public final class RunVerifier {

    private RunVerifier() {
    }

    public static VerifiedRun verify(Path directory) throws RunRefusedException {
        Path manifestFile = directory.resolve(RunManifest.FILE_NAME);
        RunManifest manifest;
        String manifestSha256;
        try {
            manifest = RunManifest.read(directory);
            manifestSha256 = HexFormat.of().formatHex(RunManifest.sha256().digest(Files.readAllBytes(manifestFile)));
        } catch (NoSuchFileException e) {
            throw new RunRefusedException(manifestFile + " is missing: this is not the output of a completed ingest run");
        } catch (IOException e) {
            throw new RunRefusedException(manifestFile + " is corrupt: " + firstLine(e.getMessage()));
        }
        if (manifest.manifestVersion() < 1 || manifest.manifestVersion() > RunManifest.VERSION) {
            throw new RunRefusedException(manifestFile + " has format version " + manifest.manifestVersion()
                    + "; this edgar-etl reads version " + RunManifest.VERSION);
        }
        Map<Table, List<String>> headers = new EnumMap<>(Table.class);
        for (Table table : Table.values()) {
            RunManifest.FileEntry listed = manifest.file(table.fileName()).orElseThrow(() -> new RunRefusedException(
                    manifestFile + " does not list " + table.fileName()));
            headers.put(table, check(directory.resolve(table.fileName()), table, listed));
        }
        return new VerifiedRun(directory, manifest, manifestSha256, headers);
    }

    /** Checks one file against its manifest entry and returns its header. */
    private static List<String> check(Path csv, Table table, RunManifest.FileEntry listed) throws RunRefusedException {
        if (!Files.isRegularFile(csv)) {
            throw new RunRefusedException(csv + " is missing (listed in " + RunManifest.FILE_NAME + ")");
        }
        RunManifest.FileEntry actual;
        List<String> header;
        try {
            actual = RunManifest.describe(csv);
            header = header(csv);
        } catch (IOException | UncheckedIOException e) {
            throw new RunRefusedException(csv + " cannot be read as CSV: " + firstLine(e.getMessage()));
        }
        if (!actual.sha256().equalsIgnoreCase(listed.sha256())) {
            throw new RunRefusedException(csv + " does not match " + RunManifest.FILE_NAME + ": sha256 is "
                    + actual.sha256() + ", the manifest says " + listed.sha256());
        }
        if (actual.rows() != listed.rows()) {
            throw new RunRefusedException(csv + " does not match " + RunManifest.FILE_NAME + ": it has "
                    + actual.rows() + " rows, the manifest says " + listed.rows());
        }
        // A run of an earlier release lacks the columns appended since; the loader derives or leaves them empty.
        if (!table.isHeaderOfSomeRelease(header)) {
            throw new RunRefusedException(csv + " has the columns " + header + ", expected " + table.columnNames());
        }
        return header;
    }

    private static List<String> header(Path csv) throws IOException {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.RFC4180.parse(reader)) {
            Iterator<CSVRecord> records = parser.iterator();
            return records.hasNext() ? records.next().toList() : List.of();
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).strip();
    }
}
