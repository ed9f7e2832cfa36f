package org.edgaretl.batch;

import org.edgaretl.domain.Stage;
import org.edgaretl.domain.RejectReason;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.edgaretl.domain.ProcessedFile;
import org.edgaretl.domain.Reject;
import org.edgaretl.io.CsvOutputWriter;
import org.edgaretl.io.JdbcOutputWriter;
import org.edgaretl.io.Table;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.batch.infrastructure.item.ItemStreamWriter;

/**
 * The step's writer: guards against two files of one run claiming the same filing, enforces the reject
 * limit, then writes the chunk to the database and to the CSV files, in that order, so that a database
 * failure leaves no CSV rows behind and a CSV failure rolls the database back. It also records the files
 * in the source registry and keeps the run's row counts per table and reject reason in the step's context
 * (under {@value #COUNT_PREFIX}), so that they add up across restarts.
 */
public class IngestOutputWriter implements ItemStreamWriter<ProcessedFile> {

    private static final String REJECTED_KEY = "ingest.rejected";
    /** Context keys {@code ingest.count.rows.<table>} and {@code ingest.count.rejects.<reason_code>}. */
    public static final String COUNT_PREFIX = "ingest.count.";

    private final JdbcOutputWriter database;
    private final CsvOutputWriter csv;
    private final long rejectLimit;
    private final SourceRegistry registry;
    private final Map<String, Long> counts = new TreeMap<>();
    private final Map<String, String> sourceByFilingId = new HashMap<>();
    private long rejected;

    public IngestOutputWriter(JdbcOutputWriter database, CsvOutputWriter csv, long rejectLimit) {
        this(database, csv, rejectLimit, null);
    }

    public IngestOutputWriter(JdbcOutputWriter database, CsvOutputWriter csv, long rejectLimit, SourceRegistry registry) {
        this.database = database;
        this.csv = csv;
        this.rejectLimit = rejectLimit;
        this.registry = registry;
    }

    @Override
    public void open(ExecutionContext context) {
        rejected = context.getLong(REJECTED_KEY, 0L);
        counts.clear();
        context.entrySet().stream().filter(e -> e.getKey().startsWith(COUNT_PREFIX))
                .forEach(e -> counts.put(e.getKey().substring(COUNT_PREFIX.length()), ((Number) e.getValue()).longValue()));
        csv.open(context);
        sourceByFilingId.putAll(csv.writtenFilingSources());
    }

    /**
     * Filings that earlier partitions of the run already wrote (id to source file): a later file claiming
     * one of them is a duplicate, as it would be in a single-threaded run.
     */
    public void claimedEarlier(Map<String, String> sourceByEarlierFilingId) {
        sourceByEarlierFilingId.forEach(sourceByFilingId::putIfAbsent);
    }

    @Override
    public void write(Chunk<? extends ProcessedFile> chunk) throws Exception {
        List<ProcessedFile> files = new ArrayList<>(chunk.size());
        for (ProcessedFile file : chunk) {
            files.add(guardDuplicate(file));
        }
        long chunkRejects = files.stream().filter(ProcessedFile::isRejected).count();
        if (rejectLimit >= 0 && rejected + chunkRejects > rejectLimit) {
            throw new RejectLimitExceededException(rejected + chunkRejects, rejectLimit);
        }
        Chunk<ProcessedFile> checked = new Chunk<>(files);
        database.write(checked);
        csv.write(checked);
        if (registry != null) {
            registry.record(checked);
        }
        rejected += chunkRejects;
        count(checked);
    }

    private void count(Chunk<ProcessedFile> chunk) {
        for (ProcessedFile file : chunk) {
            for (Table table : Table.values()) {
                counts.merge("rows." + table.tableName(), (long) table.rowsOf(file).size(), Long::sum);
            }
            if (file.isRejected()) {
                counts.merge("rejects." + file.reject().reason().code(), 1L, Long::sum);
            }
        }
    }

    private ProcessedFile guardDuplicate(ProcessedFile file) {
        if (file.isRejected()) {
            return file;
        }
        String id = file.extracted().filing().filingId();
        String source = file.extracted().filing().sourceFile();
        String earlier = sourceByFilingId.putIfAbsent(id, source);
        if (earlier != null && !earlier.equals(source)) {
            return ProcessedFile.rejected(new Reject(source, Stage.VALIDATE, RejectReason.DUPLICATE_FILING,
                    source + ": filing " + id + " was already read from " + earlier + " in this run"));
        }
        return file;
    }

    @Override
    public void update(ExecutionContext context) {
        csv.update(context);
        context.putLong(REJECTED_KEY, rejected);
        counts.forEach((key, value) -> context.putLong(COUNT_PREFIX + key, value));
    }

    @Override
    public void close() {
        sourceByFilingId.clear();
        csv.close();
    }
}
