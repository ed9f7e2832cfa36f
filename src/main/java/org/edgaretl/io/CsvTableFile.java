package org.edgaretl.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One output CSV file (UTF-8, RFC 4180, header row) that can be reopened at a committed byte position:
 * everything after that position (rows of a chunk that never committed) is cut off before appending.
 */
public final class CsvTableFile implements AutoCloseable {

    static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n").get();

    private final Path path;
    private final FileChannel channel;
    private final CSVPrinter printer;
    private final CellSanitizer sanitizer;

    private CsvTableFile(Path path, FileChannel channel, CellSanitizer sanitizer) {
        this.path = path;
        this.channel = channel;
        this.sanitizer = sanitizer;
        BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(Channels.newOutputStream(channel),
                StandardCharsets.UTF_8), 1 << 16);
        try {
            this.printer = new CSVPrinter(writer, FORMAT);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Creates (or empties) the file and writes its header row. */
    public static CsvTableFile create(Path path, List<String> columns, CellSanitizer sanitizer) throws IOException {
        Files.createDirectories(path.toAbsolutePath().getParent());
        FileChannel channel = FileChannel.open(path, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING);
        CsvTableFile file = new CsvTableFile(path, channel, sanitizer);
        file.printer.printRecord(columns);
        return file;
    }

    /** Reopens the file after a restart, discarding bytes written after the last committed position. */
    public static CsvTableFile resume(Path path, long committedPosition, CellSanitizer sanitizer) throws IOException {
        if (!Files.exists(path)) {
            throw new IOException(path + ": the output file of the interrupted run is missing; cannot resume it");
        }
        FileChannel channel = FileChannel.open(path, StandardOpenOption.WRITE);
        if (channel.size() < committedPosition) {
            channel.close();
            throw new IOException(path + ": the file is shorter (" + Files.size(path)
                    + " bytes) than its committed position (" + committedPosition + "); it was changed outside the job");
        }
        channel.truncate(committedPosition);
        channel.position(committedPosition);
        return new CsvTableFile(path, channel, sanitizer);
    }

    public void write(List<String> row) throws IOException {
        printer.printRecord(sanitizer.sanitize(row));
    }

    /** Flushes and syncs to disk, and returns the position that a committed chunk ends at. */
    public long commitPosition() throws IOException {
        printer.flush();
        channel.force(false);
        return channel.position();
    }

    public Path path() {
        return path;
    }

    @Override
    public void close() throws IOException {
        try {
            printer.flush();
        } finally {
            printer.close();
        }
    }
}
