package org.edgaretl.batch;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import javax.sql.DataSource;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.edgaretl.domain.ProcessedFile;
import org.edgaretl.input.InputCursor;
import org.edgaretl.input.InputDirectory;
import org.edgaretl.input.InputItem;
import org.edgaretl.io.CellSanitizer;
import org.edgaretl.io.CsvOutputWriter;
import org.edgaretl.io.JdbcOutputWriter;
import org.edgaretl.io.CsvTableFile;
import org.edgaretl.io.Table;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * The last step of a run: concatenates the partitions' CSV files, in partition order, into the contract
 * files, which then equal those of a one-thread run byte for byte, and records the run's totals.
 *
 * <p>Partitions run side by side, so a partition cannot know that an earlier partition holds the same
 * filing. This step finds such a filing (its id in an earlier partition's {@code filings.csv}) and replays
 * the files the later partition wrote, with the earlier claims known, which rejects the later file as a
 * duplicate exactly as a one-thread run would; it then rewrites the earlier file's rows to the database,
 * which the later file may have overwritten. Rerunnable: the contract files are rebuilt from the parts each
 * time and replaced atomically; database writes are upserts.
 */
public final class PartMerger implements Tasklet {

    /** Context keys of the run's totals in the merge step's execution context. */
    public static final String TOTAL_FILES = "ingest.total.files";
    public static final String TOTAL_REJECTED = "ingest.total.rejected";
    public static final String TOTAL_SKIPPED = "ingest.total.skipped";

    private static final CSVFormat READ = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();

    private final InputDirectory input;
    private final Predicate<String> selection;
    private final Path output;
    private final Path runParts;
    private final FilingProcessor processor;
    private final DataSource dataSource;
    private final CellSanitizer sanitizer;
    private final int chunkSize;
    private final long rejectLimit;

    /** @param runParts the run's folder of part folders ({@link PartFiles#runDirectory}) */
    public PartMerger(InputDirectory input, Predicate<String> selection, Path output, Path runParts,
                      FilingProcessor processor, DataSource dataSource, CellSanitizer sanitizer, int chunkSize,
                      long rejectLimit) {
        this.input = input;
        this.selection = selection;
        this.output = output;
        this.runParts = runParts;
        this.processor = processor;
        this.dataSource = dataSource;
        this.sanitizer = sanitizer;
        this.chunkSize = chunkSize;
        this.rejectLimit = rejectLimit;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        List<Path> parts = PartFiles.partDirectories(runParts);
        if (parts.isEmpty()) {
            throw new IllegalStateException("no partition outputs under " + runParts
                    + "; they were deleted during the run (start over with --fresh)");
        }
        resolveDuplicates(parts);
        Map<String, Long> counts = new TreeMap<>();
        long items = 0;
        for (Path part : parts) {
            FileRange range = FileRange.ofLine(Files.readString(part.resolve(PartFiles.RANGE_FILE)));
            items += range.to() - range.from();
            for (Table table : Table.values()) {
                counts.merge("rows." + table.tableName(), records(part.resolve(table.fileName())), Long::sum);
            }
            rejectReasons(part).forEach((reason, n) -> counts.merge("rejects." + reason, n, Long::sum));
        }
        long rejected = counts.getOrDefault("rows." + Table.REJECTS.tableName(), 0L);
        long files = rejected + counts.getOrDefault("rows." + Table.FILINGS.tableName(), 0L);
        if (rejectLimit >= 0 && rejected > rejectLimit) {
            throw new RejectLimitExceededException(rejected, rejectLimit);
        }
        for (Table table : Table.values()) {
            concatenate(parts, table);
        }
        ExecutionContext context = chunkContext.getStepContext().getStepExecution().getExecutionContext();
        context.putLong(TOTAL_FILES, files);
        context.putLong(TOTAL_REJECTED, rejected);
        context.putLong(TOTAL_SKIPPED, items - files);
        counts.forEach((key, value) -> context.putLong(IngestOutputWriter.COUNT_PREFIX + key, value));
        return RepeatStatus.FINISHED;
    }

    private void resolveDuplicates(List<Path> parts) throws Exception {
        Map<String, String> claims = new HashMap<>();
        List<InputItem> items = null;
        for (Path part : parts) {
            Map<String, String> own = filingSources(part);
            Map<String, String> taken = new LinkedHashMap<>();
            own.forEach((id, source) -> {
                String earlier = claims.get(id);
                if (earlier != null && !earlier.equals(source)) {
                    taken.put(id, earlier);
                }
            });
            if (!taken.isEmpty()) {
                items = items == null ? FilingFileReader.selectedItems(input, selection) : items;
                FileRange range = FileRange.ofLine(Files.readString(part.resolve(PartFiles.RANGE_FILE)));
                if (range.total() != items.size()) {
                    throw new IllegalStateException("the input " + input.root() + " changed during the run"
                            + " (start over with --fresh)");
                }
                replay(items.subList(range.from(), range.to()), part, claims);
                rewriteWinners(taken, items);
                own = filingSources(part);
            }
            own.forEach(claims::putIfAbsent);
        }
    }

    /**
     * Runs the files one partition wrote (not those its registry skipped) again into fresh part files,
     * knowing the filings earlier partitions hold.
     */
    private void replay(List<InputItem> range, Path part, Map<String, String> claims) throws Exception {
        Set<String> written = new HashSet<>(filingSources(part).values());
        written.addAll(rejectSources(part));
        SourceRegistry registry = new SourceRegistry(dataSource, input.root(), true);
        IngestOutputWriter writer = new IngestOutputWriter(new JdbcOutputWriter(dataSource),
                new CsvOutputWriter("replay", part, sanitizer), -1, registry);
        writer.open(new ExecutionContext());
        try (InputCursor cursor = input.cursor()) {
            writer.claimedEarlier(claims);
            List<ProcessedFile> chunk = new ArrayList<>(chunkSize);
            for (InputItem item : range) {
                if (!written.contains(item.sourceName())) {
                    continue;
                }
                chunk.add(processor.process(registry.process(cursor.read(item))));
                if (chunk.size() == chunkSize) {
                    writer.write(new Chunk<>(chunk));
                    chunk = new ArrayList<>(chunkSize);
                }
            }
            if (!chunk.isEmpty()) {
                writer.write(new Chunk<>(chunk));
            }
            writer.update(new ExecutionContext());
        } finally {
            writer.close();
        }
    }

    /** Writes the rows of the files that first claimed these filings to the database again. */
    private void rewriteWinners(Map<String, String> sourceByFilingId, List<InputItem> items) throws Exception {
        Map<String, InputItem> bySource = new HashMap<>();
        items.forEach(item -> bySource.put(item.sourceName(), item));
        JdbcOutputWriter database = new JdbcOutputWriter(dataSource);
        try (InputCursor cursor = input.cursor()) {
            for (Map.Entry<String, String> claim : sourceByFilingId.entrySet()) {
                InputItem item = bySource.get(claim.getValue());
                ProcessedFile winner = item == null ? null : processor.process(cursor.read(item));
                if (winner != null && !winner.isRejected() && winner.extracted().filing().filingId().equals(claim.getKey())) {
                    database.write(new Chunk<>(List.of(winner)));
                }
            }
        }
    }

    private void concatenate(List<Path> parts, Table table) throws IOException {
        byte[] header = CsvTableFile.headerBytes(table.columnNames());
        Path target = output.resolve(table.fileName());
        Path temporary = output.resolve(table.fileName() + ".merging");
        try (FileChannel out = FileChannel.open(temporary, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(ByteBuffer.wrap(header));
            for (Path part : parts) {
                Path file = part.resolve(table.fileName());
                try (FileChannel in = FileChannel.open(file, StandardOpenOption.READ)) {
                    CsvTableFile.requireHeader(file, table.columnNames());
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

    private static Map<String, String> filingSources(Path part) throws IOException {
        Map<String, String> sources = new LinkedHashMap<>();
        forEachRecord(part.resolve(Table.FILINGS.fileName()),
                record -> sources.putIfAbsent(record.get("filing_id"), record.get("source_file")));
        return sources;
    }

    private static Set<String> rejectSources(Path part) throws IOException {
        Set<String> sources = new HashSet<>();
        forEachRecord(part.resolve(Table.REJECTS.fileName()), record -> sources.add(record.get("source_file")));
        return sources;
    }

    private static Map<String, Long> rejectReasons(Path part) throws IOException {
        Map<String, Long> reasons = new TreeMap<>();
        forEachRecord(part.resolve(Table.REJECTS.fileName()), record -> reasons.merge(record.get("reason_code"), 1L, Long::sum));
        return reasons;
    }

    private static long records(Path csv) throws IOException {
        long[] n = {0};
        forEachRecord(csv, record -> n[0]++);
        return n[0];
    }

    private static void forEachRecord(Path csv, java.util.function.Consumer<CSVRecord> action) throws IOException {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8); CSVParser parser = READ.parse(reader)) {
            for (CSVRecord record : parser) {
                action.accept(record);
            }
        }
    }
}
