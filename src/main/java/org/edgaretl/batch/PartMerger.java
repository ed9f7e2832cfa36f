package org.edgaretl.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.edgaretl.domain.ProcessedFile;
import org.edgaretl.input.FilingFile;
import org.edgaretl.input.InputDirectory;
import org.edgaretl.io.CellSanitizer;
import org.edgaretl.io.CsvOutputWriter;
import org.edgaretl.io.JdbcOutputWriter;
import org.edgaretl.io.Table;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The last step of a partitioned run: concatenates the partitions' CSV files, in partition order, into
 * the contract files, which then equal those of a single-threaded run byte for byte.
 *
 * <p>Partitions run side by side, so a partition cannot know that an earlier partition holds the same
 * filing. This step finds such a filing (its id in an earlier partition's {@code filings.csv}) and replays
 * the later partition with the earlier claims known, which rejects the later file as a duplicate exactly as
 * a single-threaded run would; it then rewrites the earlier file's rows to the database, which the later
 * file may have overwritten. Rerunnable: the contract files are rebuilt from the parts each time and
 * replaced atomically; database writes are upserts.
 */
public final class PartMerger implements Tasklet {

    static final String TOTAL_FILES = "ingest.total.files";
    static final String TOTAL_FILINGS = "ingest.total.filings";
    static final String TOTAL_REJECTED = "ingest.total.rejected";

    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private final InputDirectory input;
    private final Path output;
    private final ItemProcessor<FilingFile, ProcessedFile> processor;
    private final DataSource dataSource;
    private final CellSanitizer sanitizer;
    private final int chunkSize;
    private final long rejectLimit;

    public PartMerger(InputDirectory input, Path output, ItemProcessor<FilingFile, ProcessedFile> processor,
                      DataSource dataSource, CellSanitizer sanitizer, int chunkSize, long rejectLimit) {
        this.input = input;
        this.output = output;
        this.processor = processor;
        this.dataSource = dataSource;
        this.sanitizer = sanitizer;
        this.chunkSize = chunkSize;
        this.rejectLimit = rejectLimit;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        List<Path> parts = PartFiles.partDirectories(output);
        if (parts.isEmpty()) {
            throw new IllegalStateException("no partition outputs under " + PartFiles.root(output)
                    + "; they were deleted during the run (start over with --fresh)");
        }
        Map<String, String> claims = new HashMap<>();
        List<String> names = null;
        for (int i = 0; i < parts.size(); i++) {
            Map<String, String> own = filingSources(parts.get(i));
            Map<String, String> taken = new LinkedHashMap<>();
            own.forEach((id, source) -> {
                String earlier = claims.get(id);
                if (earlier != null && !earlier.equals(source)) {
                    taken.put(id, earlier);
                }
            });
            if (!taken.isEmpty()) {
                names = names == null ? input.list() : names;
                FileRange range = FileRange.ofLine(Files.readString(parts.get(i).resolve(PartFiles.RANGE_FILE)));
                if (range.total() != names.size()) {
                    throw new IllegalStateException("the input directory " + input.root() + " changed during the run"
                            + " (start over with --fresh)");
                }
                replay(range, names, parts.get(i), claims);
                rewriteWinners(taken);
                own = filingSources(parts.get(i));
            }
            own.forEach(claims::putIfAbsent);
        }
        long rejected = 0;
        long files = 0;
        for (Path part : parts) {
            long partRejects = records(part.resolve(Table.REJECTS.fileName()));
            rejected += partRejects;
            files += partRejects + records(part.resolve(Table.FILINGS.fileName()));
        }
        if (rejectLimit >= 0 && rejected > rejectLimit) {
            throw new RejectLimitExceededException(rejected, rejectLimit);
        }
        for (Table table : Table.values()) {
            concatenate(parts, table);
        }
        ExecutionContext context = chunkContext.getStepContext().getStepExecution().getExecutionContext();
        context.putLong(TOTAL_FILES, files);
        context.putLong(TOTAL_FILINGS, files - rejected);
        context.putLong(TOTAL_REJECTED, rejected);
        return RepeatStatus.FINISHED;
    }

    /** Runs one partition's files again into fresh part files, knowing the filings earlier partitions hold. */
    private void replay(FileRange range, List<String> names, Path part, Map<String, String> claims) throws Exception {
        IngestOutputWriter writer = new IngestOutputWriter(new JdbcOutputWriter(dataSource),
                new CsvOutputWriter("replay", part, sanitizer), -1);
        writer.open(new ExecutionContext());
        try {
            writer.claimedEarlier(claims);
            List<ProcessedFile> chunk = new ArrayList<>(chunkSize);
            for (int i = range.from(); i < range.to(); i++) {
                chunk.add(processor.process(input.read(names.get(i))));
                if (chunk.size() == chunkSize || i == range.to() - 1) {
                    writer.write(new Chunk<>(chunk));
                    chunk = new ArrayList<>(chunkSize);
                }
            }
            writer.update(new ExecutionContext());
        } finally {
            writer.close();
        }
    }

    /** Writes the rows of the files that first claimed these filings to the database again. */
    private void rewriteWinners(Map<String, String> sourceByFilingId) throws Exception {
        JdbcOutputWriter database = new JdbcOutputWriter(dataSource);
        for (Map.Entry<String, String> claim : sourceByFilingId.entrySet()) {
            ProcessedFile winner = processor.process(input.read(claim.getValue()));
            if (winner != null && !winner.isRejected() && winner.extracted().filing().filingId().equals(claim.getKey())) {
                database.write(new Chunk<>(List.of(winner)));
            }
        }
    }

    private void concatenate(List<Path> parts, Table table) throws IOException {
        byte[] header = (String.join(",", table.columnNames()) + "\r\n").getBytes(StandardCharsets.UTF_8);
        Path target = output.resolve(table.fileName());
        Path temporary = output.resolve(table.fileName() + ".merging");
        try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(java.nio.ByteBuffer.wrap(header));
            for (Path part : parts) {
                Path file = part.resolve(table.fileName());
                try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
                    checkHeader(file, header);
                    long position = header.length;
                    long size = in.size();
                    while (position < size) {
                        position += in.transferTo(position, size - position, out);
                    }
                }
            }
            out.force(false);
        }
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void checkHeader(Path file, byte[] header) throws IOException {
        byte[] start = new byte[header.length];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(start, 0, start.length) != start.length || !java.util.Arrays.equals(start, header)) {
                throw new IOException(file + ": a partition's file does not start with the expected header row");
            }
        }
    }

    private static Map<String, String> filingSources(Path part) throws IOException {
        Map<String, String> sources = new LinkedHashMap<>();
        try (Reader reader = Files.newBufferedReader(part.resolve(Table.FILINGS.fileName()), StandardCharsets.UTF_8);
             CSVParser parser = READ.parse(reader)) {
            for (CSVRecord record : parser) {
                sources.putIfAbsent(record.get("filing_id"), record.get("source_file"));
            }
        }
        return sources;
    }

    private static long records(Path csv) throws IOException {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8); CSVParser parser = READ.parse(reader)) {
            long n = 0;
            for (CSVRecord ignored : parser) {
                n++;
            }
            return n;
        }
    }
}
