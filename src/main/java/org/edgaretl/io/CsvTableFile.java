package org.edgaretl.io;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
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

    /**
     * Reopens the file after a restart, discarding bytes written after the last committed position.
     *
     * @param columns the columns the file must have: a file that an earlier release began has fewer
     */
    public static CsvTableFile resume(Path path, List<String> columns, long committedPosition, CellSanitizer sanitizer)
            throws IOException {
        if (!Files.exists(path)) {
            throw new IOException(path + ": the output file of the interrupted run is missing; cannot resume it");
        }
        requireHeader(path, columns);
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

    /**
     * Refuses a file that does not start with this header row: rows with today's columns appended under an
     * earlier release's header would shift every later column.
     */
    public static void requireHeader(Path path, List<String> columns) throws IOException {
        byte[] header = headerBytes(columns);
        byte[] start = new byte[header.length];
        int read;
        try (InputStream in = Files.newInputStream(path)) {
            read = in.readNBytes(start, 0, start.length);
        }
        if (read != start.length || !Arrays.equals(start, header)) {
            throw new IOException(path + " was begun with other columns than " + columns.size() + " (by an earlier"
                    + " edgar-etl?): finish that run with the version that started it, or start over with --fresh");
        }
    }

    /** The header row as this class writes it. */
    public static byte[] headerBytes(List<String> columns) {
        return (String.join(",", columns) + "\r\n").getBytes(StandardCharsets.UTF_8);
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
