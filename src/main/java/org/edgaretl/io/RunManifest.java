package org.edgaretl.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;


/**
 * {@code manifest.json}: what a completed ingest run wrote into its output directory (every CSV file with
 * its row count and sha256) and what produced it, so that a consumer such as {@code load} can check that
 * the files are complete and untouched before using them.
 *
 * @param manifestVersion  format version of this file
 * @param toolVersion      version of edgar-etl that wrote the run
 * @param schemaVersion    Flyway version of the ingest store's schema at the end of the run
 * @param jobExecutionId   the Spring Batch job execution that completed the run
 * @param csvFormulaGuard  whether text cells starting with {@code = + - @} (tab, CR) carry a leading {@code '}
 */
public record RunManifest(@JsonAlias("manifestVersion") int manifestVersion, String tool,
                          @JsonAlias("toolVersion") String toolVersion,
                          @JsonAlias("schemaVersion") String schemaVersion,
                          @JsonAlias("jobExecutionId") long jobExecutionId, String input, String output,
                          @JsonAlias("csvFormulaGuard") boolean csvFormulaGuard,
                          @JsonAlias("completedAt") String completedAt, List<FileEntry> files) {

    public static final String FILE_NAME = "manifest.json";
    /**
     * Format 2 names its keys in snake_case like {@code summary.json} and the tables ({@code manifest_version});
     * format 1 (0.1.0) named them in camelCase, which {@link #read} still accepts.
     */
    public static final int VERSION = 2;

    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** One output file: its name in the run directory, its data rows (header excluded), bytes and sha256 (hex). */
    public record FileEntry(String name, long rows, long bytes, String sha256) {
    }

    public RunManifest {
        files = files == null ? null : List.copyOf(files);
    }

    public Optional<FileEntry> file(String name) {
        return files.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** Describes every table's CSV file in the directory. */
    public static List<FileEntry> describeTables(Path directory) throws IOException {
        List<FileEntry> entries = new ArrayList<>();
        for (Table table : Table.values()) {
            entries.add(describe(directory.resolve(table.fileName())));
        }
        return entries;
    }

    /**
     * Counts a CSV file's data records while hashing its bytes, in one pass over the bytes: a record ends at a
     * line feed outside quotes (a quoted cell may span lines; an escaped {@code ""} toggles twice). Safe on
     * UTF-8, where {@code "} and line feed never occur inside a multi-byte character.
     */
    public static FileEntry describe(Path csv) throws IOException {
        MessageDigest sha256 = sha256();
        long records = 0;
        long bytes = 0;
        boolean quoted = false;
        int last = -1;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(csv)) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                sha256.update(buffer, 0, n);
                for (int i = 0; i < n; i++) {
                    byte b = buffer[i];
                    if (b == '"') {
                        quoted = !quoted;
                    } else if (b == '\n' && !quoted) {
                        records++;
                    }
                }
                if (n > 0) {
                    last = buffer[n - 1];
                }
                bytes += n;
            }
        }
        if (bytes > 0 && last != '\n') {
            records++;
        }
        return new FileEntry(csv.getFileName().toString(), Math.max(0, records - 1), bytes,
                HexFormat.of().formatHex(sha256.digest()));
    }

    /** Writes {@code manifest.json} into the directory, atomically, so a reader never sees half a manifest. */
    public Path write(Path directory) throws IOException {
        Path target = directory.resolve(FILE_NAME);
        Path temp = directory.resolve(FILE_NAME + ".tmp");
        JSON.writeValue(temp.toFile(), this);
        try {
            return Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (java.nio.file.AtomicMoveNotSupportedException e) {
            return Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /**
     * Reads the directory's manifest.
     *
     * @throws java.nio.file.NoSuchFileException when there is none
     * @throws IOException                        when it is not a valid manifest
     */
    public static RunManifest read(Path directory) throws IOException {
        RunManifest manifest;
        try (InputStream in = Files.newInputStream(directory.resolve(FILE_NAME))) {
            manifest = JSON.readValue(in, RunManifest.class);
        }
        if (manifest == null || manifest.files() == null) {
            throw new IOException("no \"files\" list");
        }
        for (FileEntry file : manifest.files()) {
            if (file == null || file.name() == null || file.sha256() == null || file.rows() < 0) {
                throw new IOException("a file entry lacks its name, rows or sha256");
            }
        }
        return manifest;
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
