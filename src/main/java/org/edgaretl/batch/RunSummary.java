package org.edgaretl.batch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.step.StepExecution;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * What one job execution did, in the words an operator reads at the end of a run: files read, skipped as
 * unchanged, rows per entity and rejects per reason (summed over the restarts of the execution's step).
 *
 * @param rows    rows written per table ({@code filings}, {@code events} ... {@code rejects})
 * @param rejects rejected files per reason code
 * @param skipped files left out because the source registry holds the same bytes
 */
public record RunSummary(long executionId, String status, long read, long written, long rejected, String failure,
                         long skipped, Map<String, Long> rows, Map<String, Long> rejects) {

    public static final String FILE_NAME = "summary.json";

    public static RunSummary of(JobExecution execution) {
        long read = 0;
        long written = 0;
        long rejected = 0;
        long skipped = 0;
        Map<String, Long> rows = new TreeMap<>();
        Map<String, Long> rejects = new TreeMap<>();
        for (StepExecution step : execution.getStepExecutions()) {
            read += step.getReadCount();
            written += step.getWriteCount();
            skipped += step.getFilterCount();
            rejected += step.getExecutionContext().getLong("ingest.rejected", 0L);
            step.getExecutionContext().entrySet().forEach(e -> {
                if (e.getKey().startsWith(IngestOutputWriter.COUNT_PREFIX)) {
                    String key = e.getKey().substring(IngestOutputWriter.COUNT_PREFIX.length());
                    long value = ((Number) e.getValue()).longValue();
                    if (key.startsWith("rows.")) {
                        rows.merge(key.substring(5), value, Long::sum);
                    } else if (key.startsWith("rejects.")) {
                        rejects.merge(key.substring(8), value, Long::sum);
                    }
                }
            });
        }
        String failure = execution.getAllFailureExceptions().stream().findFirst()
                .map(RunSummary::rootMessage).orElse(execution.getExitStatus().getExitDescription());
        return new RunSummary(execution.getId(), execution.getStatus().toString(), read, written, rejected, failure,
                skipped, rows, rejects);
    }

    public String line() {
        return String.format("ingest execution %d %s: %d files read, %d written as filings, %d rejected",
                executionId, status, read, written - rejected, rejected)
                + (skipped > 0 ? String.format(", %d skipped as unchanged", skipped) : "");
    }

    /** The line, then one line of rows per entity and one of rejects per reason, for the terminal. */
    public List<String> lines() {
        List<String> lines = new ArrayList<>();
        lines.add(line());
        if (!rows.isEmpty()) {
            StringBuilder b = new StringBuilder("  rows:");
            rows.forEach((table, n) -> b.append(' ').append(table).append('=').append(n));
            lines.add(b.toString());
        }
        if (!rejects.isEmpty()) {
            StringBuilder b = new StringBuilder("  rejects by reason:");
            rejects.forEach((reason, n) -> b.append(' ').append(reason).append('=').append(n));
            lines.add(b.toString());
        }
        return lines;
    }

    /** Writes {@value #FILE_NAME} into the directory, replacing it atomically so a reader never sees half of it. */
    public void writeJson(Path directory) throws IOException {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("job_execution_id", executionId);
        json.put("status", status);
        json.put("files_read", read);
        json.put("files_skipped_unchanged", skipped);
        json.put("filings", written - rejected);
        json.put("rejected", rejected);
        json.put("rows", rows);
        json.put("rejects_by_reason", rejects);
        if (failure != null && !failure.isBlank()) {
            json.put("failure", failure);
        }
        Files.createDirectories(directory);
        Path tmp = directory.resolve(FILE_NAME + ".tmp");
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(tmp.toFile(), json);
        Files.move(tmp, directory.resolve(FILE_NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getName() : root.getMessage();
        return message.replaceAll("\\s+", " ").strip();
    }
}
