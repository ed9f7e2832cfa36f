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
import org.springframework.batch.infrastructure.item.ExecutionContext;

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
        for (StepExecution step : execution.getStepExecutions()) {
            if (step.getExecutionContext().containsKey(PartMerger.TOTAL_FILES)) {
                return merged(execution, step.getExecutionContext());
            }
        }
        long read = 0;
        long written = 0;
        long rejected = 0;
        long skipped = 0;
        Map<String, Long> rows = new TreeMap<>();
        Map<String, Long> rejects = new TreeMap<>();
        for (StepExecution step : execution.getStepExecutions()) {
            if (!step.getStepName().startsWith(IngestJobConfiguration.WORKER_STEP_NAME)) {
                continue; // the manager step sums its partitions' counts, which are counted one by one
            }
            read += step.getReadCount();
            written += step.getWriteCount();
            skipped += step.getFilterCount();
            rejected += step.getExecutionContext().getLong("ingest.rejected", 0L);
            addCounts(step.getExecutionContext(), rows, rejects);
        }
        return new RunSummary(execution.getId(), execution.getStatus().toString(), read, written, rejected,
                failure(execution), skipped, rows, rejects);
    }

    /** The whole run's totals, which the merge step counted in the merged files (over every restart). */
    private static RunSummary merged(JobExecution execution, ExecutionContext totals) {
        long files = totals.getLong(PartMerger.TOTAL_FILES);
        long skipped = totals.getLong(PartMerger.TOTAL_SKIPPED, 0L);
        Map<String, Long> rows = new TreeMap<>();
        Map<String, Long> rejects = new TreeMap<>();
        addCounts(totals, rows, rejects);
        return new RunSummary(execution.getId(), execution.getStatus().toString(), files + skipped, files,
                totals.getLong(PartMerger.TOTAL_REJECTED), failure(execution), skipped, rows, rejects);
    }

    private static void addCounts(ExecutionContext context, Map<String, Long> rows, Map<String, Long> rejects) {
        context.entrySet().forEach(e -> {
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

    /**
     * A partition's own failure says why; the manager step only says that a partition failed. An execution
     * read back from the repository has no exceptions, only exit descriptions (a stack trace: its first line).
     */
    private static String failure(JobExecution execution) {
        return execution.getStepExecutions().stream()
                .filter(s -> !s.getStepName().equals(IngestJobConfiguration.STEP_NAME))
                .flatMap(s -> s.getFailureExceptions().stream())
                .findFirst()
                .or(() -> execution.getAllFailureExceptions().stream().findFirst())
                .map(RunSummary::rootMessage)
                .or(() -> execution.getStepExecutions().stream()
                        .filter(s -> s.getStepName().startsWith(IngestJobConfiguration.WORKER_STEP_NAME))
                        .filter(s -> s.getStatus().isUnsuccessful())
                        .map(s -> s.getExitStatus().getExitDescription())
                        .filter(d -> d != null && !d.isBlank())
                        .map(RunSummary::rootOfTrace)
                        .findFirst())
                .map(RunSummary::firstLine)
                .orElse(firstLine(execution.getExitStatus().getExitDescription()));
    }

    /** The innermost cause of a stack trace's text: its last "Caused by:" line, else its first line. */
    private static String rootOfTrace(String trace) {
        String root = firstLine(trace);
        for (String line : trace.split("\n")) {
            if (line.startsWith("Caused by: ")) {
                root = line.substring("Caused by: ".length()).strip();
            }
        }
        return root;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return null;
        }
        int end = text.indexOf('\n');
        return (end < 0 ? text : text.substring(0, end)).strip();
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
