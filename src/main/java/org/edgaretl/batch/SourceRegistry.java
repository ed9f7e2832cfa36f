package org.edgaretl.batch;

import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.edgaretl.domain.ProcessedFile;
import org.edgaretl.input.FilingFile;
import org.edgaretl.io.SqlDialect;
import org.springframework.batch.core.scope.context.StepContext;
import org.springframework.batch.core.scope.context.StepSynchronizationManager;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemProcessor;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The registry of processed source files ({@code processed_files}: input, name, sha256): as the first
 * processor it filters out a file whose bytes match the registry, so an incremental run does only new and
 * changed files; the writer records each written file in the chunk's transaction. Files without bytes (too
 * large, unreadable) are never recorded, so they are tried again. {@code reprocess} processes every file.
 */
public class SourceRegistry implements ItemProcessor<FilingFile, FilingFile> {

    private final JdbcTemplate jdbc;
    private final SqlDialect dialect;
    private final String inputPath;
    private final boolean reprocess;
    /** Digests of the files between processing and writing, by source name. */
    private final Map<String, String> pending = new ConcurrentHashMap<>();

    public SourceRegistry(DataSource dataSource, Path input, boolean reprocess) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.dialect = jdbc.execute((java.sql.Connection c) ->
                SqlDialect.forProductName(c.getMetaData().getDatabaseProductName()));
        this.inputPath = input.toAbsolutePath().normalize().toString();
        this.reprocess = reprocess;
    }

    @Override
    public FilingFile process(FilingFile file) {
        if (!file.isReadable()) {
            return file;
        }
        String sha = sha256(file.bytes());
        if (!reprocess && sha.equals(registered(file.sourceName()))) {
            return null;
        }
        pending.put(file.sourceName(), sha);
        return file;
    }

    private String registered(String source) {
        List<String> found = jdbc.queryForList(
                "SELECT sha256 FROM processed_files WHERE input_path = ? AND source_file = ?", String.class, inputPath, source);
        return found.isEmpty() ? null : found.get(0);
    }

    /** Records the chunk's files with their digests; runs inside the chunk's transaction. */
    public void record(Chunk<? extends ProcessedFile> chunk) {
        Long execution = currentJobExecutionId();
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> rows = new ArrayList<>();
        for (ProcessedFile file : chunk) {
            String source = file.isRejected() ? file.reject().sourceFile() : file.extracted().filing().sourceFile();
            String sha = pending.remove(source);
            if (sha != null) {
                String outcome = file.isRejected() ? "rejected:" + file.reject().reason().code() : "filing";
                rows.add(new Object[] {inputPath, source, sha, outcome, execution, now});
            }
        }
        if (!rows.isEmpty()) {
            jdbc.batchUpdate(upsert(), rows);
        }
    }

    private String upsert() {
        String columns = "input_path, source_file, sha256, outcome, job_execution_id, processed_at";
        return switch (dialect) {
            case H2 -> "MERGE INTO processed_files (" + columns + ") KEY (input_path, source_file) VALUES (?, ?, ?, ?, ?, ?)";
            case POSTGRESQL -> "INSERT INTO processed_files (" + columns + ") VALUES (?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT (input_path, source_file) DO UPDATE SET sha256 = EXCLUDED.sha256, "
                    + "outcome = EXCLUDED.outcome, job_execution_id = EXCLUDED.job_execution_id, "
                    + "processed_at = EXCLUDED.processed_at";
        };
    }

    private static Long currentJobExecutionId() {
        StepContext context = StepSynchronizationManager.getContext();
        return context == null ? null : context.getStepExecution().getJobExecutionId();
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
